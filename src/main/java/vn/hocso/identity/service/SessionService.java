package vn.hocso.identity.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import vn.hocso.identity.config.IdentityConfig;
import vn.hocso.identity.model.UserSession;
import vn.hocso.identity.persistence.UserSessionRepository;
import vn.hocso.platform.text.Hashes;

/**
 * Server-side sessions for pages. A session ends at logout, after {@code session-idle-timeout} without requests, or
 * {@code session-max-age} after login. Tokens are 256-bit random values; the database keeps only their SHA-256.
 */
@ApplicationScoped
@Transactional
public class SessionService {

    /** A session just opened: the token goes into the cookie, the CSRF token into forms. */
    public record OpenedSession(String token, String csrfToken, Duration maxAge) {
    }

    /** Activity is written back at most this often, to spare a write on every request. */
    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    UserSessionRepository sessions;

    @Inject
    IdentityConfig config;

    /** Opens a session for the user. */
    public OpenedSession open(long userId, String clientIp, String userAgent) {
        Instant now = Instant.now();
        String token = randomToken();
        UserSession s = new UserSession();
        s.tokenHash = hash(token);
        s.userId = userId;
        s.csrfToken = randomToken();
        s.createdAt = now;
        s.lastSeenAt = now;
        s.expiresAt = now.plus(config.sessionMaxAge());
        s.clientIp = truncate(clientIp, 64);
        s.userAgent = truncate(userAgent, 300);
        sessions.persist(s);
        return new OpenedSession(token, s.csrfToken, config.sessionMaxAge());
    }

    /** The live session for a cookie token; expired or idle sessions are removed and give empty. */
    public Optional<UserSession> resolve(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        UserSession s = sessions.findById(hash(token));
        if (s == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (!s.expiresAt.isAfter(now) || !s.lastSeenAt.plus(config.sessionIdleTimeout()).isAfter(now)) {
            sessions.delete(s);
            return Optional.empty();
        }
        if (s.lastSeenAt.plus(TOUCH_INTERVAL).isBefore(now)) {
            s.lastSeenAt = now;
        }
        return Optional.of(s);
    }

    /** Ends the session of this token, if any. */
    public void close(String token) {
        if (token != null && !token.isBlank() && token.length() <= 100) {
            sessions.deleteById(hash(token));
        }
    }

    /** Ends every session of the user (used when a password changes or an account is deactivated). */
    public void closeAll(long userId) {
        sessions.deleteForUser(userId);
    }

    @Scheduled(every = "15m", delayed = "1m")
    void purgeExpired() {
        Instant now = Instant.now();
        sessions.deleteExpired(now);
        sessions.delete("lastSeenAt < ?1", now.minus(config.sessionIdleTimeout()));
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
