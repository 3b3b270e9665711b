package vn.hocso.identity.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.hocso.identity.model.UserSession;

/** Page sessions, keyed by token hash. */
@ApplicationScoped
public class UserSessionRepository implements PanacheRepositoryBase<UserSession, String> {

    /** Deletes sessions that expired before {@code now}; returns how many. */
    public long deleteExpired(Instant now) {
        return delete("expiresAt < ?1", now);
    }

    /** Ends every session of a user (password change, deactivation). */
    public long deleteForUser(long userId) {
        return delete("userId", userId);
    }
}
