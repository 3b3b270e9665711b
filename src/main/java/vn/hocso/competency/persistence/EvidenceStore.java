package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.hocso.competency.model.Evidence;
import vn.hocso.competency.model.EvidenceKind;
import vn.hocso.competency.model.ModuleRef;

/**
 * The append-only evidence table (plain SQL, caller's transaction). Only inserts and reads: the database refuses
 * UPDATE, DELETE and TRUNCATE of evidence.
 */
@ApplicationScoped
public class EvidenceStore {

    /** A prior qualification to record. */
    public record Prior(long personId, long itemId, long levelId, Instant occurredAt, Instant validUntil, String note,
            String proofKey, String proofMediaType, String proofFilename, long createdBy) {
    }

    /** A person and where they work: for scope checks. */
    public record PersonUnit(long personId, String unitPath) {
    }

    private static final String COLUMNS = "id, person_id, kind, module_kind, module_id, item_id, level_id, score, "
            + "statement_id, occurred_at, valid_until, note, proof_media_type, proof_filename, created_by, created_at";

    @Inject
    EvidenceJdbc jdbc;

    /**
     * Records module evidence read from an LRS statement, once: a second call for the same statement and kind
     * inserts nothing.
     *
     * @return the new evidence id, or empty when that statement's evidence of this kind is already stored
     */
    public Optional<Long> insertModule(long personId, EvidenceKind kind, ModuleRef module, BigDecimal score,
            UUID statementId, UUID registration, Instant occurredAt) {
        return jdbc.one("INSERT INTO competency_evidence (person_id, kind, module_kind, module_id, score, "
                + "statement_id, registration, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (statement_id, kind) DO NOTHING RETURNING id", ps -> {
                    ps.setLong(1, personId);
                    ps.setString(2, kind.name());
                    ps.setString(3, module.kind().name());
                    ps.setLong(4, module.id());
                    ps.setBigDecimal(5, score);
                    ps.setObject(6, statementId);
                    ps.setObject(7, registration);
                    ps.setTimestamp(8, EvidenceJdbc.ts(occurredAt));
                }, rs -> rs.getLong(1));
    }

    /** Records a prior qualification and returns its id. */
    public long insertPrior(Prior p) {
        return jdbc.one("INSERT INTO competency_evidence (person_id, kind, item_id, level_id, occurred_at, "
                + "valid_until, note, proof_key, proof_media_type, proof_filename, created_by) "
                + "VALUES (?, 'PRIOR_QUALIFICATION', ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id", ps -> {
                    ps.setLong(1, p.personId());
                    ps.setLong(2, p.itemId());
                    ps.setLong(3, p.levelId());
                    ps.setTimestamp(4, EvidenceJdbc.ts(p.occurredAt()));
                    ps.setTimestamp(5, EvidenceJdbc.ts(p.validUntil()));
                    ps.setString(6, p.note());
                    ps.setString(7, p.proofKey());
                    ps.setString(8, p.proofMediaType());
                    ps.setString(9, p.proofFilename());
                    ps.setObject(10, p.createdBy(), Types.BIGINT);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    /** A person's evidence about any of these modules. */
    public List<Evidence> ofModules(long personId, Collection<ModuleRef> modules) {
        Long[] ids = modules.stream().map(ModuleRef::id).distinct().toArray(Long[]::new);
        return jdbc.list("SELECT " + COLUMNS + " FROM competency_evidence WHERE person_id = ? "
                + "AND module_kind = 'PACKAGE' AND module_id = ANY (?)", ps -> {
                    ps.setLong(1, personId);
                    ps.setArray(2, EvidenceJdbc.array(ps, "bigint", ids));
                }, EvidenceStore::read);
    }

    /** All of a person's evidence, newest first. */
    public List<Evidence> ofPerson(long personId) {
        return jdbc.list("SELECT " + COLUMNS + " FROM competency_evidence WHERE person_id = ? "
                + "ORDER BY occurred_at DESC, id DESC", ps -> ps.setLong(1, personId), EvidenceStore::read);
    }

    public Optional<Evidence> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " FROM competency_evidence WHERE id = ?", ps -> ps.setLong(1, id),
                EvidenceStore::read);
    }

    /** The content-store key of an evidence's proof file, if it has one. */
    public Optional<String> proofKey(long id) {
        return jdbc.one("SELECT proof_key FROM competency_evidence WHERE id = ? AND proof_key IS NOT NULL",
                ps -> ps.setLong(1, id), rs -> rs.getString(1));
    }

    /** Everyone who has evidence or attainment (the people a full recompute visits). */
    public List<Long> personIds() {
        return jdbc.list("SELECT person_id FROM competency_evidence UNION SELECT person_id FROM competency_attainment "
                + "ORDER BY 1", ps -> { }, rs -> rs.getLong(1));
    }

    /** Everyone who has module evidence of one of these packages (the people a new rule over them concerns). */
    public List<Long> personIdsWithPackages(Collection<Long> packageIds) {
        return jdbc.list("SELECT DISTINCT person_id FROM competency_evidence WHERE module_kind = 'PACKAGE' "
                + "AND module_id = ANY (?) ORDER BY 1",
                ps -> ps.setArray(1, EvidenceJdbc.array(ps, "bigint", packageIds.toArray())), rs -> rs.getLong(1));
    }

    /** A person and the path of their institution, empty when there is no such person. */
    public Optional<PersonUnit> personUnit(long personId) {
        return jdbc.one("SELECT p.id, u.path FROM person p JOIN org_unit u ON u.id = p.institution_id WHERE p.id = ?",
                ps -> ps.setLong(1, personId), rs -> new PersonUnit(rs.getLong(1), rs.getString(2)));
    }

    private static Evidence read(ResultSet rs) throws SQLException {
        String moduleKind = rs.getString("module_kind");
        return new Evidence(rs.getLong("id"), rs.getLong("person_id"), EvidenceKind.valueOf(rs.getString("kind")),
                moduleKind == null ? null : new ModuleRef(ModuleRef.Kind.valueOf(moduleKind), rs.getLong("module_id")),
                EvidenceJdbc.nullableLong(rs, "item_id"), EvidenceJdbc.nullableLong(rs, "level_id"),
                EvidenceJdbc.decimal(rs, "score"), rs.getObject("statement_id", UUID.class),
                EvidenceJdbc.instant(rs, "occurred_at"), EvidenceJdbc.instant(rs, "valid_until"),
                rs.getString("note"), rs.getString("proof_media_type"), rs.getString("proof_filename"),
                EvidenceJdbc.nullableLong(rs, "created_by"), EvidenceJdbc.instant(rs, "created_at"));
    }
}
