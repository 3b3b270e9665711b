package vn.hocso.certification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An Ed25519 signing key of the issuer; the private key is stored encrypted (see {@code KeyEncryption}). */
@Entity
@Table(name = "issuer_key")
public class IssuerKey {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String kid;

    /** The raw 32-byte Ed25519 public key. */
    @Column(name = "public_key", nullable = false, updatable = false)
    public byte[] publicKey;

    /** AES-256-GCM: 12-byte nonce followed by the sealed PKCS#8 private key. */
    @Column(name = "private_key_enc", nullable = false, updatable = false)
    public byte[] privateKeyEnc;

    @Column(name = "kek_fingerprint", nullable = false, updatable = false)
    public String kekFingerprint;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    /** When the key stopped signing; null for the current key. */
    @Column(name = "retired_at")
    public Instant retiredAt;
}
