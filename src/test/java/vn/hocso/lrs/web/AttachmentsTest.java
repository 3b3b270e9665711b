package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.lrs.web.Xapi.SIGNATURE_USAGE;
import static vn.hocso.lrs.web.Xapi.V1;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.assertNotStored;
import static vn.hocso.lrs.web.Xapi.attachment;
import static vn.hocso.lrs.web.Xapi.postMultipart;
import static vn.hocso.lrs.web.Xapi.statement;
import static vn.hocso.lrs.web.Xapi.utf8;
import static vn.hocso.lrs.web.Xapi.v2;
import static vn.hocso.lrs.web.Xapi.withAttachment;
import static vn.hocso.lrs.web.Xapi.withId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocso.lrs.web.Xapi.Part;

/** Statements with attachments (multipart/mixed) and signed statements (Data 2.4.11, 2.6; Communication 1.5). */
@QuarkusTest
class AttachmentsTest {

    private static final String USAGE = "https://hocso.edu.vn/xapi/attachments/certificate";
    private static KeyPair keys;

    @BeforeAll
    static void generateKeys() {
        keys = Xapi.rsaKeys();
    }

    /** A statement carrying one text attachment, and that attachment's content. */
    private record WithAttachment(ObjectNode statement, byte[] content) {
        static WithAttachment fresh() {
            byte[] content = utf8("Giấy chứng nhận hoàn thành — " + Xapi.uuid());
            ObjectNode s = withAttachment(withId(Xapi.statement(activityId())),
                    attachment(USAGE, "text/plain; charset=utf-8", content));
            return new WithAttachment(s, content);
        }

        String id() {
            return statement.get("id").asText();
        }

        String sha2() {
            return Xapi.sha256(content);
        }
    }

    private static Response rejected(Response r, String messagePart) {
        r.then().statusCode(400).body("message", containsString(messagePart));
        return r;
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {V1, V2})
    @DisplayName("XAPI-00167 / XAPI-00161: a statement with an attachment part is stored; attachments=true returns "
            + "multipart/mixed with the statement first and the part after, otherwise plain JSON")
    void attachmentRoundTrip(String version) {
        WithAttachment w = WithAttachment.fresh();
        Response posted = postMultipart(version, Part.json(w.statement()), Part.attachment("text/plain; "
                + "charset=utf-8", w.content()));
        assertEquals(200, posted.statusCode(), posted.asString());

        Response r = Xapi.as(version).queryParam("statementId", w.id()).queryParam("attachments", true)
                .get("/xapi/statements");
        assertEquals(200, r.statusCode());
        assertTrue(r.contentType().startsWith("multipart/mixed"), r.contentType());
        List<Part> parts = Xapi.parseMultipart(r.contentType(), r.asByteArray());
        assertEquals(2, parts.size());
        assertTrue(parts.get(0).header("Content-Type").startsWith("application/json"));
        JsonNode statement = Xapi.parse(parts.get(0).content());
        assertEquals(w.id(), statement.path("id").asText());
        assertEquals(w.sha2(), statement.path("attachments").get(0).path("sha2").asText());
        assertEquals(w.sha2(), parts.get(1).header("X-Experience-API-Hash"));
        assertEquals("binary", parts.get(1).header("Content-Transfer-Encoding"));
        assertArrayEquals(w.content(), parts.get(1).content());

        Response query = Xapi.as(version).queryParam("activity", w.statement().path("object").path("id").asText())
                .queryParam("attachments", true).get("/xapi/statements");
        List<Part> queryParts = Xapi.parseMultipart(query.contentType(), query.asByteArray());
        assertEquals(w.id(), Xapi.parse(queryParts.get(0).content()).path("statements").get(0).path("id").asText());
        assertArrayEquals(w.content(), queryParts.get(1).content());

        for (String attachments : new String[] {"false", null}) {
            var req = Xapi.as(version).queryParam("statementId", w.id());
            Response plain = (attachments == null ? req : req.queryParam("attachments", attachments))
                    .get("/xapi/statements");
            assertTrue(plain.contentType().startsWith("application/json"), plain.contentType());
            assertEquals(w.id(), plain.jsonPath().getString("id"));
        }
    }

    @Test
    @DisplayName("XAPI-00143: a PUT of one statement may carry its attachment as multipart/mixed too")
    void putWithAttachment() {
        WithAttachment w = WithAttachment.fresh();
        v2().queryParam("statementId", w.id()).contentType("multipart/mixed; boundary=" + Xapi.BOUNDARY)
                .body(Xapi.multipart(Part.json(w.statement()), Part.attachment("text/plain", w.content())))
                .put("/xapi/statements").then().statusCode(204);
        Response back = v2().queryParam("statementId", w.id()).queryParam("attachments", true)
                .get("/xapi/statements");
        assertArrayEquals(w.content(), Xapi.parseMultipart(back.contentType(), back.asByteArray()).get(1).content());
    }

    @Test
    @DisplayName("XAPI-00129: an attachment with a fileUrl needs no part; one without fileUrl and without part is 400")
    void fileUrlAttachments() {
        byte[] content = utf8("held elsewhere");
        ObjectNode byUrl = attachment(USAGE, "text/plain", content);
        byUrl.put("fileUrl", "https://hocso.edu.vn/files/certificate.txt");
        String id = Xapi.post(withAttachment(withId(statement(activityId())), byUrl));
        assertEquals("https://hocso.edu.vn/files/certificate.txt",
                Xapi.get(id).path("attachments").get(0).path("fileUrl").asText());

        WithAttachment w = WithAttachment.fresh();
        rejected(v2().contentType("application/json").body(Xapi.json(w.statement())).post("/xapi/statements"),
                w.sha2());
        assertNotStored(w.id());
    }

    @Test
    @DisplayName("XAPI-00128 / XAPI-00132 / XAPI-00135 / XAPI-00134 / XAPI-00131: malformed multipart requests are "
            + "400 and store nothing")
    void malformedMultipartIs400() {
        WithAttachment w = WithAttachment.fresh();
        Part statementPart = Part.json(w.statement());
        Part good = Part.attachment("text/plain", w.content());

        Part wrongHash = new Part(Map.of("Content-Type", "text/plain", "Content-Transfer-Encoding", "binary",
                "X-Experience-API-Hash", w.sha2()), utf8("tampered content"));
        rejected(postMultipart(V2, statementPart, wrongHash), "does not match");

        rejected(postMultipart(V2, statementPart, good, Part.attachment("text/plain", utf8("an extra part"))),
                "matches no attachment");

        Map<String, String> noHash = new LinkedHashMap<>(good.headers());
        noHash.remove("X-Experience-API-Hash");
        rejected(postMultipart(V2, statementPart, new Part(noHash, w.content())), "X-Experience-API-Hash");

        Map<String, String> noBinary = new LinkedHashMap<>(good.headers());
        noBinary.put("Content-Transfer-Encoding", "base64");
        rejected(postMultipart(V2, statementPart, new Part(noBinary, w.content())), "binary");

        Part statementAsText = new Part(Map.of("Content-Type", "text/plain"), statementPart.content());
        rejected(postMultipart(V2, statementAsText, good), "application/json");

        rejected(v2().contentType("multipart/mixed").body(Xapi.multipart(statementPart, good))
                .post("/xapi/statements"), "boundary");

        rejected(postMultipart(V2, statementPart), w.sha2());
        assertNotStored(w.id());
    }

    @Test
    @DisplayName("XAPI-00127: a statement request that is neither application/json nor multipart/mixed is 400")
    void otherContentTypesAre400() {
        WithAttachment w = WithAttachment.fresh();
        rejected(v2().contentType("application/octet-stream").body(Xapi.multipart(Part.json(w.statement()),
                Part.attachment("text/plain", w.content()))).post("/xapi/statements"), "multipart/mixed");
        assertNotStored(w.id());
    }

    // ---------------------------------------------------------------------------------------------- signatures

    /** The statement with a signature attachment holding {@code jws}, sent as multipart/mixed. */
    private static Response postSigned(ObjectNode statement, String jws, String attachmentContentType) {
        byte[] signature = utf8(jws);
        ObjectNode signed = withAttachment(statement.deepCopy(), attachment(SIGNATURE_USAGE, attachmentContentType,
                signature));
        return postMultipart(V2, Part.json(signed), Part.attachment("application/octet-stream", signature));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"RS256", "RS384", "RS512"})
    @DisplayName("XAPI-00117 / XAPI-00115: a statement signed with RS256/384/512 is accepted and comes back with "
            + "its signature")
    void validSignatureIsAccepted(String alg) {
        ObjectNode s = withId(statement(activityId()));
        String jws = Xapi.jws(Xapi.joseHeader(alg), s, keys.getPrivate());
        Response r = postSigned(s, jws, "application/octet-stream");
        assertEquals(200, r.statusCode(), r.asString());

        Response back = v2().queryParam("statementId", s.get("id").asText()).queryParam("attachments", true)
                .get("/xapi/statements");
        List<Part> parts = Xapi.parseMultipart(back.contentType(), back.asByteArray());
        assertEquals(SIGNATURE_USAGE, Xapi.parse(parts.get(0).content()).path("attachments").get(0)
                .path("usageType").asText());
        assertEquals(jws, new String(parts.get(1).content(), StandardCharsets.US_ASCII));
    }

    @Test
    @DisplayName("XAPI-00117: a signature with an x5c certificate chain is verified: the right key is accepted, "
            + "another key is 400")
    void signatureIsVerifiedAgainstX5c() {
        ObjectNode s = withId(statement(activityId()));
        String jws = Xapi.jws(Xapi.joseHeader("RS256", keys), s, keys.getPrivate());
        Response ok = postSigned(s, jws, "application/octet-stream");
        assertEquals(200, ok.statusCode(), ok.asString());

        ObjectNode forged = withId(statement(activityId()));
        String wrongKey = Xapi.jws(Xapi.joseHeader("RS256", keys), forged, Xapi.rsaKeys().getPrivate());
        rejected(postSigned(forged, wrongKey, "application/octet-stream"), "does not verify");
        assertNotStored(forged.get("id").asText());
    }

    @Test
    @DisplayName("Data 4.2.7 / XAPI-00116: comparing a statement with its signature ignores duration precision "
            + "beyond 0.01 s")
    void signatureComparisonTruncatesDurations() {
        ObjectNode signedVersion = withId(statement(activityId()));
        signedVersion.putObject("result").put("duration", "P1DT12H36M0.12S");
        ObjectNode sent = signedVersion.deepCopy();
        ((ObjectNode) sent.get("result")).put("duration", "P1DT12H36M0.1237S");
        Response r = postSigned(sent, Xapi.jws(Xapi.joseHeader("RS256"), signedVersion, keys.getPrivate()),
                "application/octet-stream");
        assertEquals(200, r.statusCode(), r.asString());
    }

    @Test
    @DisplayName("XAPI-00117: a JWS with algorithm HS256 is 400")
    void hs256IsRejected() {
        ObjectNode s = withId(statement(activityId()));
        rejected(postSigned(s, Xapi.jws(Xapi.joseHeader("HS256"), s, null), "application/octet-stream"), "HS256");
        assertNotStored(s.get("id").asText());
    }

    @Test
    @DisplayName("XAPI-00116: a JWS whose payload is not the statement, or not JSON, is 400")
    void payloadMustBeTheStatement() {
        ObjectNode s = withId(statement(activityId()));
        ObjectNode other = s.deepCopy();
        other.set("verb", Xapi.verb(Xapi.COMPLETED));
        rejected(postSigned(s, Xapi.jws(Xapi.joseHeader("RS256"), other, keys.getPrivate()),
                "application/octet-stream"), "payload");

        String header = Xapi.base64Url(utf8("{\"alg\":\"RS256\"}"));
        String brokenJson = header + "." + Xapi.base64Url(utf8(Xapi.json(s).replace('"', '\''))) + "."
                + Xapi.base64Url(utf8("sig"));
        rejected(postSigned(s, brokenJson, "application/octet-stream"), "JSON");
        rejected(postSigned(s, "not-a-jws", "application/octet-stream"), "compact JWS");
        assertNotStored(s.get("id").asText());
    }

    @Test
    @DisplayName("XAPI-00115: a signature attachment whose contentType is not application/octet-stream is 400")
    void signatureContentTypeMustBeOctetStream() {
        ObjectNode s = withId(statement(activityId()));
        String jws = Xapi.jws(Xapi.joseHeader("RS256"), s, keys.getPrivate());
        rejected(postSigned(s, jws, "text/plain; charset=ascii"), "application/octet-stream");
        assertNotStored(s.get("id").asText());
    }
}
