package vn.hocso.certification.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * SPI through which certificates read competency attainment, which the competency feature owns. The competency feature
 * provides the implementation ({@code vn.hocso.competency.persistence.CompetencyAttainmentSource}, over its
 * {@code competency_attainment} table: ACTIVE, unexpired rows).
 *
 * <p>Implementations are called inside the certificate transaction and must not write.
 */
public interface AttainmentSource {

    /**
     * One attained competency item.
     *
     * @param itemId the competency item
     * @param levelId the proficiency level reached
     * @param levelOrdinal that level's ordinal in its framework's scale (higher is better)
     * @param achievedAt when the level was reached (new evidence makes a new, later attainment)
     * @param expiresAt when the attainment lapses, or null
     * @param evidenceIds the evidence records behind it (may be empty)
     */
    record Attained(long itemId, long levelId, int levelOrdinal, Instant achievedAt, Instant expiresAt,
            List<Long> evidenceIds) {
        public Attained {
            evidenceIds = evidenceIds == null ? List.of() : List.copyOf(evidenceIds);
        }

        /** True when the attainment still holds at {@code now}. */
        public boolean heldAt(Instant now) {
            return expiresAt == null || expiresAt.isAfter(now);
        }
    }

    /**
     * The person's current attainment of the item if it is at least at {@code minLevelOrdinal} and not expired.
     *
     * @return empty when not attained, attained below that level, or expired
     */
    Optional<Attained> attained(long personId, long itemId, int minLevelOrdinal);

    /**
     * The active people of a subtree who currently hold the item at least at {@code minLevelOrdinal}.
     *
     * @param orgPath the subtree's path; people whose institution's path starts with it count
     * @return person ids, ascending
     */
    List<Long> holders(long itemId, int minLevelOrdinal, String orgPath);

    /** Every current attainment of the person (any level), for display and diagnostics. */
    List<Attained> attainments(long personId);
}
