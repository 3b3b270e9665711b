package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.web.XapiException;

/**
 * Checks a signed statement (xAPI Data 2.6): the signature attachment has content type
 * {@code application/octet-stream} and holds a compact JWS with algorithm RS256, RS384 or RS512 whose payload is the
 * statement as sent (without its attachments). When the JWS header carries an X.509 certificate chain ({@code x5c}),
 * the signature is verified with its first certificate.
 */
final class SignatureCheck {

    private static final Map<String, String> ALGORITHMS = Map.of(
            "RS256", "SHA256withRSA", "RS384", "SHA384withRSA", "RS512", "SHA512withRSA");

    private SignatureCheck() {
    }

    /**
     * @throws XapiException 400 when the signature is malformed, uses another algorithm, does not verify or does not
     *         match the statement
     */
    static void verify(ObjectNode statement, byte[] jws, JsonNode attachment) {
        if (!"application/octet-stream".equals(attachment.path("contentType").asText())) {
            throw bad("the signature attachment's contentType must be application/octet-stream");
        }
        String[] parts = new String(jws, StandardCharsets.US_ASCII).trim().split("\\.");
        if (parts.length != 3) {
            throw bad("the signature is not a compact JWS (header.payload.signature)");
        }
        JsonNode header = decodeJson(parts[0], "JWS header");
        String alg = header.path("alg").asText();
        if (!ALGORITHMS.containsKey(alg)) {
            throw bad("the JWS algorithm must be RS256, RS384 or RS512, not " + alg);
        }
        JsonNode payload = decodeJson(parts[1], "JWS payload");
        if (!sameStatement(statement, payload)) {
            throw bad("the JWS payload is not the statement that carries it");
        }
        JsonNode x5c = header.get("x5c");
        if (x5c != null && x5c.isArray() && !x5c.isEmpty()) {
            verifySignature(alg, parts, x5c.get(0).asText());
        }
    }

    private static boolean sameStatement(ObjectNode statement, JsonNode payload) {
        if (!payload.isObject()) {
            return false;
        }
        ObjectNode sent = statement.deepCopy();
        sent.remove("attachments");
        ObjectNode signed = ((ObjectNode) payload).deepCopy();
        signed.remove("attachments");
        if (!signed.has("id")) {
            sent.remove("id");
        }
        truncateDuration(sent);
        truncateDuration(signed);
        return sent.equals(signed);
    }

    /** Durations compare to 0.01 s (xAPI 4.2.7): seconds are cut, not rounded, to two decimals. */
    private static void truncateDuration(ObjectNode statement) {
        JsonNode result = statement.get("result");
        if (result instanceof ObjectNode r && r.path("duration").isTextual()) {
            r.put("duration", r.get("duration").asText().replaceAll("(\\.\\d{2})\\d+S$", "$1S"));
        }
    }

    private static void verifySignature(String alg, String[] parts, String certificate) {
        try {
            X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(certificate)));
            Signature verifier = Signature.getInstance(ALGORITHMS.get(alg));
            verifier.initVerify(cert.getPublicKey());
            verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!verifier.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw bad("the JWS signature does not verify with the certificate in x5c");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw bad("the JWS signature cannot be verified: " + e.getMessage());
        }
    }

    private static JsonNode decodeJson(String part, String what) {
        try {
            return XapiJson.parse(Base64.getUrlDecoder().decode(part), what);
        } catch (IllegalArgumentException e) {
            throw bad("the " + what + " is not base64url");
        } catch (RuntimeException e) {
            throw bad("the " + what + " is not valid JSON");
        }
    }

    private static XapiException bad(String problem) {
        return XapiException.badRequest("Signed statement: " + problem);
    }
}
