package vn.hocso.scorm.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One attempt of a learner on a package: bound to the package version it started on, identified in the LRS by its
 * registration. Open until the learner completes it and exits normally, or starts a new one.
 */
@Entity
@Table(name = "scorm_attempt")
public class ScormAttempt {

    /** OPEN attempts are resumed on the next launch; CLOSED ones are history. */
    public enum Status { OPEN, CLOSED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID registration;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "package_id", nullable = false)
    public long packageId;

    @Column(name = "version_id", nullable = false)
    public long versionId;

    @Column(name = "attempt_no", nullable = false)
    public int attemptNo;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.OPEN;

    /** Rolled-up completion of the attempt: completed, incomplete, not attempted or unknown. */
    @Column(nullable = false)
    public String completion = "unknown";

    /** Rolled-up success: passed, failed or unknown. */
    @Column(nullable = false)
    public String success = "unknown";

    @Column(name = "score_scaled")
    public BigDecimal scoreScaled;

    @Column(name = "total_time_ms", nullable = false)
    public long totalTimeMs;

    /** The item the learner was last in (where a relaunch resumes). */
    @Column(name = "current_item")
    public String currentItem;

    /** The browser sequencer's state (SCORM 2004), opaque JSON, or null. */
    @Column(name = "sequencing_state")
    public String sequencingState;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @Column(name = "closed_at")
    public Instant closedAt;

    /** Total time in whole minutes (for pages). */
    public long minutes() {
        return totalTimeMs / 60_000;
    }

    /** The scaled score as a percentage text ("85 %"), or null. */
    public String scorePercent() {
        return scoreScaled == null ? null
                : scoreScaled.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP) + " %";
    }
}
