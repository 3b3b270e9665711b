package vn.hocso.platform.web;

import java.util.List;
import java.util.function.Function;
import vn.hocso.platform.i18n.AppMessages;

/**
 * A failure the user can understand and act on: it carries the HTTP status and a message resolved in the user's
 * language when the response is written ({@link ErrorMappers}). Services throw it; resources let it pass.
 */
public class DomainException extends RuntimeException {

    /** One invalid input field and what is wrong with it. */
    public record FieldError(String field, Function<AppMessages, String> message) {
    }

    private final int status;
    private final transient Function<AppMessages, String> message;
    private final transient List<FieldError> fieldErrors;

    public DomainException(int status, Function<AppMessages, String> message, List<FieldError> fieldErrors) {
        super("HTTP " + status);
        this.status = status;
        this.message = message;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public DomainException(int status, Function<AppMessages, String> message) {
        this(status, message, List.of());
    }

    /** 404: the thing does not exist, or not within the caller's scope. */
    public static DomainException notFound() {
        return new DomainException(404, AppMessages::error_notFound);
    }

    /** 403: authenticated, but not allowed to do this here. */
    public static DomainException forbidden() {
        return new DomainException(403, AppMessages::error_forbidden);
    }

    /** 409: conflicts with existing data (e.g. a duplicate unique value). */
    public static DomainException conflict(Function<AppMessages, String> message) {
        return new DomainException(409, message);
    }

    public int status() {
        return status;
    }

    public Function<AppMessages, String> message() {
        return message;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }

    /**
     * The problem as lines for a form page: "field: message" for each invalid field, or the message itself when no
     * field is named.
     */
    public List<String> describe(AppMessages m) {
        if (fieldErrors.isEmpty()) {
            return List.of(message.apply(m));
        }
        return fieldErrors.stream().map(f -> f.field() + ": " + f.message().apply(m)).toList();
    }
}
