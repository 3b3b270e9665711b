package vn.hocso.certification.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.config.CertificationConfig;
import vn.hocso.certification.model.IssuerKey;
import vn.hocso.certification.service.Ed25519Keys;
import vn.hocso.certification.service.IssuerKeys;
import vn.hocso.certification.service.IssuerUrls;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.web.DomainException;

/**
 * The issuer, public and without login: its Open Badges {@code Profile} with every signing key (current and retired)
 * as Multikey and JWK verification methods, and each key's JWK at its {@code kid} URL. City administrators rotate the
 * signing key.
 */
@Path("/")
@Tag(name = "Certificates")
@Blocking
public class IssuerResource {

    @Inject
    IssuerKeys keys;

    @Inject
    IssuerUrls urls;

    @Inject
    CertificationConfig config;

    @Inject
    CurrentUser user;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @GET
    @Path("issuer")
    @PermitAll
    @Produces({MediaType.APPLICATION_JSON, "application/ld+json", MediaType.TEXT_HTML})
    @Operation(summary = "The issuer profile (OB 3.0 Profile) with its public keys (JSON, also to browsers)")
    public Response profile() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("@context", List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json",
                "https://w3id.org/security/multikey/v1"));
        p.put("id", urls.issuer());
        p.put("type", List.of("Profile"));
        p.put("name", config.issuerName());
        p.put("description", config.issuerNameEn());
        p.put("url", urls.base());
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> assertion = new ArrayList<>();
        for (IssuerKey k : keys.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", urls.key(k.kid));
            m.put("type", "Multikey");
            m.put("controller", urls.issuer());
            m.put("publicKeyMultibase", Ed25519Keys.multibase(k.publicKey));
            m.put("publicKeyJwk", Ed25519Keys.jwk(k.publicKey, urls.key(k.kid)));
            m.put("created", k.createdAt == null ? null : k.createdAt.toString());
            if (k.retiredAt != null) {
                m.put("retired", k.retiredAt.toString());
            }
            methods.add(m);
            assertion.add(urls.key(k.kid));
        }
        p.put("verificationMethod", methods);
        p.put("assertionMethod", assertion);
        return Response.ok(p, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("issuer/keys/{kid}")
    @PermitAll
    @Produces({"application/jwk+json", MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "One public key of the issuer as JWK (the kid of its VC-JWTs points here)")
    public Response key(@PathParam("kid") String kid) {
        IssuerKey k = keys.find(kid).orElseThrow(DomainException::notFound);
        return Response.ok(Ed25519Keys.jwk(k.publicKey, urls.key(k.kid)), MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Path("api/v1/issuer/keys/rotate")
    @RolesAllowed("ADMIN")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rotate the signing key (city administrators): a new key signs from now on; older keys "
            + "stay published and keep verifying")
    public Map<String, Object> rotate() {
        String root = units.find("kind", OrgUnitKind.CITY).<OrgUnit>firstResultOptional().map(u -> u.path)
                .orElse("/");
        if (!user.writeScope().covers(root)) {
            throw DomainException.forbidden();
        }
        IssuerKey next = keys.rotate();
        audit.record(AuditLog.Actor.of(user), "certificate.issuer.rotate", "issuer_key",
                next.kid, null, Map.of("kid", next.kid));
        return Ed25519Keys.jwk(next.publicKey, urls.key(next.kid));
    }
}
