package vn.hocso.certification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A certificate of one person for one type and one achievement. Once issued, {@link #credentialJson} and
 * {@link #credentialJwt} are an immutable snapshot (the PDF is rendered from them); revocation and renewal change only
 * the status columns.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "credential_id", nullable = false, unique = true, updatable = false)
    public UUID credentialId;

    /** Short public code of the verification page {@code /verify/{code}}. */
    @Column(name = "verification_code", nullable = false, unique = true, updatable = false)
    public String verificationCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false, updatable = false)
    public CertificateType type;

    @Column(name = "person_id", nullable = false, updatable = false)
    public long personId;

    /** Path of the holder's institution when the rule was met: administrators of that subtree manage it. */
    @Column(name = "org_path", nullable = false, updatable = false)
    public String orgPath;

    /** The holder's full name (NFC) when the rule was met. */
    @Column(name = "holder_name", nullable = false, updatable = false)
    public String holderName;

    @Column(name = "achievement_key", nullable = false, updatable = false)
    public String achievementKey;

    @Column(name = "achieved_at", nullable = false, updatable = false)
    public Instant achievedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CertificateStatus status;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    @Column(name = "valid_from")
    public Instant validFrom;

    @Column(name = "valid_until")
    public Instant validUntil;

    @Column(name = "credential_json")
    public String credentialJson;

    @Column(name = "credential_jwt")
    public String credentialJwt;

    @Column(name = "signing_kid")
    public String signingKid;

    @Column(name = "status_list_id")
    public Long statusListId;

    @Column(name = "status_index")
    public Integer statusIndex;

    @Column(name = "supersedes_id")
    public Long supersedesId;

    /** Reason of a rejection or revocation. */
    @Column(name = "decided_reason")
    public String decidedReason;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    /** True when issued and past its validUntil at {@code now}. */
    public boolean expiredAt(Instant now) {
        return status == CertificateStatus.ISSUED && validUntil != null && !validUntil.isAfter(now);
    }
}
