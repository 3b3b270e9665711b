package vn.hocso.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.content.service.PackageService;
import vn.hocso.scorm.model.ScormAttempt;
import vn.hocso.scorm.service.AttemptQueries;
import vn.hocso.xapi.service.TincanProgress;

/**
 * A learner's standing in one content package, asked of the standard that tracks it:
 * <ul>
 * <li>SCORM 1.2/2004: the learner's attempts ({@link AttemptQueries}); completed when an attempt rolled up to
 * {@code completed} or {@code passed};</li>
 * <li>xAPI (tincan): {@link TincanProgress}, judged by the package's completion rule against the LRS;</li>
 * <li>cmi5: a registration of the learner's account in which the course node was reported satisfied
 * ({@code cmi5_satisfied}, written by the cmi5 runtime when the course's moveOn criteria are met).</li>
 * </ul>
 * Read-only; never fails for a package the learner never opened (that is {@link State#NOT_STARTED}).
 */
@ApplicationScoped
public class PackageProgress {

    /** Where a learner stands in a package. */
    public enum State { NOT_STARTED, IN_PROGRESS, COMPLETED }

    @Inject
    AttemptQueries scormAttempts;

    @Inject
    TincanProgress tincan;

    @Inject
    PackageRepository packages;

    @Inject
    PackageService packageService;

    @Inject
    EntityManager em;

    /**
     * The learner's state in a package.
     *
     * @throws IllegalArgumentException when the package does not exist
     */
    @Transactional
    public State of(long accountId, long packageId) {
        ContentPackage p = packages.findById(packageId);
        if (p == null) {
            throw new IllegalArgumentException("No package " + packageId);
        }
        return switch (p.standard) {
            case SCORM_12, SCORM_2004 -> scorm(scormAttempts.of(accountId, packageId));
            case XAPI -> tincan.of(accountId, packageId)
                    .map(x -> x.done() ? State.COMPLETED : State.IN_PROGRESS).orElse(State.NOT_STARTED);
            case CMI5 -> cmi5(accountId, packageId);
        };
    }

    static State scorm(List<ScormAttempt> attempts) {
        if (attempts.isEmpty()) {
            return State.NOT_STARTED;
        }
        boolean done = attempts.stream().anyMatch(a -> "completed".equals(a.completion) || "passed".equals(a.success));
        return done ? State.COMPLETED : State.IN_PROGRESS;
    }

    private State cmi5(long accountId, long packageId) {
        @SuppressWarnings("unchecked")
        List<Object[]> regs = em.createNativeQuery("""
                SELECT r.version_id, array_to_string(array(SELECT s.node_id FROM cmi5_satisfied s
                                                           WHERE s.registration_id = r.id), chr(31))
                FROM cmi5_registration r WHERE r.account_id = ?1 AND r.package_id = ?2""")
                .setParameter(1, accountId).setParameter(2, packageId).getResultList();
        if (regs.isEmpty()) {
            return State.NOT_STARTED;
        }
        for (Object[] row : regs) {
            PackageDescriptor d = packageService.descriptor(packages.versionById(((Number) row[0]).longValue()));
            String satisfied = (String) row[1];
            if (d.cmi5() != null && satisfied != null && !satisfied.isEmpty()
                    && List.of(satisfied.split("\u001f")).contains(d.cmi5().id())) {
                return State.COMPLETED;
            }
        }
        return State.IN_PROGRESS;
    }
}
