package vn.hocso.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.model.RoleAssignment;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.PersonChanged;
import vn.hocso.org.persistence.OrgUnitRepository;

/**
 * Keeps a staff member's login account in step with their staff record (in the same transaction):
 * <ul>
 * <li>a deactivated person's account is deactivated and all its sessions end; reactivating the person reactivates
 * it;</li>
 * <li>on a transfer, a LEARNER role on the old institution moves to the new one, and other roles on the old
 * institution (e.g. a principal's ADMIN) are withdrawn.</li>
 * </ul>
 */
@ApplicationScoped
public class AccountLifecycle {

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrgUnitRepository units;

    @Inject
    SessionService sessions;

    void onPersonChanged(@Observes PersonChanged change) {
        UserAccount account = accounts.find("person.id", change.personId()).firstResult();
        if (account == null) {
            return;
        }
        if (account.active != change.active()) {
            account.active = change.active();
            if (!change.active()) {
                sessions.closeAll(account.id);
            }
        }
        if (change.transferred()) {
            OrgUnit now = units.findById(change.institutionId());
            List<RoleAssignment> onOld = account.roles.stream()
                    .filter(r -> r.orgUnit.id == change.previousInstitutionId()).toList();
            account.roles.removeAll(onOld);
            accounts.flush();
            boolean wasLearner = onOld.stream().anyMatch(r -> r.role == Role.LEARNER);
            boolean hasLearnerThere = account.roles.stream()
                    .anyMatch(r -> r.role == Role.LEARNER && r.orgUnit.id.equals(now.id));
            if (wasLearner && !hasLearnerThere) {
                account.roles.add(RoleAssignment.of(account, Role.LEARNER, now));
            }
            sessions.closeAll(account.id);
        }
    }
}
