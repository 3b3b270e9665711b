package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * Who a launched statement belongs to: its registration names a SCORM attempt, a cmi5 registration or an xAPI
 * (tincan) registration, hence a package and a learner account, and the account a person. One indexed lookup
 * (every registration column is unique).
 */
@ApplicationScoped
public class EvidenceLearners {

    /** Which runtime a registration belongs to. */
    public enum Source {
        SCORM,
        CMI5,
        XAPI
    }

    /**
     * @param attemptId the SCORM attempt (SCORM only), else 0
     */
    public record Learner(Source source, long packageId, long personId, long attemptId) {
    }

    @Inject
    EvidenceJdbc jdbc;

    /** The learner of a registration; empty when it is none of HocSo's, or its account is no person's. */
    public Optional<Learner> byRegistration(UUID registration) {
        return jdbc.one("""
                SELECT 'SCORM', a.package_id, u.person_id, a.id FROM scorm_attempt a
                    JOIN user_account u ON u.id = a.account_id WHERE a.registration = ? AND u.person_id IS NOT NULL
                UNION ALL
                SELECT 'CMI5', r.package_id, u.person_id, 0 FROM cmi5_registration r
                    JOIN user_account u ON u.id = r.account_id WHERE r.registration = ? AND u.person_id IS NOT NULL
                UNION ALL
                SELECT 'XAPI', r.package_id, u.person_id, 0 FROM xapi_registration r
                    JOIN user_account u ON u.id = r.account_id WHERE r.registration = ? AND u.person_id IS NOT NULL
                """, ps -> {
                    ps.setObject(1, registration);
                    ps.setObject(2, registration);
                    ps.setObject(3, registration);
                }, rs -> new Learner(Source.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
    }
}
