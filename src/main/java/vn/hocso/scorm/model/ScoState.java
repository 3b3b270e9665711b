package vn.hocso.scorm.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * The run-time data of one SCO in one attempt: typed columns for what progress and reports read, and the whole CMI
 * data model as JSON ({@link #cmi}, with interactions and objectives) for resuming.
 */
@Entity
@Table(name = "scorm_sco_state")
public class ScoState {

    /** Attempt + item identifier. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "attempt_id")
        public long attemptId;

        @Column(name = "item_id")
        public String itemId;

        public Key() {
        }

        public Key(long attemptId, String itemId) {
            this.attemptId = attemptId;
            this.itemId = itemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.attemptId == attemptId && k.itemId.equals(itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(attemptId, itemId);
        }
    }

    @EmbeddedId
    public Key key;

    /** completed, incomplete, not attempted, unknown (SCORM 1.2 browsed counts as incomplete). */
    @Column(name = "completion_status", nullable = false)
    public String completionStatus = "not attempted";

    /** passed, failed, unknown. */
    @Column(name = "success_status", nullable = false)
    public String successStatus = "unknown";

    @Column(name = "score_raw")
    public BigDecimal scoreRaw;

    @Column(name = "score_min")
    public BigDecimal scoreMin;

    @Column(name = "score_max")
    public BigDecimal scoreMax;

    @Column(name = "score_scaled")
    public BigDecimal scoreScaled;

    @Column(name = "progress_measure")
    public BigDecimal progressMeasure;

    /** Bookmark: 1.2 lesson_location, 2004 location. */
    public String location;

    @Column(name = "suspend_data")
    public String suspendData;

    /** The exit of the last session: suspend, logout, normal, time-out or "". */
    @Column(name = "exit_mode")
    public String exitMode;

    /** Time of all ended sessions plus the session time reported so far in the current one. */
    @Column(name = "total_time_ms", nullable = false)
    public long totalTimeMs;

    /** Session time the SCO reported in the current (or last) session. */
    @Column(name = "session_time_ms", nullable = false)
    public long sessionTimeMs;

    /** The whole data model as the runtime last committed it (JSON). */
    @Column(nullable = false)
    public String cmi = "{}";

    /** Sequence number of the last commit applied (commits with a lower or equal one change nothing). */
    @Column(name = "last_sequence", nullable = false)
    public long lastSequence = -1;

    @Column(nullable = false)
    public int launches;

    /** A session is open between a launch and the SCO's Terminate/LMSFinish. */
    @Column(name = "session_open", nullable = false)
    public boolean sessionOpen;

    /** The launch (token hash) the current session belongs to. */
    @Column(name = "session_launch")
    public String sessionLaunch;

    @Column(name = "session_started_at")
    public Instant sessionStartedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
