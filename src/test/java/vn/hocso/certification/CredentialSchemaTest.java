package vn.hocso.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issued credentials validate against the 1EdTech Open Badges 3.0 AchievementCredential JSON Schema (draft 2019-09,
 * {@code src/test/resources/openbadges/}, see its NOTE.md), and carry the shape the customer asked for.
 */
@QuarkusTest
class CredentialSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CertificateFixture fixture;

    @Test
    @DisplayName("The OpenBadgeCredential validates against the 1EdTech OB 3.0 schema; a broken one does not")
    void validatesAgainstSchema() throws IOException {
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/openbadges/ob_v3p0_achievementcredential_schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V201909).getSchema(in);
        }
        Map<String, Object> cert = fixture.issue("Nguyễn Thị Ánh Tuyết", 24);
        JsonNode credential = JSON.readTree(CertificateFixture.credential(cert.get("id")));
        Set<ValidationMessage> errors = schema.validate(credential);
        assertTrue(errors.isEmpty(), () -> "schema errors: " + errors);

        ObjectNode broken = credential.deepCopy();
        ((ObjectNode) broken.get("credentialSubject")).remove("achievement");
        broken.putArray("type").add("VerifiableCredential");
        assertFalse(schema.validate(broken).isEmpty(), "the validator rejects a credential without achievement");

        // the VC-JWT payload is the same credential (without the embedded Data Integrity proof) plus the JWT claims
        String[] parts = CertificateFixture.jwt(cert.get("id")).split("\\.");
        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
        assertEquals("EdDSA", header.get("alg").asText());
        assertTrue(header.get("kid").asText().startsWith("https://hocso.test/issuer/keys/"));
        ObjectNode payload = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertEquals("https://hocso.test/issuer", payload.get("iss").asText());
        assertEquals(credential.get("id").asText(), payload.get("jti").asText());
        assertTrue(payload.get("exp").asLong() > payload.get("nbf").asLong());
        payload.remove(List.of("iss", "jti", "nbf", "exp"));
        ObjectNode withoutProof = credential.deepCopy();
        withoutProof.remove("proof");
        assertEquals(withoutProof, payload);
        assertTrue(schema.validate(payload).isEmpty());
    }

    @Test
    @DisplayName("Shape: contexts, types, issuer profile, hashed salted national id, achievement with CFItem alignment")
    void shape() throws IOException {
        Map<String, Object> cert = fixture.issue("Phan Thanh Giản", 12);
        JsonNode vc = JSON.readTree(CertificateFixture.credential(cert.get("id")));
        assertEquals(List.of("https://www.w3.org/ns/credentials/v2",
                "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json", Map.of("1EdTechJsonSchemaValidator2019",
                "https://purl.imsglobal.org/spec/vc/ob/vocab.html#1EdTechJsonSchemaValidator2019")),
                JSON.convertValue(vc.get("@context"), List.class));
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), JSON.convertValue(vc.get("type"),
                List.class));
        assertTrue(vc.get("id").asText().startsWith("urn:uuid:"));
        assertEquals("https://hocso.test/issuer", vc.at("/issuer/id").asText());
        assertEquals("Profile", vc.at("/issuer/type/0").asText());
        assertTrue(vc.has("validFrom") && vc.has("validUntil"));
        JsonNode id = vc.at("/credentialSubject/identifier/0");
        assertEquals("identifier", id.get("identityType").asText());
        assertTrue(id.get("hashed").asBoolean());
        assertTrue(id.get("identityHash").asText().matches("sha256\\$[0-9a-f]{64}"));
        assertTrue(id.get("salt").asText().length() >= 16);
        JsonNode achievement = vc.at("/credentialSubject/achievement");
        assertEquals("Certificate", achievement.get("achievementType").asText());
        assertEquals("vi", achievement.get("inLanguage").asText());
        assertTrue(achievement.at("/criteria/narrative").asText().contains("Thành thạo"));
        assertEquals(2, achievement.get("alignment").size());
        assertEquals("CFItem", achievement.at("/alignment/0/targetType").asText());
        assertEquals("1.1", achievement.at("/alignment/0/targetCode").asText());
        assertTrue(achievement.at("/alignment/0/targetUrl").asText().startsWith("https://hocso.test/ims/case/"));
        JsonNode status = vc.get("credentialStatus");
        assertEquals("BitstringStatusListEntry", status.get("type").asText());
        assertEquals("revocation", status.get("statusPurpose").asText());
        assertTrue(status.get("statusListCredential").asText().startsWith("https://hocso.test/credentials/status/"));
        assertEquals("1EdTechJsonSchemaValidator2019", vc.at("/credentialSchema/0/type").asText());
    }
}
