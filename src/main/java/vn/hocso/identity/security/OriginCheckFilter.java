package vn.hocso.identity.security;

import io.vertx.core.http.HttpServerRequest;
import java.net.URI;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.hocso.platform.web.DomainException;

/**
 * Cross-site request forgery guard for cookie-authenticated requests: a state-changing request (POST, PUT, PATCH,
 * DELETE) that carries the session cookie and no Authorization header must come from HocSo's own origin, as the
 * browser's {@code Origin} (or, failing that, {@code Referer}) header shows. Forms additionally carry a per-session
 * token (checked where they are handled).
 */
public class OriginCheckFilter {

    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    @ServerRequestFilter(preMatching = true)
    public void checkOrigin(HttpServerRequest request) {
        if (!UNSAFE.contains(request.method().name())
                || request.getCookie(HocsoAuthenticationMechanism.SESSION_COOKIE) == null
                || request.getHeader("Authorization") != null) {
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            origin = request.getHeader("Referer");
        }
        if (origin == null || !sameAuthority(origin, request)) {
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
