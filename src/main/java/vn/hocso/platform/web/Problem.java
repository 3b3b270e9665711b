package vn.hocso.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem-details body ({@code application/problem+json}) in the caller's language.
 *
 * @param type a URI naming the kind of problem ("about:blank" when the status says it all)
 * @param title short summary of the status
 * @param status HTTP status
 * @param detail what went wrong, for a person
 * @param instance the request path
 * @param errors per-field errors of invalid input, if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The standard reason phrase of an HTTP status, for {@link #title}. */
    public static String titleFor(int status) {
        return switch (status) {
            case 422 -> "Unprocessable Content";
            case 423 -> "Locked";
            case 429 -> "Too Many Requests";
            default -> {
                jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
                yield known == null ? "Error" : known.getReasonPhrase();
            }
        };
    }

    /** One invalid field. */
    public record FieldProblem(String field, String message) {
    }
}
