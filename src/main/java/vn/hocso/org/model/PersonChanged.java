package vn.hocso.org.model;

/**
 * Fired (synchronously, inside the transaction) when an administrator changes a staff record, so that other features
 * can follow: the person's login account is deactivated with them, and roles tied to their old institution follow a
 * transfer.
 *
 * @param personId the person
 * @param previousInstitutionId their institution before the change
 * @param institutionId their institution now
 * @param active whether they are active now
 */
public record PersonChanged(long personId, long previousInstitutionId, long institutionId, boolean active) {

    public boolean transferred() {
        return previousInstitutionId != institutionId;
    }
}
