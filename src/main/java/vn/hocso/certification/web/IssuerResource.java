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
import vn.hocso.certification.service.CredentialBuilder;
import vn.hocso.certification.service.Ed25519Keys;
import vn.hocso.certification.service.IssuerKeys;
import vn.hocso.certification.service.IssuerUrls;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.web.DomainException;

/**
 * The issuer, public and without login: its Open Badges {@code Profile} (also a W3C controlled identifier document)
 * with every signing key (current and retired) as a Multikey verification method listed under
 * {@code assertionMethod}; each key as a Multikey document at {@code /issuer/multikeys/{kid}} (the verificationMethod of
 * Data Integrity proofs) and as a JWK at {@code /issuer/keys/{kid}} (the JOSE kid of VC-JWTs). City administrators
 * rotate the signing key.
 */
@Path("/")
@Tag(name = "Certificates")
@Blocking
public class IssuerResource {

    /** W3C Controlled Identifiers 1.0: verificationMethod, assertionMethod, Multikey. */
    static final String CID_CONTEXT = "https://www.w3.org/ns/cid/v1";
    /** The Multikey context that Data Integrity verifiers expect on a key document. */
    static final String MULTIKEY_CONTEXT = "https://w3id.org/security/multikey/v1";

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
        p.put("@context", List.of(CredentialBuilder.VC_CONTEXT, CredentialBuilder.OB_CONTEXT, CID_CONTEXT));
        p.put("id", urls.issuer());
        p.put("type", List.of("Profile"));
        p.put("name", config.issuerName());
        p.put("description", config.issuerNameEn());
        p.put("url", urls.base());
        List<Map<String, Object>> methods = new ArrayList<>();
        List<String> assertion = new ArrayList<>();
        for (IssuerKey k : keys.all()) {
            methods.add(multikey(k));
            assertion.add(urls.multikey(k.kid));
        }
        p.put("verificationMethod", methods);
        p.put("assertionMethod", assertion);
        return Response.ok(p, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("issuer/multikeys/{kid}")
    @PermitAll
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
    @Operation(summary = "One public key of the issuer as a Multikey (the verificationMethod of Data Integrity proofs)")
    public Response multikeyDocument(@PathParam("kid") String kid) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", MULTIKEY_CONTEXT);
        m.putAll(multikey(keys.find(kid).orElseThrow(DomainException::notFound)));
        return Response.ok(m, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /**
     * A key as a Multikey verification method (W3C Controlled Identifiers 1.0): only the terms that context defines, so
     * that JSON-LD verifiers in safe mode accept it. Retired keys stay listed: they still verify what they signed.
     */
    private Map<String, Object> multikey(IssuerKey k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", urls.multikey(k.kid));
        m.put("type", "Multikey");
        m.put("controller", urls.issuer());
        m.put("publicKeyMultibase", Ed25519Keys.multibase(k.publicKey));
        return m;
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
