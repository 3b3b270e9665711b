package vn.hocso.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.hocso.platform.i18n.AppMessages;

/**
 * Collects field errors of one request so that the caller hears about all of them at once, then fails with a 422
 * {@link DomainException} listing them.
 */
public final class InputCheck {

    private final List<DomainException.FieldError> errors = new ArrayList<>();

    /** Records an error for {@code field} unless {@code ok}. Returns {@code ok}. */
    public boolean check(boolean ok, String field, Function<AppMessages, String> message) {
        if (!ok) {
            errors.add(new DomainException.FieldError(field, message));
        }
        return ok;
    }

    /** Records "required" for a null or blank value. Returns true when present. */
    public boolean required(Object value, String field) {
        boolean present = value != null && !(value instanceof String s && s.isBlank());
        return check(present, field, AppMessages::error_fieldRequired);
    }

    /** Throws a 422 with every recorded error, if there is any. */
    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new DomainException(422, AppMessages::error_validation, errors);
        }
    }
}
