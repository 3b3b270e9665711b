package vn.hocso.cmi5.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A learner's enrolment in a cmi5 course: the registration every AU launch of it carries, on one package version. */
@Entity
@Table(name = "cmi5_registration")
public class Cmi5Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID registration;

    @Column(name = "package_id", nullable = false)
    public long packageId;

    @Column(name = "version_id", nullable = false)
    public long versionId;

    /** The LMS account, or null for an actor given through the launch API. */
    @Column(name = "account_id")
    public Long accountId;

    /** The learner's xAPI agent (JSON). */
    @Column(nullable = false)
    public String actor;

    @Column(name = "actor_ifi", nullable = false)
    public String actorIfi;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();
}
