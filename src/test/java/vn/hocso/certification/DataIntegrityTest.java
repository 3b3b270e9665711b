package vn.hocso.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.certification.service.CredentialBuilder;
import vn.hocso.certification.service.DataIntegrity;
import vn.hocso.certification.service.Ed25519Keys;
import vn.hocso.certification.service.JsonLdCanon;

/**
 * The {@code eddsa-rdfc-2022} Data Integrity proof against the test vector of W3C "Data Integrity EdDSA Cryptosuites
 * v1.0" (TestVectors/eddsa-rdfc-2022 of github.com/w3c/vc-di-eddsa, copied under {@code src/test/resources/di-eddsa}):
 * the canonical document and proof configuration, the proof value (Ed25519 is deterministic, so byte for byte), and
 * verification of the signed credential; the same for the Open Badges 3.0 test vector of 1EdTech's implementation
 * guide; then a changed byte, a foreign key, a missing proof, an unknown context and undefined terms.
 */
class DataIntegrityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonLdCanon CANON = new JsonLdCanon(Map.of(
            CredentialBuilder.VC_CONTEXT, "certification/jsonld/credentials-v2.jsonld",
            "https://www.w3.org/ns/credentials/examples/v2", "di-eddsa/credentials-examples-v2.jsonld"));

    private static String text(String name) throws IOException {
        try (InputStream in = DataIntegrityTest.class.getClassLoader().getResourceAsStream("di-eddsa/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ObjectNode json(String name) throws IOException {
        return (ObjectNode) JSON.readTree(text(name));
    }

    private static byte[] keyBytes(String multibase) {
        byte[] b = Ed25519Keys.fromMultibase(multibase);
        return Arrays.copyOfRange(b, 2, b.length);  // drop the multicodec prefix (0xed01 public, 0x8026 private)
    }

    private static PublicKey publicKey() throws IOException {
        return Ed25519Keys.fromRaw(keyBytes(json("keyPair.json").get("publicKeyMultibase").asText()));
    }

    @Test
    @DisplayName("Canonical document, canonical proof configuration and proof value equal the W3C test vector")
    void testVector() throws Exception {
        ObjectNode unsigned = json("unsigned.json");
        ObjectNode config = json("proofConfigDataInt.json");
        assertEquals(text("canonDocDataInt.txt").strip() + "\n", CANON.nquads(unsigned));
        assertEquals(text("proofCanonDataInt.txt").strip() + "\n", CANON.nquads(config));

        byte[] seed = keyBytes(json("keyPair.json").get("privateKeyMultibase").asText());
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                HexFormat.of().parseHex("302e020100300506032b657004220420" + HexFormat.of().formatHex(seed))));
        ObjectNode options = config.deepCopy();
        options.remove("@context");
        assertEquals(text("sigBTC58DataInt.txt").strip(), DataIntegrity.proofValue(CANON, unsigned, options, key));
    }

    @Test
    @DisplayName("The Open Badges 3.0 test vector of 1EdTech (bundled VC 2.0 + OB 3.0.3 contexts): canonical document, "
            + "canonical proof, proof value; the signed badge verifies")
    void openBadgesTestVector() throws Exception {
        ObjectNode signed = json("ob/signed-credential.json");
        ObjectNode unsigned = signed.deepCopy();
        unsigned.remove("proof");
        ObjectNode options = ((ObjectNode) signed.get("proof")).deepCopy();
        options.remove("proofValue");
        ObjectNode config = options.deepCopy();
        config.set("@context", unsigned.get("@context"));
        assertEquals(text("ob/document-canon.txt").strip() + "\n", JsonLdCanon.STANDARD.nquads(unsigned));
        assertEquals(text("ob/proof-canon.txt").strip() + "\n", JsonLdCanon.STANDARD.nquads(config));
        byte[] seed = HexFormat.of().parseHex("6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4");
        PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(
                HexFormat.of().parseHex("302e020100300506032b657004220420" + HexFormat.of().formatHex(seed))));
        assertEquals(signed.at("/proof/proofValue").asText(),
                DataIntegrity.proofValue(JsonLdCanon.STANDARD, unsigned, options, key));
        PublicKey pub = Ed25519Keys.fromRaw(keyBytes("z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi"));
        assertEquals(DataIntegrity.Check.VALID, DataIntegrity.verify(JsonLdCanon.STANDARD, signed,
                m -> Optional.of(pub)));
    }

    @Test
    @DisplayName("Like other verifiers' safe mode, a property or type no context defines is refused, never silently "
            + "left out of the signed data")
    void undefinedTermsAreRefused() throws Exception {
        String base = "{\"@context\": [\"https://www.w3.org/ns/credentials/v2\"], \"id\": \"urn:uuid:1\", ";
        CANON.nquads((ObjectNode) JSON.readTree(base + "\"type\": [\"VerifiableCredential\"]}"));
        org.junit.jupiter.api.Assertions.assertThrows(JsonLdCanon.Invalid.class, () -> CANON.nquads((ObjectNode)
                JSON.readTree(base + "\"type\": [\"VerifiableCredential\"], \"nickname\": \"x\"}")));
        org.junit.jupiter.api.Assertions.assertThrows(JsonLdCanon.Invalid.class, () -> CANON.nquads((ObjectNode)
                JSON.readTree(base + "\"type\": [\"VerifiableCredential\", \"HomemadeCredential\"]}")));
        org.junit.jupiter.api.Assertions.assertThrows(JsonLdCanon.Invalid.class, () -> CANON.nquads((ObjectNode)
                JSON.readTree(base + "\"type\": [\"VerifiableCredential\"], \"credentialSchema\": "
                        + "[{\"id\": \"https://example.org/s.json\", \"type\": \"1EdTechJsonSchemaValidator2019\"}]}")));
    }

    @Test
    @DisplayName("The signed test credential verifies; a changed value, a foreign key, no proof, an unknown context "
            + "do not")
    void verification() throws Exception {
        ObjectNode signed = json("signedDataInt.json");
        PublicKey pub = publicKey();
        String method = signed.at("/proof/verificationMethod").asText();
        java.util.function.Function<String, Optional<PublicKey>> resolve =
                m -> m.equals(method) ? Optional.of(pub) : Optional.empty();
        assertEquals(DataIntegrity.Check.VALID, DataIntegrity.verify(CANON, signed, resolve));

        ObjectNode changed = signed.deepCopy();
        ((ObjectNode) changed.get("credentialSubject")).put("alumniOf", "The School of Exemples");
        assertEquals(DataIntegrity.Check.BAD_SIGNATURE, DataIntegrity.verify(CANON, changed, resolve));
        ObjectNode otherDate = signed.deepCopy();
        ((ObjectNode) otherDate.get("proof")).put("created", "2023-02-24T23:36:39Z");
        assertEquals(DataIntegrity.Check.BAD_SIGNATURE, DataIntegrity.verify(CANON, otherDate, resolve));
        assertEquals(DataIntegrity.Check.FOREIGN_KEY, DataIntegrity.verify(CANON, signed, m -> Optional.empty()));
        ObjectNode bare = signed.deepCopy();
        bare.remove("proof");
        assertEquals(DataIntegrity.Check.NO_PROOF, DataIntegrity.verify(CANON, bare, resolve));
        ObjectNode foreignContext = signed.deepCopy();
        foreignContext.withArray("@context").add("https://example.org/not-bundled/v1");
        assertEquals(DataIntegrity.Check.UNSUPPORTED, DataIntegrity.verify(CANON, foreignContext, resolve));
        ObjectNode garbage = signed.deepCopy();
        ((ObjectNode) garbage.get("proof")).put("proofValue", "not-multibase");
        assertEquals(DataIntegrity.Check.UNSUPPORTED, DataIntegrity.verify(CANON, garbage, resolve));
    }
}
