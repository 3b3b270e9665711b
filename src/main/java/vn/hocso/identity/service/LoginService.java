package vn.hocso.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hocso.identity.config.IdentityConfig;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.identity.service.LoginRejectedException.Reason;

/**
 * Checks a username and password, with throttling: per account (lock after repeated failures) and per client address.
 * Used by the login page and by HTTP Basic authentication alike.
 *
 * <p>Outsiders learn nothing from the answers: an unknown username, a wrong password and a wrong password for a locked
 * account all give INVALID_CREDENTIALS after the same bcrypt work; only the right password reveals that an account is
 * locked or deactivated. Failure counts are taken under a row lock, so concurrent guesses cannot slip past the limit.
 */
@ApplicationScoped
@Transactional(dontRollbackOn = LoginRejectedException.class)
public class LoginService {

    /** A successful page login: the account and its new session. */
    public record LoggedIn(UserAccount account, SessionService.OpenedSession session) {
    }

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    ClientThrottle throttle;

    @Inject
    SessionService sessions;

    @Inject
    IdentityConfig config;

    /**
     * Logs a user in from the login page and opens a session, in one transaction.
     *
     * @throws LoginRejectedException as {@link #authenticate}
     */
    public LoggedIn login(String username, String password, String client, String userAgent) {
        UserAccount account = authenticate(username, password, client, null);
        return new LoggedIn(account, sessions.open(account.id, client, userAgent));
    }

    /**
     * Returns the account when the password is right and the account may log in.
     *
     * @param recentlyVerifiedHash the password hash this exact password matched very recently (HTTP Basic credential
     *        cache), or null: when it is still the account's hash, bcrypt is skipped; the account state is checked
     *        either way
     * @throws LoginRejectedException INVALID_CREDENTIALS (unknown user or wrong password), LOCKED or DISABLED (right
     *         password only), THROTTLED (too many failures from this client); failure counters are committed even
     *         though the call fails
     */
    public UserAccount authenticate(String username, String password, String client, String recentlyVerifiedHash) {
        Instant now = Instant.now();
        Duration wait = throttle.waitFor(client, now);
        if (!wait.isZero()) {
            throw new LoginRejectedException(Reason.THROTTLED, wait);
        }
        String given = password == null ? "" : password;
        Optional<UserAccount> found = username == null || username.isBlank() ? Optional.empty()
                : accounts.findByUsername(username.trim());
        if (found.isEmpty()) {
            hasher.verifyDummy(given);
            throttle.recordFailure(client, now);
            throw new LoginRejectedException(Reason.INVALID_CREDENTIALS, Duration.ZERO);
        }
        UserAccount account = found.get();
        boolean verifiedRecently = account.passwordHash.equals(recentlyVerifiedHash);
        if (!verifiedRecently && !hasher.verify(given, account.passwordHash)) {
            throttle.recordFailure(client, now);
            recordFailure(account, client, now);
            throw new LoginRejectedException(Reason.INVALID_CREDENTIALS, Duration.ZERO);
        }
        if (account.isLocked(now)) {
            throw new LoginRejectedException(Reason.LOCKED, Duration.between(now, account.lockedUntil));
        }
        if (!account.active) {
            throw new LoginRejectedException(Reason.DISABLED, Duration.ZERO);
        }
        if (account.failedAttempts != 0 || account.lockedUntil != null) {
            account.failedAttempts = 0;
            account.lockedUntil = null;
        }
        if (!verifiedRecently) {
            account.lastLoginAt = now;
        }
        return account;
    }

    /**
     * Counts a wrong password in one atomic statement (concurrent failures all count; no read-modify-write race):
     * the attempt that reaches the limit locks the account and resets the count; a locked account is left as is.
     */
    private void recordFailure(UserAccount account, String client, Instant now) {
        Instant until = now.plus(config.lockDuration()).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Object lockedUntil = accounts.getEntityManager().createNativeQuery("""
                UPDATE user_account SET
                    locked_until = CASE WHEN locked_until > ?1 THEN locked_until
                                        WHEN failed_attempts + 1 >= ?2 THEN ?3 ELSE locked_until END,
                    failed_attempts = CASE WHEN locked_until > ?1 THEN failed_attempts
                                           WHEN failed_attempts + 1 >= ?2 THEN 0 ELSE failed_attempts + 1 END
                WHERE id = ?4
                RETURNING locked_until""")
                .setParameter(1, now).setParameter(2, config.maxFailedAttempts()).setParameter(3, until)
                .setParameter(4, account.id).getSingleResult();
        accounts.getEntityManager().detach(account);
        if (lockedUntil != null && until.equals(toInstant(lockedUntil))) {
            LOG.warnf("Account %s locked until %s after repeated failed logins (last from %s)", account.username,
                    until, client);
        }
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return value instanceof java.sql.Timestamp t ? t.toInstant() : null;
    }
}
