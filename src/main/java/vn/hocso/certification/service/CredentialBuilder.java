package vn.hocso.certification.service;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import vn.hocso.certification.config.CertificationConfig;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateRequirement;
import vn.hocso.certification.model.CertificateType;
import vn.hocso.certification.persistence.FrameworkCatalog;
import vn.hocso.platform.text.Hashes;

/**
 * Builds the Open Badges 3.0 {@code OpenBadgeCredential} (W3C VC Data Model 2.0) of a certificate: issuer profile,
 * validity, the holder as hashed national id (salted SHA-256) plus name, the achievement with criteria and its
 * alignments to the competency items (CASE CFItems), the Bitstring Status List entry and the 1EdTech JSON schema.
 */
@ApplicationScoped
public class CredentialBuilder {

    public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
    public static final String OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
    /**
     * The credentialSchema type OB 3.0 names. Neither the VC 2.0 nor the OB 3.0.3 context defines it, so each
     * credential defines it in a third, inline context: without that, JSON-LD processors drop it (Titanium silently,
     * Digital Bazaar's "safe mode" refuses the credential) and a Data Integrity proof could not cover it.
     */
    public static final String SCHEMA_VALIDATOR = "1EdTechJsonSchemaValidator2019";
    public static final String OB_SCHEMA =
            "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificationConfig config;

    @Inject
    IssuerUrls urls;

    /** What the credential states besides the certificate row. */
    public record Subject(String nationalId, Map<Long, FrameworkCatalog.Item> items,
            Map<Long, FrameworkCatalog.Level> levels, ObjectNode credentialStatus) {
    }

    /** The unsigned credential of {@code c} (validFrom/validUntil already set on it). */
    public ObjectNode build(Certificate c, Subject subject) {
        CertificateType type = c.type;
        ObjectNode vc = CredentialJson.MAPPER.createObjectNode();
        vc.putArray("@context").add(VC_CONTEXT).add(OB_CONTEXT).addObject().put(SCHEMA_VALIDATOR,
                "https://purl.imsglobal.org/spec/vc/ob/vocab.html#" + SCHEMA_VALIDATOR);
        vc.put("id", "urn:uuid:" + c.credentialId);
        vc.putArray("type").add("VerifiableCredential").add("OpenBadgeCredential");
        ObjectNode issuer = vc.putObject("issuer");
        issuer.put("id", urls.issuer());
        issuer.putArray("type").add("Profile");
        issuer.put("name", config.issuerName());
        issuer.put("url", urls.base());
        vc.put("validFrom", iso(c.validFrom));
        if (c.validUntil != null) {
            vc.put("validUntil", iso(c.validUntil));
        }
        vc.put("awardedDate", iso(c.validFrom));
        vc.put("name", type.name);
        vc.put("description", type.description);

        ObjectNode credentialSubject = vc.putObject("credentialSubject");
        credentialSubject.putArray("type").add("AchievementSubject");
        ArrayNode identifiers = credentialSubject.putArray("identifier");
        String salt = HexFormat.of().formatHex(randomBytes(16));
        ObjectNode id = identifiers.addObject();
        id.put("type", "IdentityObject");
        id.put("identityHash", "sha256$" + Hashes.sha256Hex(subject.nationalId() + salt));
        id.put("identityType", "identifier");
        id.put("hashed", true);
        id.put("salt", salt);
        ObjectNode name = identifiers.addObject();
        name.put("type", "IdentityObject");
        name.put("identityHash", c.holderName);
        name.put("identityType", "name");
        name.put("hashed", false);
        credentialSubject.set("achievement", achievement(type, subject));

        vc.set("credentialStatus", subject.credentialStatus());
        ObjectNode schema = vc.putArray("credentialSchema").addObject();
        schema.put("id", OB_SCHEMA);
        schema.put("type", SCHEMA_VALIDATOR);
        return vc;
    }

    private ObjectNode achievement(CertificateType type, Subject subject) {
        ObjectNode a = CredentialJson.MAPPER.createObjectNode();
        a.put("id", "urn:uuid:" + type.achievementId);
        a.putArray("type").add("Achievement");
        a.put("name", type.name);
        a.put("description", type.description);
        a.putObject("criteria").put("narrative", type.criteriaNarrative);
        a.put("achievementType", "Certificate");
        ArrayNode alignment = a.putArray("alignment");
        for (CertificateRequirement r : type.requirements) {
            FrameworkCatalog.Item item = subject.items().get(r.itemId);
            FrameworkCatalog.Level level = subject.levels().get(r.minLevelId);
            if (item == null) {
                throw new IllegalStateException("Competency item " + r.itemId + " of certificate type " + type.id
                        + " no longer exists");
            }
            ObjectNode al = alignment.addObject();
            al.putArray("type").add("Alignment");
            al.put("targetName", item.statement());
            al.put("targetUrl", urls.caseItem(item.identifier()));
            if (level != null) {
                al.put("targetDescription", "Mức tối thiểu: " + level.label());
            }
            al.put("targetFramework", item.frameworkTitle());
            al.put("targetCode", item.humanCode());
            al.put("targetType", "CFItem");
        }
        a.put("inLanguage", "vi");
        return a;
    }

    static String iso(Instant instant) {
        return instant.toString();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
