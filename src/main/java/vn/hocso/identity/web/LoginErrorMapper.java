package vn.hocso.identity.web;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.hocso.identity.service.LoginRejectedException;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.ErrorMappers;
import vn.hocso.platform.web.Problem;

/**
 * Failed HTTP Basic authentication: 401 (wrong credentials, with a Basic challenge), 423 (locked), 429 (too many
 * failures from this client) or 403 (deactivated), with {@code Retry-After} where waiting helps.
 */
public class LoginErrorMapper {

    @Inject
    RequestLanguage language;

    @ServerExceptionMapper
    public Response failed(AuthenticationFailedException failure, HttpServerRequest request) {
        LoginRejectedException e = failure.getCause() instanceof LoginRejectedException r ? r
                : new LoginRejectedException(LoginRejectedException.Reason.INVALID_CREDENTIALS, Duration.ZERO);
        int status = e.status();
        String detail = e.message(language.messages());
        Response.ResponseBuilder b = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", Problem.titleFor(status), status, detail, request.path(), List.of()));
        if (status == 401) {
            b.header("WWW-Authenticate", ErrorMappers.BASIC_CHALLENGE);
        }
        if (!e.retryAfter().isZero()) {
            b.header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
        }
        return b.build();
    }
}
