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
 */
@ApplicationScoped
public class LoginService {

    private static final Logger LOG = Logger.getLogger(LoginService.class);

    @Inject
    UserAccountRepository accounts;

    @Inject
    PasswordHasher hasher;

    @Inject
    ClientThrottle throttle;

    @Inject
    IdentityConfig config;

    /**
     * Returns the account when the password is right and the account may log in.
     *
     * @param recentlyVerifiedHash the password hash this exact password matched very recently (HTTP Basic credential
     *        cache), or null: when it is still the account's hash, bcrypt is skipped; the account state is checked
     *        either way
     * @throws LoginRejectedException INVALID_CREDENTIALS (unknown user or wrong password), LOCKED, DISABLED or
     *         THROTTLED; failure counters are committed even though the call fails
     */
    @Transactional(dontRollbackOn = LoginRejectedException.class)
    public UserAccount authenticate(String username, String password, String client, String recentlyVerifiedHash) {
        Instant now = Instant.now();
        Duration wait = throttle.waitFor(client, now);
        if (!wait.isZero()) {
            throw new LoginRejectedException(Reason.THROTTLED, wait);
        }
        Optional<UserAccount> found = username == null || username.isBlank() ? Optional.empty()
                : accounts.findByUsername(username.trim());
        if (found.isEmpty()) {
            hasher.verifyDummy(password == null ? "" : password);
            throttle.recordFailure(client, now);
            throw new LoginRejectedException(Reason.INVALID_CREDENTIALS, Duration.ZERO);
        }
        UserAccount account = found.get();
        if (account.isLocked(now)) {
            throw new LoginRejectedException(Reason.LOCKED, Duration.between(now, account.lockedUntil));
        }
        boolean verifiedRecently = account.passwordHash.equals(recentlyVerifiedHash);
        if (!verifiedRecently && !hasher.verify(password == null ? "" : password, account.passwordHash)) {
            throttle.recordFailure(client, now);
            account.failedAttempts++;
            if (account.failedAttempts >= config.maxFailedAttempts()) {
                account.failedAttempts = 0;
                account.lockedUntil = now.plus(config.lockDuration());
                LOG.warnf("Account %s locked until %s after repeated failed logins (last from %s)",
                        account.username, account.lockedUntil, client);
                throw new LoginRejectedException(Reason.LOCKED, config.lockDuration());
            }
            throw new LoginRejectedException(Reason.INVALID_CREDENTIALS, Duration.ZERO);
        }
        if (!account.active) {
            throw new LoginRejectedException(Reason.DISABLED, Duration.ZERO);
        }
        account.failedAttempts = 0;
        account.lockedUntil = null;
        if (!verifiedRecently) {
            account.lastLoginAt = now;
        }
        return account;
    }
}
