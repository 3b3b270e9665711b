package vn.hocso.identity.security;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import vn.hocso.platform.web.ErrorMappers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * HocSo's one authentication mechanism: HTTP Basic for API clients (an {@code Authorization: Basic} header wins), and
 * otherwise the page-session cookie {@value #SESSION_COOKIE}. No credentials means anonymous; an invalid or expired
 * session cookie also means anonymous (the page then asks to log in). A malformed Basic header fails. Under
 * {@code /xapi/} an Authorization header carries LRS credentials, which the LRS checks itself, so such requests are
 * left anonymous here.
 */
@ApplicationScoped
public class HocsoAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** The LRS checks its own credentials (LRS keys) below this path; only the session cookie is resolved here. */
    static final String LRS_PATH = "/xapi/";

    /** Name of the session cookie (HttpOnly, SameSite=Lax). */
    public static final String SESSION_COOKIE = "hocso_session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader(HttpHeaderNames.AUTHORIZATION);
        if (authorization != null && context.request().path().startsWith(LRS_PATH)) {
            return Uni.createFrom().nullItem();
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = decodeBasic(authorization.substring(6).trim());
            if (credentials == null) {
                return Uni.createFrom().failure(new AuthenticationFailedException("Malformed Basic credentials"));
            }
            AuthenticationRequest request = new UsernamePasswordAuthenticationRequest(credentials[0],
                    new PasswordCredential(credentials[1].toCharArray()));
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identityProviderManager.authenticate(request);
        }
        Cookie session = context.request().getCookie(SESSION_COOKIE);
        if (session != null && !session.getValue().isBlank()) {
            SessionAuthenticationRequest request = new SessionAuthenticationRequest(session.getValue());
            HttpSecurityUtils.setRoutingContextAttribute(request, context);
            return identityProviderManager.authenticate(request).onFailure().recoverWithNull();
        }
        return Uni.createFrom().nullItem();
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        String path = context.request().path();
        if (path.startsWith("/api/") || path.startsWith("/q/")) {
            return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", ErrorMappers.BASIC_CHALLENGE));
        }
        return Uni.createFrom().item(new ChallengeData(303, "Location",
                ErrorMappers.loginRedirect(context.request().uri())));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(UsernamePasswordAuthenticationRequest.class, SessionAuthenticationRequest.class);
    }

    /** [username, password] from a Basic token, or null when it is not valid base64 of "user:password". */
    static String[] decodeBasic(String token) {
        try {
            String plain = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            if (colon <= 0) {
                return null;
            }
            return new String[] {plain.substring(0, colon), plain.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
