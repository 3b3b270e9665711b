package vn.hocso.certification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Embedded Data Integrity proofs (W3C VC Data Integrity 1.0) with the {@code eddsa-rdfc-2022} cryptosuite (W3C EdDSA
 * Cryptosuites v1.0): the proof configuration and the credential without proof are canonicalised (RDFC-1.0,
 * {@link JsonLdCanon}), each hashed with SHA-256, and the two hashes (configuration first) are signed with the issuer's
 * current Ed25519 key; {@code proofValue} is the base58btc multibase signature and {@code verificationMethod} the
 * key's Multikey document URL ({@code /issuer/multikeys/{kid}}), listed under {@code assertionMethod} of the issuer
 * profile. Anyone holding the credential JSON can check it without asking HocSo, with any conforming verifier. The
 * published test vector of the specification is reproduced byte for byte ({@code DataIntegrityTest}).
 */
@ApplicationScoped
public class DataIntegrity {

    public static final String TYPE = "DataIntegrityProof";
    public static final String CRYPTOSUITE = "eddsa-rdfc-2022";

    /** The verdict on a credential's embedded proof. */
    public enum Check {
        /** the proof verifies with one of the issuer's keys */
        VALID,
        /** the credential has no proof */
        NO_PROOF,
        /** a proof of another type or cryptosuite, or one that cannot be processed (bad context, bad value) */
        UNSUPPORTED,
        /** the verification method is not one of the issuer's keys */
        FOREIGN_KEY,
        /** the signature does not match the content: something was changed */
        BAD_SIGNATURE
    }

    @Inject
    IssuerKeys keys;

    @Inject
    IssuerUrls urls;

    /**
     * The credential with a proof by the issuer's current key, created at {@code created} (whole seconds). The proof is
     * written as a one-element array, the form the OB 3.0 JSON schema requires.
     */
    public ObjectNode sign(ObjectNode credential, Instant created) {
        ObjectNode unsecured = credential.deepCopy();
        unsecured.remove("proof");
        String[] method = new String[1];
        IssuerKeys.Signed signed = keys.sign(kid -> {
            method[0] = urls.multikey(kid);
            return hashData(JsonLdCanon.STANDARD, unsecured, options(method[0], created));
        });
        ObjectNode proof = options(method[0], created);
        proof.put("proofValue", "z" + Ed25519Keys.base58(signed.signature()));
        unsecured.putArray("proof").add(proof);
        return unsecured;
    }

    /** Checks the embedded proof against the issuer's keys (current or retired). */
    public Check verify(ObjectNode secured) {
        return verify(JsonLdCanon.STANDARD, secured, method -> Optional.ofNullable(urls.kidOf(method))
                .flatMap(keys::publicKey));
    }

    /**
     * Checks the embedded proof (an object, or an array of proofs that must all verify) with the keys {@code resolve}
     * knows (empty for a verification method it does not). Never throws for bad input: a malformed proof is
     * {@link Check#UNSUPPORTED}.
     */
    public static Check verify(JsonLdCanon canon, ObjectNode secured, Function<String, Optional<PublicKey>> resolve) {
        JsonNode proofs = secured.get("proof");
        if (proofs == null || proofs.isNull() || (proofs.isArray() && proofs.isEmpty())) {
            return Check.NO_PROOF;
        }
        ObjectNode unsecured = secured.deepCopy();
        unsecured.remove("proof");
        for (JsonNode proof : proofs.isArray() ? proofs : List.of(proofs)) {
            Check c = verifyOne(canon, unsecured, proof, resolve);
            if (c != Check.VALID) {
                return c;
            }
        }
        return Check.VALID;
    }

    private static Check verifyOne(JsonLdCanon canon, ObjectNode unsecured, JsonNode proof,
            Function<String, Optional<PublicKey>> resolve) {
        if (!proof.isObject() || !TYPE.equals(proof.path("type").asText())
                || !CRYPTOSUITE.equals(proof.path("cryptosuite").asText())
                || !proof.path("proofValue").isTextual() || !proof.path("verificationMethod").isTextual()) {
            return Check.UNSUPPORTED;
        }
        Optional<PublicKey> key = resolve.apply(proof.get("verificationMethod").asText());
        if (key.isEmpty()) {
            return Check.FOREIGN_KEY;
        }
        ObjectNode options = ((ObjectNode) proof).deepCopy();
        options.remove("proofValue");
        try {
            byte[] signature = Ed25519Keys.fromMultibase(proof.get("proofValue").asText());
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.get());
            verifier.update(hashData(canon, unsecured, options));
            return verifier.verify(signature) ? Check.VALID : Check.BAD_SIGNATURE;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return Check.UNSUPPORTED;
        } catch (GeneralSecurityException e) {
            return Check.BAD_SIGNATURE;
        }
    }

    /** The proof value of a signature with a given key (for test vectors and tools). */
    public static String proofValue(JsonLdCanon canon, ObjectNode unsecured, ObjectNode options, PrivateKey key)
            throws GeneralSecurityException {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key);
        signer.update(hashData(canon, unsecured, options));
        return "z" + Ed25519Keys.base58(signer.sign());
    }

    /** The proof options (everything but proofValue) of a HocSo proof. */
    static ObjectNode options(String verificationMethod, Instant created) {
        ObjectNode o = CredentialJson.MAPPER.createObjectNode();
        o.put("type", TYPE);
        o.put("cryptosuite", CRYPTOSUITE);
        o.put("created", created.truncatedTo(ChronoUnit.SECONDS).toString());
        o.put("verificationMethod", verificationMethod);
        o.put("proofPurpose", "assertionMethod");
        return o;
    }

    /**
     * The bytes signed: SHA-256 of the canonical proof configuration (the options with the document's
     * {@code @context}) followed by SHA-256 of the canonical document.
     *
     * @throws IllegalStateException when either cannot be canonicalised (wrapping {@link JsonLdCanon.Invalid})
     */
    static byte[] hashData(JsonLdCanon canon, ObjectNode unsecured, ObjectNode options) {
        ObjectNode config = options.deepCopy();
        config.set("@context", unsecured.get("@context"));
        try {
            byte[] configHash = sha256(canon.nquads(config));
            byte[] documentHash = sha256(canon.nquads(unsecured));
            byte[] both = new byte[64];
            System.arraycopy(configHash, 0, both, 0, 32);
            System.arraycopy(documentHash, 0, both, 32, 32);
            return both;
        } catch (JsonLdCanon.Invalid e) {
            throw new IllegalStateException("Cannot canonicalise: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
