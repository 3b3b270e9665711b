package vn.hocso.certification.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import vn.hocso.certification.model.IssuerKey;
import vn.hocso.certification.persistence.IssuerKeyRepository;

/**
 * The issuer's Ed25519 keys (JDK provider). The first key is generated at start-up; {@link #rotate} retires the
 * current key and generates the next one, which signs from then on. Retired keys stay published (issuer profile, JWK
 * endpoint) and keep verifying what they signed. Private keys exist in clear only in memory.
 */
@ApplicationScoped
public class IssuerKeys {

    private static final Logger LOG = Logger.getLogger(IssuerKeys.class);

    /** A signature and the key that made it. */
    public record Signed(String kid, byte[] signature) {
    }

    @Inject
    IssuerKeyRepository keys;

    @Inject
    KeyEncryption encryption;

    @Inject
    IssuerUrls urls;

    private final Map<String, PrivateKey> privateKeys = new ConcurrentHashMap<>();
    private final Map<String, PublicKey> publicKeys = new ConcurrentHashMap<>();

    @Transactional
    void onStart(@Observes StartupEvent event) {
        IssuerKey key = current();
        privateKey(key);  // fails start-up loudly when the key-encryption secret does not open the stored key
        LOG.infof("Issuer signing key %s is current", key.kid);
    }

    /** The current signing key, generating the first one if there is none. */
    @Transactional
    public IssuerKey current() {
        return keys.current().orElseGet(this::generate);
    }

    /**
     * Retires the current key and makes a new one current.
     *
     * @return the new current key
     */
    @Transactional
    public IssuerKey rotate() {
        keys.lockCurrent().ifPresent(old -> {
            old.retiredAt = Instant.now();
            keys.flush();
        });
        IssuerKey next = generate();
        LOG.infof("Issuer key rotated: %s signs from now on", next.kid);
        return next;
    }

    /** Signs with the current key (Ed25519 over the bytes). */
    @Transactional
    public Signed sign(byte[] data) {
        return sign(kid -> data);
    }

    /**
     * Signs with the current key bytes that name it (e.g. a Data Integrity proof configuration whose
     * verificationMethod is the key's URL): {@code data} gets the key id.
     */
    @Transactional
    public Signed sign(java.util.function.Function<String, byte[]> data) {
        IssuerKey key = current();
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey(key));
            signer.update(data.apply(key.kid));
            return new Signed(key.kid, signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** True when {@code signature} over {@code data} verifies with the (current or retired) key {@code kid}. */
    public boolean verify(String kid, byte[] data, byte[] signature) {
        Optional<PublicKey> key = publicKey(kid);
        if (key.isEmpty()) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key.get());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The public key of {@code kid}, if it is one of the issuer's keys. */
    @Transactional
    public Optional<PublicKey> publicKey(String kid) {
        PublicKey cached = publicKeys.get(kid);
        if (cached != null) {
            return Optional.of(cached);
        }
        return keys.findByKid(kid).map(k -> {
            PublicKey key = Ed25519Keys.fromRaw(k.publicKey);
            publicKeys.put(kid, key);
            return key;
        });
    }

    /** Every key, oldest first. */
    @Transactional
    public List<IssuerKey> all() {
        return keys.all();
    }

    @Transactional
    public Optional<IssuerKey> find(String kid) {
        return keys.findByKid(kid);
    }

    /** The JOSE {@code kid} of a key: the URL of its JWK. */
    public String keyUrl(String kid) {
        return urls.key(kid);
    }

    private IssuerKey generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            byte[] raw = Ed25519Keys.raw(pair.getPublic());
            IssuerKey key = new IssuerKey();
            key.kid = "ed25519-" + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(raw)).substring(0, 16);
            key.publicKey = raw;
            key.privateKeyEnc = encryption.seal(pair.getPrivate().getEncoded(), key.kid);
            key.kekFingerprint = encryption.fingerprint();
            keys.persistAndFlush(key);
            privateKeys.put(key.kid, pair.getPrivate());
            return key;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable in this JDK", e);
        }
    }

    private PrivateKey privateKey(IssuerKey key) {
        return privateKeys.computeIfAbsent(key.kid, kid -> {
            try {
                byte[] pkcs8 = encryption.open(key.privateKeyEnc, kid);
                return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Stored issuer key " + kid + " is not an Ed25519 private key", e);
            }
        });
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
