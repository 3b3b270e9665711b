package vn.hocso.identity.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of the identity feature (prefix {@code hocso.identity}). */
@ConfigMapping(prefix = "hocso.identity")
public interface IdentityConfig {

    /** bcrypt cost factor for new password hashes (each step doubles the work). */
    @WithDefault("11")
    int bcryptCost();

    /** Consecutive failed logins after which an account is locked. */
    @WithDefault("5")
    int maxFailedAttempts();

    /** How long an account stays locked after {@link #maxFailedAttempts()} failures. */
    @WithDefault("15m")
    Duration lockDuration();

    /** Failed logins allowed from one client address within {@link #clientWindow()} before it is told to wait. */
    @WithDefault("30")
    int maxFailuresPerClient();

    /** Window of the per-client failure count. */
    @WithDefault("10m")
    Duration clientWindow();

    /** A session ends after this long without a request. */
    @WithDefault("2h")
    Duration sessionIdleTimeout();

    /** A session ends this long after login, whatever the activity. */
    @WithDefault("12h")
    Duration sessionMaxAge();

    /** Send the session cookie with the Secure flag (set true behind HTTPS). */
    @WithDefault("false")
    boolean secureCookies();

    /** How long a verified HTTP Basic credential is remembered, so API clients do not pay bcrypt on every call. */
    @WithDefault("5m")
    Duration basicCacheTtl();

    /** The first city administrator, created or reset at start-up. */
    BootstrapAdmin bootstrapAdmin();

    /** From {@code HOCSO_ADMIN_USERNAME} / {@code HOCSO_ADMIN_PASSWORD}; nothing happens when either is empty. */
    interface BootstrapAdmin {
        Optional<String> username();

        Optional<String> password();
    }
}
