package vn.hocso.certification;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/**
 * The public verification API: valid, tampered (a changed byte), revoked, expired, foreign (not_ours), garbage (400);
 * the JWT as text, as a JSON string, as {"jwt": …}, and the bare credential compared with what was issued; key
 * rotation keeps old credentials valid.
 */
@QuarkusTest
class CredentialVerifyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CertificateFixture fixture;

    @Test
    @DisplayName("The credential JSON carries an eddsa-rdfc-2022 Data Integrity proof that an outside verifier checks "
            + "with the issuer profile's public Multikey alone; a changed value breaks it and the API says tampered")
    void dataIntegrityProof() throws Exception {
        Map<String, Object> cert = fixture.issue("Đặng Thị Thùy Dương", null);
        ObjectNode credential = (ObjectNode) JSON.readTree(CertificateFixture.credential(cert.get("id")));
        var proof = credential.get("proof").get(0);
        assertEquals("DataIntegrityProof", proof.get("type").asText());
        assertEquals("eddsa-rdfc-2022", proof.get("cryptosuite").asText());
        assertEquals("assertionMethod", proof.get("proofPurpose").asText());
        String method = proof.get("verificationMethod").asText();
        var profile = RestAssured.given().accept("application/json").get("/issuer").then().statusCode(200).extract()
                .jsonPath();
        assertEquals(true, profile.getList("assertionMethod").contains(method), "listed under assertionMethod");
        String multibase = profile.getString("verificationMethod.find { it.id == '" + method
                + "' }.publicKeyMultibase");
        byte[] raw = vn.hocso.certification.service.Ed25519Keys.fromMultibase(multibase);
        java.security.PublicKey key = vn.hocso.certification.service.Ed25519Keys.fromRaw(
                java.util.Arrays.copyOfRange(raw, 2, raw.length));
        java.util.function.Function<String, java.util.Optional<java.security.PublicKey>> outside =
                m -> m.equals(method) ? java.util.Optional.of(key) : java.util.Optional.empty();
        var canon = vn.hocso.certification.service.JsonLdCanon.STANDARD;
        assertEquals(vn.hocso.certification.service.DataIntegrity.Check.VALID,
                vn.hocso.certification.service.DataIntegrity.verify(canon, credential, outside));

        ObjectNode changed = credential.deepCopy();
        changed.put("validFrom", "2020-01-01T00:00:00Z");
        assertEquals(vn.hocso.certification.service.DataIntegrity.Check.BAD_SIGNATURE,
                vn.hocso.certification.service.DataIntegrity.verify(canon, changed, outside));
        CertificateFixture.verify("application/json", changed.toString()).then().statusCode(200)
                .body("result", equalTo("tampered")).body("reason", containsString("Chữ ký"));
        CertificateFixture.verify("application/json", credential.toString()).then().statusCode(200)
                .body("result", equalTo("valid"));
    }

    @Test
    @DisplayName("Valid in every accepted form; one changed byte → tampered")
    void validAndTampered() throws Exception {
        Map<String, Object> cert = fixture.issue("Nguyễn Văn An", null);
        String jwt = CertificateFixture.jwt(cert.get("id"));
        CertificateFixture.verify("text/plain", jwt).then().statusCode(200).body("result", equalTo("valid"))
                .body("credentialId", equalTo(cert.get("credentialId")));
        CertificateFixture.verify("application/json", JSON.writeValueAsString(jwt)).then().statusCode(200)
                .body("result", equalTo("valid"));
        CertificateFixture.verify("application/json", JSON.writeValueAsString(Map.of("jwt", jwt))).then()
                .statusCode(200).body("result", equalTo("valid"));

        // change one character of the payload (a different base64url character: the JWS still parses)
        String[] parts = jwt.split("\\.");
        char[] payload = parts[1].toCharArray();
        int at = payload.length / 2;
        payload[at] = payload[at] == 'A' ? 'B' : 'A';
        String altered = parts[0] + "." + new String(payload) + "." + parts[2];
        CertificateFixture.verify("text/plain", altered).then().statusCode(200).body("result", equalTo("tampered"));

        // re-encode a payload with one changed field, keeping the signature
        ObjectNode body = (ObjectNode) JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
        body.put("name", "Chứng nhận giả mạo");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(JSON.writeValueAsBytes(body)) + "." + parts[2];
        CertificateFixture.verify("text/plain", forged).then().statusCode(200).body("result", equalTo("tampered"));

        // the bare credential: identical → valid; changed → tampered
        String credential = CertificateFixture.credential(cert.get("id"));
        CertificateFixture.verify("application/json", credential).then().statusCode(200)
                .body("result", equalTo("valid"));
        ObjectNode changed = (ObjectNode) JSON.readTree(credential);
        ((ObjectNode) changed.get("credentialSubject").get("identifier").get(1)).put("identityHash", "Nguyễn Văn Ân");
        CertificateFixture.verify("application/json", changed.toString()).then().statusCode(200)
                .body("result", equalTo("tampered"));
    }

    @Test
    @DisplayName("Revoked → revoked (reason shown); expired → expired")
    void revokedAndExpired() {
        Map<String, Object> cert = fixture.issue("Trần Thị Bích", 12);
        String jwt = CertificateFixture.jwt(cert.get("id"));
        Api.as(Api.SCHOOL_ADMIN).body(Map.of("reason", "Cấp nhầm người")).post("/api/v1/certificates/"
                + cert.get("id") + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"));
        CertificateFixture.verify("text/plain", jwt).then().statusCode(200).body("result", equalTo("revoked"))
                .body("reason", containsString("Cấp nhầm người"));
        Api.as(Api.SCHOOL_ADMIN).body(Map.of("reason", "lần nữa")).post("/api/v1/certificates/" + cert.get("id")
                + "/revoke").then().statusCode(409);

        Map<String, Object> other = fixture.issue("Lý Thị Cúc", 12);
        String otherJwt = CertificateFixture.jwt(other.get("id"));
        fixture.update("UPDATE certificate SET valid_until = now() - interval '1 hour' WHERE id = ?",
                ((Number) other.get("id")).longValue());
        CertificateFixture.verify("text/plain", otherJwt).then().statusCode(200).body("result", equalTo("expired"));
    }

    @Test
    @DisplayName("A JWT signed by someone else → not_ours; our kid with a foreign signature → tampered")
    void foreign() throws Exception {
        KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        String header = b64(JSON.writeValueAsBytes(Map.of("alg", "EdDSA", "kid", "https://issuer.example/keys/1")));
        String payload = b64(JSON.writeValueAsBytes(Map.of("iss", "https://issuer.example", "jti", "urn:uuid:"
                + java.util.UUID.randomUUID(), "type", java.util.List.of("VerifiableCredential"))));
        CertificateFixture.verify("text/plain", sign(pair, header, payload)).then().statusCode(200)
                .body("result", equalTo("not_ours"));

        Map<String, Object> cert = fixture.issue("Mai Văn Dũng", null);
        String[] parts = CertificateFixture.jwt(cert.get("id")).split("\\.");
        CertificateFixture.verify("text/plain", sign(pair, parts[0], parts[1])).then().statusCode(200)
                .body("result", equalTo("tampered"));

        String credential = CertificateFixture.credential(cert.get("id"));
        ObjectNode elsewhere = (ObjectNode) JSON.readTree(credential);
        ((ObjectNode) elsewhere.get("issuer")).put("id", "https://issuer.example/profile");
        CertificateFixture.verify("application/json", elsewhere.toString()).then().statusCode(200)
                .body("result", equalTo("not_ours"));
    }

    @Test
    @DisplayName("Garbage → 400 with a clear message, never 500")
    void garbage() {
        for (String[] bad : new String[][] {{"text/plain", "xin chào"}, {"application/json", "{\"a\": 1}"},
                {"application/json", "{\"jwt\": 5}"}, {"application/json", "[1, 2]"}, {"text/plain", ""},
                {"application/json", "{not json"}, {"text/plain", "a.b.c"}, {"application/json", "\"x.y\""},
                {"application/octet-stream", "\u0000\u0001"}}) {
            CertificateFixture.verify(bad[0], bad[1]).then().statusCode(400)
                    .body("detail", containsString("VC-JWT"));
        }
    }

    @Test
    @DisplayName("Key rotation: new credentials use the new key, old ones stay valid, both keys are published")
    void rotation() {
        Map<String, Object> before = fixture.issue("Đinh Thị Hoa", null);
        String oldJwt = CertificateFixture.jwt(before.get("id"));
        Api.as("quantri.q1").post("/api/v1/issuer/keys/rotate").then().statusCode(403);
        String newKid = Api.as(Api.CITY_ADMIN).post("/api/v1/issuer/keys/rotate").then().statusCode(200)
                .extract().jsonPath().getString("kid");
        Map<String, Object> after = fixture.issue("Đinh Văn Hòa", null);
        String newJwt = CertificateFixture.jwt(after.get("id"));
        String oldKid = kid(oldJwt);
        assertEquals(newKid, kid(newJwt));
        assertNotEquals(oldKid, newKid);
        CertificateFixture.verify("text/plain", oldJwt).then().body("result", equalTo("valid"));
        CertificateFixture.verify("text/plain", newJwt).then().body("result", equalTo("valid"));
        CertificateFixture.verify("application/json", CertificateFixture.credential(before.get("id"))).then()
                .body("result", equalTo("valid"));
        String oldMultikey = oldKid.replace("/issuer/keys/", "/issuer/multikeys/");
        String newMultikey = newKid.replace("/issuer/keys/", "/issuer/multikeys/");
        RestAssured.given().get("/issuer").then().statusCode(200).body("type", equalTo(java.util.List.of("Profile")))
                .body("verificationMethod.id", hasItems(oldMultikey, newMultikey))
                .body("assertionMethod", hasItems(oldMultikey, newMultikey))
                .body("'@context'", hasItems("https://www.w3.org/ns/cid/v1"));
        RestAssured.given().get(oldMultikey.substring("https://hocso.test".length())).then().statusCode(200)
                .body("type", equalTo("Multikey")).body("id", equalTo(oldMultikey))
                .body("controller", equalTo("https://hocso.test/issuer"))
                .body("publicKeyMultibase", org.hamcrest.Matchers.startsWith("z6Mk"));
        String kidPath = oldKid.substring("https://hocso.test".length());
        RestAssured.given().get(kidPath).then().statusCode(200).body("kty", equalTo("OKP"))
                .body("crv", equalTo("Ed25519")).body("kid", equalTo(oldKid));
        RestAssured.given().get("/issuer/keys/nope").then().statusCode(404);
    }

    private static String kid(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0])).get("kid").asText();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sign(KeyPair pair, String header, String payload) throws Exception {
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(pair.getPrivate());
        s.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
        return header + "." + payload + "." + b64(s.sign());
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
