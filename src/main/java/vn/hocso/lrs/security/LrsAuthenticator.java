package vn.hocso.lrs.security;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;
import vn.hocso.identity.security.BasicCredentialCache;
import vn.hocso.identity.service.PasswordHasher;
import vn.hocso.lrs.config.LrsConfig;
import vn.hocso.lrs.model.AgentIfi;
import vn.hocso.lrs.model.LrsCredential;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.service.CredentialCache;
import vn.hocso.lrs.web.XapiException;
import vn.hocso.lrs.web.XapiRequest;

/**
 * Decides who an xAPI request comes from: an LRS credential (HTTP Basic key/secret) or, without an Authorization
 * header, the signed-in LMS user of the page session, who may only touch their own agent's statements and documents.
 */
@ApplicationScoped
public class LrsAuthenticator {

    @Inject
    CredentialCache credentials;

    @Inject
    BasicCredentialCache verified;

    @Inject
    PasswordHasher hasher;

    @Inject
    LrsConfig config;

    @Inject
    Instance<SecurityIdentity> identity;

    /**
     * @throws XapiException 401 when credentials are missing, malformed, wrong, revoked or expired
     */
    public LrsPrincipal authenticate(XapiRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null || authorization.isBlank()) {
            return sessionUser();
        }
        if (!authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw unauthorized("Only HTTP Basic authentication is supported");
        }
        String[] keySecret = decode(authorization.substring(6).trim());
        LrsCredential c = credentials.find(keySecret[0]).orElseThrow(() -> unauthorized("Unknown key or wrong secret"));
        if (!c.usable(Instant.now())) {
            throw unauthorized("This credential has been revoked or has expired");
        }
        boolean ok = c.secretHash.equals(verified.recentHash(keySecret[0], keySecret[1]))
                || hasher.verify(keySecret[1], c.secretHash);
        if (!ok) {
            throw unauthorized("Unknown key or wrong secret");
        }
        verified.remember(keySecret[0], keySecret[1], c.secretHash);
        return principals.computeIfAbsent(c, LrsAuthenticator::principalOf);
    }

    /** Principals of credentials as last read (a credential read again is a new key, so changes show at once). */
    private final java.util.Map<LrsCredential, LrsPrincipal> principals =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private static LrsPrincipal principalOf(LrsCredential c) {
        ObjectNode authority = (ObjectNode) XapiJson.parse(c.authority, "authority");
        return new LrsPrincipal(c.id, c.scopeSet(), authority, AgentIfi.of(authority), c.actorIfi, c.registration);
    }

    private LrsPrincipal sessionUser() {
        SecurityIdentity user = identity.get();
        if (user == null || user.isAnonymous()) {
            throw unauthorized("Authentication required: HTTP Basic with an LRS key and secret");
        }
        ObjectNode agent = agentOf(user.getPrincipal().getName(), user.getAttribute("hocso.displayName"));
        String ifi = AgentIfi.of(agent);
        return new LrsPrincipal(null, Set.of(LrsPrincipal.STATEMENTS_WRITE, LrsPrincipal.STATEMENTS_READ_MINE,
                LrsPrincipal.STATE, LrsPrincipal.PROFILE), agent, ifi, ifi, null);
    }

    /** The xAPI agent that stands for an LMS user: an account on HocSo's home page named by the username. */
    public ObjectNode agentOf(String username, String displayName) {
        ObjectNode agent = XapiJson.MAPPER.createObjectNode();
        agent.put("objectType", "Agent");
        if (displayName != null) {
            agent.put("name", displayName);
        }
        agent.putObject("account").put("homePage", config.accountHomePage()).put("name", username);
        return agent;
    }

    private static String[] decode(String token) {
        try {
            String plain = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
            int colon = plain.indexOf(':');
            if (colon < 0) {
                throw unauthorized("Malformed Basic credentials");
            }
            return new String[] {plain.substring(0, colon), plain.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            throw unauthorized("Malformed Basic credentials");
        }
    }

    private static XapiException unauthorized(String message) {
        return new XapiException(401, message);
    }
}
