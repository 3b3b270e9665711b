package vn.hocso.identity.service;

import java.time.Duration;
import vn.hocso.platform.i18n.AppMessages;

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

    /** HTTP status for this refusal: 401, 423 (locked), 429 (throttled) or 403 (deactivated). */
    public int status() {
        return switch (reason) {
            case INVALID_CREDENTIALS -> 401;
            case LOCKED -> 423;
            case THROTTLED -> 429;
            case DISABLED -> 403;
        };
    }

    /** What the user is told, in the given language. */
    public String message(AppMessages m) {
        long minutes = Math.max(1, (retryAfter.toSeconds() + 59) / 60);
        return switch (reason) {
            case INVALID_CREDENTIALS -> m.login_invalid();
            case LOCKED -> m.login_locked(minutes);
            case THROTTLED -> m.login_throttled(minutes);
            case DISABLED -> m.login_disabled();
        };
    }

    /** How long to wait before trying again (zero when waiting does not help). */
    public Duration retryAfter() {
        return retryAfter;
    }
}
