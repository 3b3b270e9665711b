package vn.hocso.identity.service;

import java.time.Duration;

/**
 * A login was refused. The reason decides the status and the message the user sees. When it happens during HTTP
 * Basic authentication it travels as the cause of an {@code AuthenticationFailedException}.
 */
public class LoginRejectedException extends RuntimeException {

    /** Why a login was refused. */
    public enum Reason {
        /** Unknown user or wrong password (deliberately not told apart). */
        INVALID_CREDENTIALS,
        /** Too many consecutive failures: the account is locked for a while. */
        LOCKED,
        /** Correct password, but the account has been deactivated by an administrator. */
        DISABLED,
        /** Too many failures from this client address. */
        THROTTLED
    }

    private final Reason reason;
    private final transient Duration retryAfter;

    public LoginRejectedException(Reason reason, Duration retryAfter) {
        super(reason.name());
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    /** How long to wait before trying again (zero when waiting does not help). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
