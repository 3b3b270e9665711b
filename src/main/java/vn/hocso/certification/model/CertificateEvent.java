package vn.hocso.certification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a certificate's append-only trail: who did what, when and why. */
@Entity
@Table(name = "certificate_event")
public class CertificateEvent {

    /** What happened to the certificate. */
    public enum Action { QUEUED, ISSUED, APPROVED, REJECTED, REVOKED, SUPERSEDED, RENEWED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    public long certificateId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Action action;

    @Column(name = "actor_id", updatable = false)
    public Long actorId;

    @Column(name = "actor_name", nullable = false, updatable = false)
    public String actorName;

    @Column(updatable = false)
    public String reason;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt = Instant.now();
}
