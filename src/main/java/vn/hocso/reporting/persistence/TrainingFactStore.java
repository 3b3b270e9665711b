package vn.hocso.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hocso.competency.persistence.EvidenceJdbc;

/**
 * The training facts ({@code person_training}): who is trained on which plan topic at which level, derived from
 * {@code competency_attainment} through {@code plan_topic}. Plain SQL on the caller's transaction; a person's facts
 * are replaced as a whole, so refreshing twice changes nothing.
 */
@ApplicationScoped
public class TrainingFactStore {

    /**
     * The facts as they follow from the attainment table; {@code %s} is an extra condition on {@code a} (the
     * attainment). BASIC: the topic's competency at any level; ADVANCED: at the advanced rank or above.
     */
    private static final String DERIVE = """
            INSERT INTO person_training (person_id, topic_code, training_level, first_at, last_at, valid_until, active)
            SELECT a.person_id, t.code, lv.training_level, min(a.achieved_at), max(a.achieved_at),
                   CASE WHEN bool_or(a.expires_at IS NULL) THEN NULL ELSE max(a.expires_at) END,
                   bool_or(a.status = 'ACTIVE')
              FROM competency_attainment a
              JOIN competency_item i ON i.id = a.item_id
              JOIN competency_framework f ON f.id = i.framework_id
              JOIN plan_topic t ON t.framework_code = f.code AND t.item_code = i.human_code
              JOIN (SELECT l.id, rank() OVER (PARTITION BY l.framework_id ORDER BY l.ordinal) AS r
                      FROM proficiency_level l) lr ON lr.id = a.level_id
             CROSS JOIN (VALUES ('BASIC'), ('ADVANCED')) AS lv (training_level)
             WHERE (lv.training_level = 'BASIC' OR lr.r >= t.advanced_rank) %s
             GROUP BY a.person_id, t.code, lv.training_level
            """;

    @Inject
    EvidenceJdbc jdbc;

    /** Replaces one person's facts by those their attainment gives now. */
    public void refresh(long personId) {
        jdbc.update("DELETE FROM person_training WHERE person_id = ?", ps -> ps.setLong(1, personId));
        jdbc.update(DERIVE.formatted("AND a.person_id = ?"), ps -> ps.setLong(1, personId));
    }

    /**
     * Replaces every fact (after a change of the topics' mapping, or to check the incremental upkeep), then the
     * dashboard counters; the per-change counter triggers are off meanwhile (SET LOCAL: this transaction only).
     */
    public int rebuild() {
        jdbc.list("SELECT set_config('hocso.cells_off', 'on', true)", ps -> { }, rs -> null);
        jdbc.update("DELETE FROM person_training", ps -> { });
        int rows = jdbc.update(DERIVE.formatted(""), ps -> { });
        jdbc.list("SELECT set_config('hocso.cells_off', 'off', true)", ps -> { }, rs -> null);
        jdbc.list("SELECT hocso_recompute_cells()", ps -> { }, rs -> null);
        // Every row changed: give the planner fresh statistics now rather than when autovacuum gets to it (stale
        // ones made the first "not yet trained" queries after a rebuild take a minute in the benchmark).
        jdbc.update("ANALYZE person_training", ps -> { });
        jdbc.update("ANALYZE training_cell", ps -> { });
        return rows;
    }
}
