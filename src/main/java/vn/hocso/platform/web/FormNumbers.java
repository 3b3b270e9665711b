package vn.hocso.platform.web;

import java.util.List;
import java.util.function.Function;
import vn.hocso.platform.i18n.AppMessages;

/** Numbers typed into a page's form: blank is absent, garbage becomes a line of the form's problem list. */
public final class FormNumbers {

    private FormNumbers() {
    }

    /**
     * Parses a typed value.
     *
     * @return the number, or null when the value is blank or not a number (then "field: message" is added to
     *         {@code errors})
     */
    public static <T> T parse(String value, Function<String, T> parser, String field, List<String> errors,
            AppMessages m) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (NumberFormatException e) {
            errors.add(field + ": " + m.error_badParameter());
            return null;
        }
    }
}
