package vn.hocso.competency.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A rule that maps modules to a competency level: the learner attains {@code itemId} at {@code levelId} when the
 * {@code combinator} holds over {@code modules}, each module judged by {@code condition}.
 *
 * @param requiredCount n of N_OF_M (null otherwise)
 * @param minScore the scaled score (0..1) SCORE_AT_LEAST needs (null otherwise)
 * @param validityMonths the attainment expires that many months after the evidence that completed it; null = never
 */
public record ModuleRule(long id, long itemId, long levelId, Combinator combinator, Integer requiredCount,
        Condition condition, BigDecimal minScore, Integer validityMonths, List<ModuleRef> modules,
        Instant createdAt) {

    /** How the modules' results combine. */
    public enum Combinator {
        /** every module */
        ALL,
        /** at least one module */
        ANY,
        /** at least {@code requiredCount} of the modules */
        N_OF_M
    }

    /** What a module must show. */
    public enum Condition {
        /** module completed (SCORM attempt completed, cmi5 course satisfied, xAPI course completed) */
        COMPLETED,
        /** module passed (SCORM attempt passed, xAPI course passed) */
        PASSED,
        /** a scaled score (result.score.scaled) of at least {@code minScore} */
        SCORE_AT_LEAST
    }

    /** How many modules must meet the condition. */
    public int needed() {
        return switch (combinator) {
            case ALL -> modules.size();
            case ANY -> 1;
            case N_OF_M -> requiredCount;
        };
    }
}
