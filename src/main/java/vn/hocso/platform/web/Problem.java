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

    /** One invalid field. */
    public record FieldProblem(String field, String message) {
    }
}
