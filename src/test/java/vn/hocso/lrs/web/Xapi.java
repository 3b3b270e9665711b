package vn.hocso.lrs.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Test helper for the xAPI LRS at {@code /xapi}: requests with the test credential ({@code lrs-test}, scope all),
 * fresh agents/activities/statements (so that a test only ever queries its own data in the shared database),
 * multipart/mixed bodies, and JSON Web Signatures for signed statements.
 */
final class Xapi {

    static final String V1 = "1.0.3";
    static final String V2 = "2.0.0";
    static final String VERSION = "X-Experience-API-Version";
    static final String CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    static final String KEY = "lrs-test";
    static final String SECRET = "lrs-test-secret";
    static final String HOME_PAGE = "https://hocso.edu.vn";
    static final String EXPERIENCED = "http://adlnet.gov/expapi/verbs/experienced";
    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    static final String SIGNATURE_USAGE = "http://adlnet.gov/expapi/attachments/signature";
    static final ObjectMapper JSON = new ObjectMapper();

    /** RestAssured must send bodies as they are: no charset appended to multipart/form content types. */
    private static final RestAssuredConfig RAW = RestAssured.config()
            .encoderConfig(EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Xapi() {
    }

    // ---------------------------------------------------------------------------------------------- requests

    /** A request without credentials and without a version header. */
    static RequestSpecification anonymous() {
        return given().config(RAW);
    }

    /** A request with the test LRS credential speaking {@code version}. */
    static RequestSpecification as(String version) {
        return anonymous().auth().preemptive().basic(KEY, SECRET).header(VERSION, version);
    }

    static RequestSpecification v2() {
        return as(V2);
    }

    static RequestSpecification v1() {
        return as(V1);
    }

    /** The Authorization header value of the test credential. */
    static String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString(utf8(KEY + ":" + SECRET));
    }

    /**
     * POSTs a statement body with {@code Expect: 100-continue} (HTTP/1.1), so that the server can refuse a body it
     * will not read (413) before the client has sent it; RestAssured would get a broken pipe instead.
     */
    static HttpResponse<String> postExpectingContinue(String version, byte[] body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(origin() + "/xapi/statements"))
                .expectContinue(true)
                .header("Authorization", basicAuthorization())
                .header(VERSION, version)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The server's own origin, as a browser would send it in {@code Origin}. */
    static String origin() {
        return "http://localhost:" + RestAssured.port;
    }

    /** A request of a signed-in LMS user: their page-session cookie, the Origin header, no Authorization. */
    static RequestSpecification session(String cookie, String version) {
        return anonymous().cookie("hocso_session", cookie).header("Origin", origin()).header(VERSION, version);
    }

    // ---------------------------------------------------------------------------------------------- identifiers

    static String uuid() {
        return UUID.randomUUID().toString();
    }

    static String activityId() {
        return "https://hocso.edu.vn/test/activities/" + uuid();
    }

    /** A fresh agent identified by mbox. */
    static ObjectNode agent() {
        ObjectNode a = JSON.createObjectNode();
        a.put("objectType", "Agent");
        a.put("name", "Học viên kiểm thử");
        a.put("mbox", "mailto:learner-" + uuid() + "@test.hocso.edu.vn");
        return a;
    }

    /** The agent of an LMS user. */
    static ObjectNode accountAgent(String username) {
        ObjectNode a = JSON.createObjectNode();
        a.putObject("account").put("homePage", HOME_PAGE).put("name", username);
        return a;
    }

    /** Only the identifier of an agent (for the {@code agent} parameter). */
    static String ifi(JsonNode agent) {
        ObjectNode copy = agent.deepCopy();
        copy.retain("mbox", "mbox_sha1sum", "openid", "account");
        return json(copy);
    }

    static ObjectNode activity(String id) {
        ObjectNode a = JSON.createObjectNode();
        a.put("objectType", "Activity");
        a.put("id", id);
        return a;
    }

    /** An activity with a definition whose name and description are given in one language. */
    static ObjectNode activity(String id, String language, String name) {
        ObjectNode a = activity(id);
        ObjectNode def = a.putObject("definition");
        def.putObject("name").put(language, name);
        def.putObject("description").put(language, name + " (mô tả)");
        def.put("type", "http://adlnet.gov/expapi/activities/lesson");
        return a;
    }

    static ObjectNode verb(String id) {
        ObjectNode v = JSON.createObjectNode();
        v.put("id", id);
        v.putObject("display").put("en-US", id.substring(id.lastIndexOf('/') + 1)).put("vi-VN", "đã thực hiện");
        return v;
    }

    // ---------------------------------------------------------------------------------------------- statements

    static ObjectNode statement(JsonNode actor, String verbId, JsonNode object) {
        ObjectNode s = JSON.createObjectNode();
        s.set("actor", actor.deepCopy());
        s.set("verb", verb(verbId));
        s.set("object", object.deepCopy());
        return s;
    }

    /** actor experienced the activity. */
    static ObjectNode statement(JsonNode actor, String activityId) {
        return statement(actor, EXPERIENCED, activity(activityId));
    }

    /** A fresh agent experienced the activity. */
    static ObjectNode statement(String activityId) {
        return statement(agent(), activityId);
    }

    static ObjectNode withId(ObjectNode statement) {
        statement.put("id", uuid());
        return statement;
    }

    static ObjectNode statementRef(String id) {
        ObjectNode ref = JSON.createObjectNode();
        ref.put("objectType", "StatementRef");
        ref.put("id", id);
        return ref;
    }

    /** A voiding statement for {@code targetId}. */
    static ObjectNode voiding(JsonNode actor, String targetId) {
        return statement(actor, VOIDED, statementRef(targetId));
    }

    static ObjectNode withRegistration(ObjectNode statement, String registration) {
        ObjectNode context = statement.has("context") ? (ObjectNode) statement.get("context")
                : statement.putObject("context");
        context.put("registration", registration);
        return statement;
    }

    /** Adds a context activity of the given kind (parent, grouping, category, other), as an array. */
    static ObjectNode withContextActivity(ObjectNode statement, String kind, String activityId) {
        ObjectNode context = statement.has("context") ? (ObjectNode) statement.get("context")
                : statement.putObject("context");
        ObjectNode ca = context.has("contextActivities") ? (ObjectNode) context.get("contextActivities")
                : context.putObject("contextActivities");
        ArrayNode list = ca.has(kind) ? (ArrayNode) ca.get(kind) : ca.putArray(kind);
        list.add(activity(activityId));
        return statement;
    }

    static ObjectNode withInstructor(ObjectNode statement, JsonNode instructor) {
        ObjectNode context = statement.has("context") ? (ObjectNode) statement.get("context")
                : statement.putObject("context");
        context.set("instructor", instructor.deepCopy());
        return statement;
    }

    // ---------------------------------------------------------------------------------------------- statement calls

    /** POSTs statements (one object, or an array when several) and returns the ids the LRS answered. */
    static List<String> post(String version, JsonNode... statements) {
        JsonNode body = statements.length == 1 ? statements[0] : JSON.createArrayNode().addAll(List.of(statements));
        Response r = as(version).contentType("application/json").body(json(body)).post("/xapi/statements");
        assertEquals(200, r.statusCode(), () -> "POST /xapi/statements: " + r.asString());
        JsonNode ids = parse(r.asString());
        List<String> out = new ArrayList<>();
        ids.forEach(i -> out.add(i.asText()));
        assertEquals(statements.length, out.size(), "one id per statement");
        return out;
    }

    static String post(JsonNode statement) {
        return post(V2, statement).get(0);
    }

    /** GET /xapi/statements?statementId= with the test credential (2.0), as JSON. */
    static ObjectNode get(String statementId) {
        Response r = v2().queryParam("statementId", statementId).get("/xapi/statements");
        assertEquals(200, r.statusCode(), () -> "GET statement " + statementId + ": " + r.asString());
        return (ObjectNode) parse(r.asString());
    }

    /** Asserts that no statement with this id is stored, voided or not. */
    static void assertNotStored(String id) {
        v2().queryParam("statementId", id).get("/xapi/statements").then().statusCode(404);
        v2().queryParam("voidedStatementId", id).get("/xapi/statements").then().statusCode(404);
    }

    /** GET /xapi/statements with these query parameters (2.0), asserting 200; the StatementResult. */
    static ObjectNode query(Map<String, ?> params) {
        Response r = v2().queryParams(params).get("/xapi/statements");
        assertEquals(200, r.statusCode(), () -> "GET /xapi/statements " + params + ": " + r.asString());
        return (ObjectNode) parse(r.asString());
    }

    /** Ids of the statements of a StatementResult, in order. */
    static List<String> ids(JsonNode statementResult) {
        List<String> ids = new ArrayList<>();
        statementResult.path("statements").forEach(s -> ids.add(s.path("id").asText()));
        return ids;
    }

    /** Ids returned by a query (first page only). */
    static List<String> queryIds(Map<String, ?> params) {
        return ids(query(params));
    }

    /** Follows a {@code more} link (a relative IRL, already URL-encoded) with the test credential. */
    static Response more(String version, String moreLink) {
        return as(version).urlEncodingEnabled(false).get(moreLink);
    }

    /** Map builder keeping the order of the arguments (name, value, name, value, …). */
    static Map<String, Object> params(Object... nameValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            m.put((String) nameValues[i], nameValues[i + 1]);
        }
        return m;
    }

    /** Asserts the Consistent-Through header is present and an ISO 8601 instant not in the future. */
    static Instant consistentThrough(Response r) {
        String value = r.header(CONSISTENT_THROUGH);
        if (value == null) {
            throw new AssertionError("no " + CONSISTENT_THROUGH + " header on " + r.statusCode() + " response");
        }
        Instant t = Instant.parse(value);
        if (t.isAfter(Instant.now().plusSeconds(1))) {
            throw new AssertionError(CONSISTENT_THROUGH + " is in the future: " + value);
        }
        return t;
    }

    // ---------------------------------------------------------------------------------------------- JSON

    static String json(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    static JsonNode parse(byte[] bytes) {
        return parse(new String(bytes, StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------- hashes

    static String sha256(byte[] content) {
        return hex("SHA-256", content);
    }

    static String sha1(byte[] content) {
        return hex("SHA-1", content);
    }

    private static String hex(String algorithm, byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------- attachments

    /** An attachment object describing {@code content} (sha2 = SHA-256 of it). */
    static ObjectNode attachment(String usageType, String contentType, byte[] content) {
        ObjectNode a = JSON.createObjectNode();
        a.put("usageType", usageType);
        a.putObject("display").put("en-US", "Attachment");
        a.put("contentType", contentType);
        a.put("length", content.length);
        a.put("sha2", sha256(content));
        return a;
    }

    static ObjectNode withAttachment(ObjectNode statement, ObjectNode attachment) {
        ArrayNode list = statement.has("attachments") ? (ArrayNode) statement.get("attachments")
                : statement.putArray("attachments");
        list.add(attachment);
        return statement;
    }

    /** One part of a multipart/mixed body: headers (in order) and content. */
    record Part(Map<String, String> headers, byte[] content) {

        /** The statement part (application/json). */
        static Part json(JsonNode statements) {
            return new Part(Map.of("Content-Type", "application/json"), utf8(Xapi.json(statements)));
        }

        /** An attachment part with the hash header and binary transfer encoding. */
        static Part attachment(String contentType, byte[] content) {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("Content-Type", contentType);
            h.put("Content-Transfer-Encoding", "binary");
            h.put("X-Experience-API-Hash", sha256(content));
            return new Part(h, content);
        }

        String header(String name) {
            TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            h.putAll(headers);
            return h.get(name);
        }
    }

    static final String BOUNDARY = "hocso-test-boundary-7d1f";

    /** A multipart/mixed body with {@link #BOUNDARY}. */
    static byte[] multipart(Part... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(utf8("--" + BOUNDARY + "\r\n"));
            p.headers().forEach((k, v) -> out.writeBytes(utf8(k + ": " + v + "\r\n")));
            out.writeBytes(utf8("\r\n"));
            out.writeBytes(p.content());
            out.writeBytes(utf8("\r\n"));
        }
        out.writeBytes(utf8("--" + BOUNDARY + "--\r\n"));
        return out.toByteArray();
    }

    /** POSTs a multipart/mixed statement request (2.0) and returns the response. */
    static Response postMultipart(String version, Part... parts) {
        return as(version).contentType("multipart/mixed; boundary=" + BOUNDARY).body(multipart(parts))
                .post("/xapi/statements");
    }

    /** Splits a multipart/mixed response body (independently of the LRS's own parser). */
    static List<Part> parseMultipart(String contentType, byte[] body) {
        String boundary = null;
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                boundary = p.substring(9).replace("\"", "");
            }
        }
        if (boundary == null) {
            throw new AssertionError("no boundary in " + contentType);
        }
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        List<Part> parts = new ArrayList<>();
        String[] chunks = text.split(Pattern.quote(delimiter));
        for (int i = 1; i < chunks.length; i++) {
            String chunk = chunks[i];
            if (chunk.startsWith("--")) {
                break;
            }
            chunk = chunk.substring(chunk.indexOf('\n') + 1);
            int end = chunk.indexOf("\r\n\r\n");
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : chunk.substring(0, end).split("\r\n")) {
                int colon = line.indexOf(':');
                headers.put(line.substring(0, colon).trim(), line.substring(colon + 1).trim());
            }
            String content = chunk.substring(end + 4);
            if (content.endsWith("\r\n")) {
                content = content.substring(0, content.length() - 2);
            }
            parts.add(new Part(headers, content.getBytes(StandardCharsets.ISO_8859_1)));
        }
        return parts;
    }

    // ---------------------------------------------------------------------------------------------- signatures

    static KeyPair rsaKeys() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * A compact JWS over {@code payload}: RS256/384/512 signed with {@code key}, HS256 signed with a fixed secret.
     *
     * @param header the JOSE header (must contain alg)
     */
    static String jws(ObjectNode header, JsonNode payload, PrivateKey key) {
        String signingInput = base64Url(utf8(json(header))) + "." + base64Url(utf8(json(payload)));
        String alg = header.path("alg").asText();
        try {
            byte[] signature;
            if (alg.startsWith("HS")) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(utf8("a shared secret that is not an RSA key"), "HmacSHA256"));
                signature = mac.doFinal(utf8(signingInput));
            } else {
                Signature s = Signature.getInstance("SHA" + alg.substring(2) + "withRSA");
                s.initSign(key);
                s.update(utf8(signingInput));
                signature = s.sign();
            }
            return signingInput + "." + base64Url(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode joseHeader(String alg) {
        ObjectNode h = JSON.createObjectNode();
        h.put("alg", alg);
        return h;
    }

    /** A JOSE header carrying the (self-signed) certificate of {@code keys} in x5c. */
    static ObjectNode joseHeader(String alg, KeyPair keys) {
        ObjectNode h = joseHeader(alg);
        h.putArray("x5c").add(Base64.getEncoder().encodeToString(selfSignedCertificate(keys)));
        return h;
    }

    /**
     * A minimal self-signed X.509 v1 certificate (DER) for the key pair, written by hand because the JDK has no
     * public certificate builder.
     */
    static byte[] selfSignedCertificate(KeyPair keys) {
        byte[] sha256WithRsa = der(0x30, der(0x06, HexFormat.of().parseHex("2a864886f70d01010b")), new byte[] {5, 0});
        byte[] name = der(0x30, der(0x31, der(0x30, der(0x06, new byte[] {0x55, 0x04, 0x03}),
                der(0x0c, utf8("HocSo LRS test signer")))));
        byte[] validity = der(0x30, der(0x17, utf8("200101000000Z")), der(0x17, utf8("491231235959Z")));
        byte[] tbs = der(0x30, der(0x02, new byte[] {1}), sha256WithRsa, name, validity, name,
                keys.getPublic().getEncoded());
        try {
            Signature s = Signature.getInstance("SHA256withRSA");
            s.initSign(keys.getPrivate());
            s.update(tbs);
            byte[] sig = s.sign();
            byte[] bits = new byte[sig.length + 1];
            System.arraycopy(sig, 0, bits, 1, sig.length);
            return der(0x30, tbs, sha256WithRsa, der(0x03, bits));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] der(int tag, byte[]... contents) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] c : contents) {
            content.writeBytes(c);
        }
        int len = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len & 0xff);
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }
}
