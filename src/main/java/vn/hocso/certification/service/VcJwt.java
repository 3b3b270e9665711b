package vn.hocso.certification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;

/**
 * VC-JWT securing (Open Badges 3.0 §8.2, VC-JOSE-COSE): the JWS payload is the credential itself plus the registered
 * claims {@code iss} (issuer id), {@code jti} (credential id), {@code nbf} (validFrom) and {@code exp} (validUntil,
 * when present); the header is {@code {"alg":"EdDSA","typ":"vc+jwt","kid":<JWK URL>}}.
 */
@ApplicationScoped
public class VcJwt {

    /** The claims added to the credential in the payload (removed again to recover the credential). */
    public static final Set<String> CLAIMS = Set.of("iss", "jti", "nbf", "exp", "iat", "sub");

    @Inject
    IssuerKeys keys;

    /** Signs the credential with the current key; returns the compact JWS and the key id used. */
    public Signed sign(ObjectNode credential) {
        ObjectNode payload = credential.deepCopy();
        payload.put("iss", issuerId(credential));
        payload.put("jti", credential.path("id").asText());
        payload.put("nbf", Instant.parse(credential.path("validFrom").asText()).getEpochSecond());
        if (credential.hasNonNull("validUntil")) {
            payload.put("exp", Instant.parse(credential.path("validUntil").asText()).getEpochSecond());
        }
        String kid = keys.current().kid;
        ObjectNode header = CredentialJson.MAPPER.createObjectNode();
        header.put("alg", "EdDSA");
        header.put("typ", "vc+jwt");
        header.put("kid", keys.keyUrl(kid));
        String input = Jws.signingInput(CredentialJson.bytes(header), CredentialJson.bytes(payload));
        IssuerKeys.Signed signed = keys.sign(IssuerKeys.ascii(input));
        if (!signed.kid().equals(kid)) {
            // the key rotated between reading it and signing: sign again under the header's new kid
            return sign(credential);
        }
        return new Signed(Jws.compact(input, signed.signature()), kid);
    }

    /** A signed credential. */
    public record Signed(String jwt, String kid) {
    }

    /** The credential inside a VC-JWT payload: the payload without the JWT claims. */
    public static ObjectNode credentialOf(ObjectNode payload) {
        ObjectNode credential = payload.deepCopy();
        credential.remove(CLAIMS);
        return credential;
    }

    static String issuerId(JsonNode credential) {
        JsonNode issuer = credential.path("issuer");
        return issuer.isTextual() ? issuer.asText() : issuer.path("id").asText();
    }
}
