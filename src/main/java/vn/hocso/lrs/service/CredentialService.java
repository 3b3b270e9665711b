package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.hocso.identity.service.PasswordHasher;
import vn.hocso.lrs.config.LrsConfig;
import vn.hocso.lrs.model.LrsCredential;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.persistence.LrsCredentialRepository;
import vn.hocso.lrs.security.LrsPrincipal;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/** Administers LRS client credentials: create (the secret is shown once), list, revoke, and the start-up credential. */
@ApplicationScoped
@Transactional
public class CredentialService {

    /** A credential just created, with the only copy of its secret. */
    public record Created(LrsCredential credential, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    LrsCredentialRepository credentials;

    @Inject
    PasswordHasher hasher;

    @Inject
    LrsConfig config;

    @Inject
    CredentialCache cache;

    /**
     * Creates a credential with a random key and secret.
     *
     * @param scopes xAPI scopes, at least one, each from {@link LrsPrincipal#KNOWN_SCOPES}
     * @param expiresAt optional end of validity
     * @throws DomainException 422 when the name is missing or a scope is unknown
     */
    public Created create(String name, List<String> scopes, Instant expiresAt, Long createdBy) {
        InputCheck check = new InputCheck();
        check.required(name, "name");
        Set<String> set = new LinkedHashSet<>(scopes == null ? List.of() : scopes);
        check.check(!set.isEmpty() && LrsPrincipal.KNOWN_SCOPES.containsAll(set), "scopes",
                m -> m.error_lrsScopes(String.join(", ", new java.util.TreeSet<>(LrsPrincipal.KNOWN_SCOPES))));
        check.check(expiresAt == null || expiresAt.isAfter(Instant.now()), "expiresAt", AppMessages::error_inThePast);
        check.throwIfInvalid();
        String key = randomHex(10);
        String secret = randomHex(20);
        LrsCredential c = build(key, secret, name.trim(), set, expiresAt, createdBy);
        credentials.persist(c);
        return new Created(c, secret);
    }

    /**
     * Creates a launch credential (xAPI tincan or cmi5 launch): it may only store and read statements of one learner
     * in one registration, and keep that registration's state; it expires with the launch.
     *
     * @param actorIfi the learner's agent key ({@code AgentIfi})
     * @param registration the registration its statements and state must carry
     * @param agentProfile also the learner's own agent profiles (cmi5: {@code cmi5LearnerPreferences}); activity
     *        profiles stay read-only for launch credentials
     */
    public Created createLaunch(String name, String actorIfi, java.util.UUID registration, Instant expiresAt,
            Long createdBy, boolean agentProfile) {
        String key = randomHex(10);
        String secret = randomHex(20);
        Set<String> scopes = new LinkedHashSet<>(List.of(LrsPrincipal.STATEMENTS_WRITE,
                LrsPrincipal.STATEMENTS_READ_MINE, LrsPrincipal.STATE));
        if (agentProfile) {
            scopes.add(LrsPrincipal.PROFILE);
        }
        LrsCredential c = build(key, secret, name, scopes, expiresAt, createdBy);
        c.actorIfi = actorIfi;
        c.registration = registration;
        credentials.persist(c);
        return new Created(c, secret);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LrsCredential> list() {
        return credentials.listAll(io.quarkus.panache.common.Sort.by("id"));
    }

    /**
     * Revokes a credential: from now on (after at most the credential cache time) it authenticates nothing.
     *
     * @throws DomainException 404 when it does not exist
     */
    public LrsCredential revoke(long id) {
        LrsCredential c = credentials.findById(id);
        if (c == null) {
            throw DomainException.notFound();
        }
        if (c.revokedAt == null) {
            c.revokedAt = Instant.now();
        }
        cache.evict(c.apiKey);
        return c;
    }

    /**
     * Makes sure a credential with this key and secret and scope "all" exists and is usable (created, or its secret
     * reset and revocation lifted).
     */
    public void ensure(String key, String secret) {
        LrsCredential c = credentials.findByKey(key).orElse(null);
        if (c == null) {
            credentials.persist(build(key, secret, "HOCSO_LRS_KEY", Set.of(LrsPrincipal.ALL), null, null));
            return;
        }
        if (!hasher.verify(secret, c.secretHash)) {
            c.secretHash = hasher.hash(secret);
        }
        c.scopes = LrsPrincipal.ALL;
        c.revokedAt = null;
        c.expiresAt = null;
        cache.evict(key);
    }

    private LrsCredential build(String key, String secret, String name, Set<String> scopes, Instant expiresAt,
            Long createdBy) {
        LrsCredential c = new LrsCredential();
        c.apiKey = key;
        c.secretHash = hasher.hash(secret);
        c.name = name;
        c.scopes = String.join(" ", scopes);
        ObjectNode authority = XapiJson.MAPPER.createObjectNode();
        authority.put("objectType", "Agent");
        authority.put("name", name);
        authority.putObject("account").put("homePage", config.accountHomePage()).put("name", "lrs:" + key);
        c.authority = XapiJson.write(authority);
        c.expiresAt = expiresAt;
        c.createdBy = createdBy;
        return c;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
