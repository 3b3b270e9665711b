package vn.hocso.certification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateStatus;
import vn.hocso.certification.persistence.CertificateRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * Verifies credentials presented to HocSo: a VC-JWT (compact string, JSON string or {@code {"jwt": …}}) or a bare
 * credential JSON object. Outcomes:
 * <ul>
 * <li>{@code not_ours}: signed with a key that is not one of this issuer's, or naming another issuer;</li>
 * <li>{@code tampered}: our key id but the signature (of the VC-JWT, or the credential's embedded
 * {@code eddsa-rdfc-2022} Data Integrity proof) does not verify, or content that differs from what was issued (a bare
 * credential is also compared, as a JSON tree without its proof, with the stored one);</li>
 * <li>{@code revoked}, {@code expired} (validUntil passed), or {@code valid}.</li>
 * </ul>
 * Input that is neither a JWS nor a credential is refused with a 400 {@link DomainException}, never a 500.
 */
@ApplicationScoped
public class CredentialVerifier {

    /** The verdict, with the credential it concerns when known. */
    public record Outcome(String result, Function<AppMessages, String> reason, Certificate certificate) {
    }

    @Inject
    IssuerKeys keys;

    @Inject
    IssuerUrls urls;

    @Inject
    CertificateRepository certificates;

    @Inject
    DataIntegrity dataIntegrity;

    /**
     * Verifies the request body as received (JSON, a JSON string, or the bare compact JWS as text).
     *
     * @throws DomainException 400 for anything that is not a JWS or a credential
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Outcome verify(String body) {
        String text = body == null ? "" : body.strip();
        if (Jws.looksCompact(text)) {
            return verifyJwt(text);
        }
        JsonNode json;
        try {
            json = CredentialJson.MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw garbage();
        }
        if (json == null) {
            throw garbage();
        }
        if (json.isTextual()) {
            return verifyJwt(json.asText().strip());
        }
        if (json.isObject() && json.has("jwt")) {
            if (!json.get("jwt").isTextual()) {
                throw garbage();
            }
            return verifyJwt(json.get("jwt").asText().strip());
        }
        if (json.isObject() && json.has("credential") && json.get("credential").isObject()) {
            return verifyCredential((ObjectNode) json.get("credential"));
        }
        if (json.isObject() && json.has("@context") && json.has("type") && json.has("id")) {
            return verifyCredential((ObjectNode) json);
        }
        throw garbage();
    }

    private Outcome verifyJwt(String jwt) {
        Jws.Parsed parsed;
        try {
            parsed = Jws.parse(jwt);
        } catch (Jws.Malformed e) {
            throw garbage();
        }
        String kid = urls.kidOf(parsed.header().path("kid").asText(null));
        if (kid == null || keys.publicKey(kid).isEmpty()) {
            return new Outcome("not_ours", AppMessages::certificate_reasonForeignKey, null);
        }
        if (!"EdDSA".equals(parsed.header().path("alg").asText())
                || !keys.verify(kid, parsed.signingInput(), parsed.signature())) {
            return new Outcome("tampered", AppMessages::certificate_reasonBadSignature, null);
        }
        JsonNode payload;
        try {
            payload = parsed.payload() == null ? null : CredentialJson.MAPPER.readTree(parsed.payload());
        } catch (IOException e) {
            payload = null;
        }
        if (payload == null || !payload.isObject()) {
            return new Outcome("tampered", AppMessages::certificate_reasonBadSignature, null);
        }
        ObjectNode credential = VcJwt.credentialOf((ObjectNode) payload);
        if (isStatusList(credential)) {
            return new Outcome("valid", AppMessages::certificate_reasonStatusList, null);
        }
        return checkIssued(credential);
    }

    /** A credential as JSON: its embedded Data Integrity proof when it has one, then as {@link #checkIssued}. */
    private Outcome verifyCredential(ObjectNode credential) {
        if (!urls.issuer().equals(VcJwt.issuerId(credential))) {
            return new Outcome("not_ours", AppMessages::certificate_reasonForeignIssuer, null);
        }
        return switch (dataIntegrity.verify(credential)) {
            case VALID -> isStatusList(credential) ? new Outcome("valid", AppMessages::certificate_reasonStatusList, null)
                    : checkIssued(credential);
            case NO_PROOF -> checkIssued(credential);
            case FOREIGN_KEY -> new Outcome("not_ours", AppMessages::certificate_reasonForeignKey, null);
            case BAD_SIGNATURE, UNSUPPORTED -> new Outcome("tampered", AppMessages::certificate_reasonBadSignature,
                    null);
        };
    }

    /** Compares with the stored credential, then checks revocation and expiry. */
    private Outcome checkIssued(ObjectNode credential) {
        Optional<Certificate> stored = credentialId(credential).flatMap(certificates::findByCredentialId)
                .filter(c -> c.credentialJson != null);
        if (stored.isEmpty()) {
            return new Outcome("tampered", AppMessages::certificate_reasonUnknown, null);
        }
        Certificate c = stored.get();
        if (!withoutProof(CredentialJson.read(c.credentialJson)).equals(withoutProof(credential))) {
            return new Outcome("tampered", AppMessages::certificate_reasonChanged, c);
        }
        return status(c, Instant.now());
    }

    private static boolean isStatusList(ObjectNode credential) {
        for (JsonNode t : credential.path("type")) {
            if ("BitstringStatusListCredential".equals(t.asText())) {
                return true;
            }
        }
        return false;
    }

    /** The credential without its embedded proof (the VC-JWT secures the credential without one). */
    private static JsonNode withoutProof(JsonNode credential) {
        if (!credential.isObject() || !credential.has("proof")) {
            return credential;
        }
        ObjectNode copy = ((ObjectNode) credential).deepCopy();
        copy.remove("proof");
        return copy;
    }

    /** The verdict on an issued certificate's current state (also used by the verification page). */
    public static Outcome status(Certificate c, Instant now) {
        if (c.status == CertificateStatus.REVOKED) {
            return new Outcome("revoked", m -> m.certificate_reasonRevoked(c.decidedReason), c);
        }
        if (c.validUntil != null && !c.validUntil.isAfter(now)) {
            return new Outcome("expired", AppMessages::certificate_reasonExpired, c);
        }
        if (c.status == CertificateStatus.PENDING || c.status == CertificateStatus.REJECTED) {
            return new Outcome("not_ours", AppMessages::certificate_reasonUnknown, c);
        }
        return new Outcome("valid", AppMessages::certificate_reasonValid, c);
    }

    private static Optional<UUID> credentialId(JsonNode credential) {
        String id = credential.path("id").asText("");
        if (!id.startsWith("urn:uuid:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id.substring("urn:uuid:".length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static DomainException garbage() {
        return new DomainException(400, AppMessages::certificate_errorNotACredential);
    }
}
