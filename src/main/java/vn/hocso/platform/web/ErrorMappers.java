package vn.hocso.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.RequestLanguage;

/**
 * Turns every failure into a response a person understands, in their language: {@code application/problem+json} for
 * API paths ({@code /api/…}), an HTML error page for pages. Never a stack trace: unexpected errors are logged with an
 * id that the response repeats.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(int status, String title, String detail);
    }

    @Inject
    RequestLanguage language;

    @Inject
    PageContext page;

    @ServerExceptionMapper
    public Response domain(DomainException e, HttpServerRequest request) {
        AppMessages m = language.messages();
        List<Problem.FieldProblem> fields = e.fieldErrors().stream()
                .map(f -> new Problem.FieldProblem(f.field(), f.message().apply(m))).toList();
        return respond(request, e.status(), e.message().apply(m), fields, null);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpServerRequest request) {
        AppMessages m = language.messages();
        String detail;
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            detail = syntax.getLocation() == null ? m.error_malformedJson("?", "?")
                    : m.error_malformedJson(String.valueOf(syntax.getLocation().getLineNr()),
                            String.valueOf(syntax.getLocation().getColumnNr()));
        } else if (e instanceof InvalidFormatException bad) {
            detail = m.error_jsonFieldValue(fieldPath(bad), String.valueOf(bad.getValue()));
        } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            detail = m.error_jsonFieldType(fieldPath(mapping));
        } else if (e instanceof MismatchedInputException) {
            detail = m.error_jsonBodyType();
        } else {
            detail = m.error_malformedJson("?", "?");
        }
        return respond(request, 400, detail, List.of(), null);
    }

    /** Jackson's own mapper for this type would answer without a problem body; this one explains the field. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, HttpServerRequest request) {
        return json(e, request);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpServerRequest request) {
        return unauthorized(request);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpServerRequest request) {
        return respond(request, 403, language.messages().error_forbidden(), List.of(), null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, request);
        }
        int status = e.getResponse().getStatus();
        if (status == 404 && e.getCause() != null) {
            // JAX-RS reports a query or path parameter that cannot be converted (page=abc) as 404; it is bad input.
            return respond(request, 400, language.messages().error_badParameter(), List.of(), null);
        }
        AppMessages m = language.messages();
        Function<AppMessages, String> detail = switch (status) {
            case 400 -> AppMessages::error_badRequest;
            case 404 -> AppMessages::error_notFound;
            case 405 -> AppMessages::error_methodNotAllowed;
            case 406 -> AppMessages::error_notAcceptable;
            case 413 -> AppMessages::error_tooLarge;
            case 415 -> AppMessages::error_unsupportedMediaType;
            default -> status >= 500 ? AppMessages::error_internal : AppMessages::error_badRequest;
        };
        if (status >= 500) {
            return unexpected(e, request);
        }
        Response.ResponseBuilder extra = Response.status(status);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("Allow")) {
                values.forEach(v -> extra.header(name, v));
            }
        });
        return respond(request, status, detail.apply(m), List.of(), extra);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpServerRequest request) {
        if (isUniqueViolation(e)) {
            return respond(request, 409, language.messages().error_conflict(), List.of(), null);
        }
        String errorId = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s %s", errorId, request.method(), request.path());
        return respond(request, 500, language.messages().error_internalWithId(errorId), List.of(), null);
    }

    private Response unauthorized(HttpServerRequest request) {
        if (isApi(request)) {
            Response.ResponseBuilder builder = Response.status(401)
                    .header(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
            return respond(request, 401, language.messages().error_unauthorized(), List.of(), builder);
        }
        return Response.seeOther(URI.create(loginRedirect(request.uri()))).build();
    }

    /** The {@code WWW-Authenticate} challenge of HocSo's API. */
    public static final String BASIC_CHALLENGE = "Basic realm=\"HocSo\", charset=\"UTF-8\"";

    /** Where a page sends a visitor who must log in first, coming back to {@code uri} afterwards. */
    public static String loginRedirect(String uri) {
        return "/login?next=" + URLEncoder.encode(uri, StandardCharsets.UTF_8);
    }

    /** True when a unique constraint refused a write (two requests created the same thing at once). */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Response respond(HttpServerRequest request, int status, String detail, List<Problem.FieldProblem> fields,
            Response.ResponseBuilder builder) {
        Response.ResponseBuilder b = builder == null ? Response.status(status) : builder.status(status);
        String title = Problem.titleFor(status);
        if (isApi(request)) {
            Problem body = new Problem("about:blank", title, status, detail, request.path(), fields);
            return b.type(Problem.MEDIA_TYPE).entity(body).build();
        }
        String html = page.view(Templates.error(status, title, detail)).render();
        return b.type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    /** API and operator paths answer in JSON; everything else is a page. */
    static boolean isApi(HttpServerRequest request) {
        return request.path().startsWith("/api/") || request.path().startsWith("/q/");
    }

    /** The syntax error (truncated or invalid JSON text) behind a Jackson failure, if that is what it is. */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException syntax && !(t instanceof MismatchedInputException)) {
                return syntax;
            }
        }
        return null;
    }

    private static String fieldPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
