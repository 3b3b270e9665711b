package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import vn.hocso.competency.model.Attainment;

/** The derived attainment table (plain SQL, caller's transaction). */
@ApplicationScoped
public class AttainmentStore {

    /** An attainment that has just expired. */
    public record Expired(long personId, long itemId) {
    }

    private static final String COLUMNS = "person_id, item_id, level_id, rule_id, evidence_ids, achieved_at, "
            + "expires_at, status";

    @Inject
    EvidenceJdbc jdbc;

    /** A person's attainments (active and expired). */
    public List<Attainment> ofPerson(long personId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM competency_attainment WHERE person_id = ? "
                + "ORDER BY item_id, level_id, rule_id NULLS FIRST", ps -> ps.setLong(1, personId),
                AttainmentStore::read);
    }

    /** Inserts the attainment or replaces the one with the same key. */
    public void save(Attainment a) {
        jdbc.update("INSERT INTO competency_attainment (" + COLUMNS + ", computed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, now()) ON CONFLICT ON CONSTRAINT competency_attainment_key "
                + "DO UPDATE SET evidence_ids = excluded.evidence_ids, achieved_at = excluded.achieved_at, "
                + "expires_at = excluded.expires_at, status = excluded.status, computed_at = now()", ps -> {
                    ps.setLong(1, a.personId());
                    ps.setLong(2, a.itemId());
                    ps.setLong(3, a.levelId());
                    ps.setObject(4, a.ruleId(), Types.BIGINT);
                    ps.setArray(5, EvidenceJdbc.array(ps, "bigint", a.evidenceIds().toArray()));
                    ps.setTimestamp(6, EvidenceJdbc.ts(a.achievedAt()));
                    ps.setTimestamp(7, EvidenceJdbc.ts(a.expiresAt()));
                    ps.setString(8, a.status().name());
                });
    }

    /** Deletes the attainment with this key (no longer derived). */
    public void delete(Attainment.Key k) {
        jdbc.update("DELETE FROM competency_attainment WHERE person_id = ? AND item_id = ? AND level_id = ? "
                + "AND rule_id IS NOT DISTINCT FROM ?", ps -> {
                    ps.setLong(1, k.personId());
                    ps.setLong(2, k.itemId());
                    ps.setLong(3, k.levelId());
                    ps.setObject(4, k.ruleId(), Types.BIGINT);
                });
    }

    /** The people and items that hold attainment by a rule (before the rule is deleted). */
    public List<Expired> byRule(long ruleId) {
        return jdbc.list("SELECT person_id, item_id FROM competency_attainment WHERE rule_id = ?",
                ps -> ps.setLong(1, ruleId), rs -> new Expired(rs.getLong(1), rs.getLong(2)));
    }

    /** Marks active attainments whose expiry has come as EXPIRED and returns them. */
    public List<Expired> expireDue(Instant now) {
        return jdbc.list("UPDATE competency_attainment SET status = 'EXPIRED', computed_at = now() "
                + "WHERE status = 'ACTIVE' AND expires_at <= ? RETURNING person_id, item_id",
                ps -> ps.setTimestamp(1, EvidenceJdbc.ts(now)), rs -> new Expired(rs.getLong(1), rs.getLong(2)));
    }

    private static Attainment read(ResultSet rs) throws SQLException {
        Long[] ids = (Long[]) rs.getArray("evidence_ids").getArray();
        return new Attainment(rs.getLong("person_id"), rs.getLong("item_id"), rs.getLong("level_id"),
                EvidenceJdbc.nullableLong(rs, "rule_id"), Arrays.asList(ids), EvidenceJdbc.instant(rs, "achieved_at"),
                EvidenceJdbc.instant(rs, "expires_at"), Attainment.Status.valueOf(rs.getString("status")));
    }
}
