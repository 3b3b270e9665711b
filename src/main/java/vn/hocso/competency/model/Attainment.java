package vn.hocso.competency.model;

import java.time.Instant;
import java.util.List;

/**
 * A derived attainment: the person holds the item at the level, by a rule (or by a prior qualification when
 * {@code ruleId} is null), since {@code achievedAt}, until {@code expiresAt} (null = no expiry).
 *
 * @param evidenceIds the evidence the rule used, ascending
 */
public record Attainment(long personId, long itemId, long levelId, Long ruleId, List<Long> evidenceIds,
        Instant achievedAt, Instant expiresAt, Status status) {

    /** Whether the attainment still counts. */
    public enum Status {
        ACTIVE,
        EXPIRED
    }

    /** The key: one attainment per person, item, level and rule. */
    public record Key(long personId, long itemId, long levelId, Long ruleId) {
    }

    public Key key() {
        return new Key(personId, itemId, levelId, ruleId);
    }
}
