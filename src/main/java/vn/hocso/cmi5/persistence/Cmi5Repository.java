package vn.hocso.cmi5.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;
import vn.hocso.cmi5.model.Cmi5Registration;
import vn.hocso.cmi5.model.Cmi5Session;

/** cmi5 registrations and sessions. */
@ApplicationScoped
public class Cmi5Repository implements PanacheRepository<Cmi5Registration> {

    /** A registration by its UUID. */
    public Optional<Cmi5Registration> byRegistration(UUID registration) {
        return find("registration", registration).firstResultOptional();
    }

    /** The actor's latest registration in a package. */
    public Optional<Cmi5Registration> latest(long packageId, String actorIfi) {
        return find("packageId = ?1 and actorIfi = ?2 order by id desc", packageId, actorIfi).firstResultOptional();
    }

    /** Persists a session. */
    public void persistSession(Cmi5Session s) {
        getEntityManager().persist(s);
    }

    /** A session by id, locked for update. */
    public Optional<Cmi5Session> session(UUID sessionId) {
        return Optional.ofNullable(getEntityManager().find(Cmi5Session.class, sessionId,
                LockModeType.PESSIMISTIC_WRITE));
    }

    /** The session whose fetch handed out this LRS credential, locked for update; empty for other credentials. */
    public Optional<Cmi5Session> sessionByCredential(long credentialId) {
        return getEntityManager().createQuery("SELECT s FROM Cmi5Session s WHERE s.credentialId = :c",
                        Cmi5Session.class).setParameter("c", credentialId).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    /** Sessions of a registration that neither terminated nor were abandoned. */
    public java.util.List<Cmi5Session> openSessions(long registrationId) {
        return getEntityManager().createQuery("SELECT s FROM Cmi5Session s WHERE s.registrationId = :r "
                        + "AND s.terminatedAt IS NULL AND s.abandonedAt IS NULL ORDER BY s.launchedAt", Cmi5Session.class)
                .setParameter("r", registrationId).getResultList();
    }

    /** The session of a fetch token hash, locked (a fetch works once, even when two arrive together). */
    public Optional<Cmi5Session> sessionByFetchHash(String hash) {
        return getEntityManager().createQuery("SELECT s FROM Cmi5Session s WHERE s.fetchTokenHash = :h",
                        Cmi5Session.class).setParameter("h", hash).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }
}
