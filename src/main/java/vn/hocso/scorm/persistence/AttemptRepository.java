package vn.hocso.scorm.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.hocso.scorm.model.ScoState;
import vn.hocso.scorm.model.ScormAttempt;

/** Attempts and the SCO states inside them. */
@ApplicationScoped
public class AttemptRepository implements PanacheRepository<ScormAttempt> {

    /** The learner's open attempt on a package, locked for update, if any. */
    public Optional<ScormAttempt> openAttempt(long accountId, long packageId) {
        return find("accountId = ?1 and packageId = ?2 and status = ?3", accountId, packageId,
                ScormAttempt.Status.OPEN).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** The learner's attempts on a package, newest first. */
    public List<ScormAttempt> attempts(long accountId, long packageId) {
        return list("accountId = ?1 and packageId = ?2 order by attemptNo desc", accountId, packageId);
    }

    /** The highest attempt number so far (0 when none). */
    public int lastAttemptNo(long accountId, long packageId) {
        Integer n = getEntityManager().createQuery("SELECT max(a.attemptNo) FROM ScormAttempt a WHERE a.accountId = "
                        + ":account AND a.packageId = :package", Integer.class)
                .setParameter("account", accountId).setParameter("package", packageId).getSingleResult();
        return n == null ? 0 : n;
    }

    /** An attempt by id, locked for update. */
    public ScormAttempt lockedById(long id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** All SCO states of an attempt. */
    public List<ScoState> scoStates(long attemptId) {
        return getEntityManager().createQuery("SELECT s FROM ScoState s WHERE s.key.attemptId = :a", ScoState.class)
                .setParameter("a", attemptId).getResultList();
    }

    /** One SCO state, or null. */
    public ScoState scoState(long attemptId, String itemId) {
        return getEntityManager().find(ScoState.class, new ScoState.Key(attemptId, itemId));
    }

    /** Persists a new SCO state. */
    public void persistScoState(ScoState state) {
        getEntityManager().persist(state);
    }
}
