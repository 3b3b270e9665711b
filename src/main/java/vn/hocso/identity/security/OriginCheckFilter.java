package vn.hocso.identity.security;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.hocso.platform.web.DomainException;

/**
 * Cross-site request forgery guard. A state-changing request (POST, PUT, PATCH, DELETE) that carries the session
 * cookie and no HTTP Basic credentials must come from HocSo's own origin, as the browser's {@code Origin} (or, failing
 * that, {@code Referer}) header shows. The login form is guarded too (login CSRF): a login posted from another origin
 * is refused, while clients that send neither header (scripts) may still log in. Forms additionally carry a
 * per-session token (checked where they are handled).
 */
public class OriginCheckFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter(preMatching = true)
    public void checkOrigin(HttpServerRequest request) {
        if (!UNSAFE.contains(request.method().name())) {
            return;
        }
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        boolean login = "/login".equals(request.path());
        boolean session = request.getCookie(HocsoAuthenticationMechanism.SESSION_COOKIE) != null;
        if (basic || !(login || session)) {
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            origin = request.getHeader("Referer");
        }
        if (origin == null ? !login : !sameAuthority(origin, request)) {
            throw DomainException.forbidden();
        }
    }

    private static boolean sameAuthority(String url, HttpServerRequest request) {
        try {
            URI uri = URI.create(url);
            String host = request.authority() == null ? null : request.authority().host();
            int port = request.authority() == null ? -1 : request.authority().port();
            int originPort = uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
            int requestPort = port != -1 ? port : request.isSSL() ? 443 : 80;
            return uri.getHost() != null && uri.getHost().equalsIgnoreCase(host) && originPort == requestPort;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
