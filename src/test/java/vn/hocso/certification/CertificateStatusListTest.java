package vn.hocso.certification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** The public Bitstring Status List: its credential, its size, and the bit that flips on revocation. */
@QuarkusTest
class CertificateStatusListTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CertificateFixture fixture;

    @Test
    @DisplayName("Revocation sets the credential's bit in the signed status list; other bits stay clear")
    void bitFlipsOnRevocation() throws Exception {
        Map<String, Object> cert = fixture.issue("Cao Thị Xuân", null);
        JsonNode status = JSON.readTree(CertificateFixture.credential(cert.get("id"))).get("credentialStatus");
        String url = status.get("statusListCredential").asText();
        int index = Integer.parseInt(status.get("statusListIndex").asText());
        String path = url.substring("https://hocso.test".length());

        byte[] before = bits(path);
        assertTrue(before.length * 8 >= 131072, "at least 131072 bits");
        assertFalse(bit(before, index));

        // the list is also served as a VC-JWT that the verification API accepts as ours
        String jwt = RestAssured.given().accept("application/vc+jwt").get(path).then().statusCode(200)
                .contentType(startsWith("application/vc+jwt")).extract().asString();
        CertificateFixture.verify("text/plain", jwt).then().body("result", equalTo("valid"));
        // and as JSON with an embedded Data Integrity proof that verifies (and fails once the list is changed)
        String json = RestAssured.given().accept("application/json").get(path).then().statusCode(200).extract()
                .asString();
        JsonNode listVc = JSON.readTree(json);
        assertEquals("eddsa-rdfc-2022", listVc.at("/proof/0/cryptosuite").asText());
        CertificateFixture.verify("application/json", json).then().body("result", equalTo("valid"));
        String encoded = listVc.at("/credentialSubject/encodedList").asText();
        ((com.fasterxml.jackson.databind.node.ObjectNode) listVc.get("credentialSubject")).put("encodedList",
                encoded.substring(0, encoded.length() - 2) + (encoded.endsWith("AA") ? "AB" : "AA"));
        CertificateFixture.verify("application/json", listVc.toString()).then().body("result", equalTo("tampered"));

        Api.as(Api.CITY_ADMIN).body(Map.of("reason", "Hồ sơ minh chứng không hợp lệ"))
                .post("/api/v1/certificates/" + cert.get("id") + "/revoke").then().statusCode(200);
        byte[] after = bits(path);
        assertTrue(bit(after, index), "revoked bit set");
        int changed = 0;
        for (int i = 0; i < before.length; i++) {
            changed += Integer.bitCount((before[i] ^ after[i]) & 0xff);
        }
        assertEquals(1, changed, "exactly one bit changed");
        RestAssured.given().get("/credentials/status/" + java.util.UUID.randomUUID()).then().statusCode(404);
        RestAssured.given().get("/credentials/status/not-a-uuid").then().statusCode(404);
    }

    private static byte[] bits(String path) throws Exception {
        JsonNode list = JSON.readTree(RestAssured.given().accept("application/json").get(path).then()
                .statusCode(200).extract().asString());
        assertEquals("BitstringStatusListCredential", list.at("/type/1").asText());
        assertEquals("revocation", list.at("/credentialSubject/statusPurpose").asText());
        String encoded = list.at("/credentialSubject/encodedList").asText();
        assertTrue(encoded.startsWith("u"), "multibase base64url");
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            return in.readAllBytes();
        }
    }

    /** Bit i counted from the most significant bit of the first byte (W3C Bitstring Status List). */
    private static boolean bit(byte[] bits, int index) {
        return (bits[index / 8] >> (7 - index % 8) & 1) == 1;
    }
}
