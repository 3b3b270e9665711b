package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.model.ModuleRule;

/** Module rules and their modules (plain SQL, caller's transaction). */
@ApplicationScoped
public class ModuleRuleStore {

    /** A package some rule maps: its id, standard and descriptor identifier (the xAPI activity id of tincan). */
    public record MappedPackage(long id, String standard, String identifier) {
    }

    private static final String RULE_COLUMNS = "r.id, r.item_id, r.level_id, r.combinator, r.required_count, "
            + "r.condition, r.min_score, r.validity_months, r.created_at";

    @Inject
    EvidenceJdbc jdbc;

    /** Inserts a rule with its modules and returns its id. */
    public long insert(ModuleRule r, Long createdBy) {
        long id = jdbc.one("INSERT INTO competency_module_rule (item_id, level_id, combinator, required_count, "
                + "condition, min_score, validity_months, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                ps -> {
                    ps.setLong(1, r.itemId());
                    ps.setLong(2, r.levelId());
                    ps.setString(3, r.combinator().name());
                    ps.setObject(4, r.requiredCount(), Types.INTEGER);
                    ps.setString(5, r.condition().name());
                    ps.setBigDecimal(6, r.minScore());
                    ps.setObject(7, r.validityMonths(), Types.INTEGER);
                    ps.setObject(8, createdBy, Types.BIGINT);
                }, rs -> rs.getLong(1)).orElseThrow();
        for (ModuleRef m : r.modules()) {
            jdbc.update("INSERT INTO competency_rule_module (rule_id, module_kind, module_id) VALUES (?, ?, ?)", ps -> {
                ps.setLong(1, id);
                ps.setString(2, m.kind().name());
                ps.setLong(3, m.id());
            });
        }
        return id;
    }

    /** Deletes a rule (its modules and attainments go with it); false when there is none. */
    public boolean delete(long id) {
        return jdbc.update("DELETE FROM competency_module_rule WHERE id = ?", ps -> ps.setLong(1, id)) > 0;
    }

    public Optional<ModuleRule> find(long id) {
        return load("WHERE r.id = ?", ps -> ps.setLong(1, id)).stream().findFirst();
    }

    /** Active attainments each rule gives, by rule id (rules without any are left out). */
    public Map<Long, Long> activeHolderCounts() {
        Map<Long, Long> counts = new LinkedHashMap<>();
        jdbc.list("SELECT rule_id, count(*) FROM competency_attainment WHERE rule_id IS NOT NULL AND status = 'ACTIVE' "
                + "GROUP BY rule_id", ps -> { }, rs -> counts.put(rs.getLong(1), rs.getLong(2)));
        return counts;
    }

    /** Every rule, newest first. */
    public List<ModuleRule> all() {
        return load("", ps -> { });
    }

    /** The rules that name a module; for a package, also those naming a course that contains it. */
    public List<ModuleRule> forModule(ModuleRef module) {
        return load("WHERE r.id IN (SELECT rule_id FROM competency_rule_module WHERE (module_kind = ? AND module_id = ?) "
                + "OR (? = 'PACKAGE' AND module_kind = 'COURSE' AND module_id IN "
                + "(SELECT course_id FROM course_package WHERE package_id = ?)))", ps -> {
                    ps.setString(1, module.kind().name());
                    ps.setLong(2, module.id());
                    ps.setString(3, module.kind().name());
                    ps.setLong(4, module.id());
                });
    }

    /** The rules that name any of these modules. */
    public List<ModuleRule> forModules(Collection<ModuleRef> modules) {
        if (modules.isEmpty()) {
            return List.of();
        }
        Long[] ids = modules.stream().filter(m -> m.kind() == ModuleRef.Kind.PACKAGE).map(ModuleRef::id)
                .toArray(Long[]::new);
        return load("WHERE r.id IN (SELECT rule_id FROM competency_rule_module WHERE module_kind = 'PACKAGE' "
                + "AND module_id = ANY (?))", ps -> ps.setArray(1, EvidenceJdbc.array(ps, "bigint", ids)));
    }

    /** The packages some rule maps, directly or through a course. */
    public List<MappedPackage> mappedPackages() {
        return jdbc.list("SELECT DISTINCT p.id, p.standard, p.identifier FROM competency_rule_module m "
                + "JOIN content_package p ON (m.module_kind = 'PACKAGE' AND p.id = m.module_id) "
                + "OR (m.module_kind = 'COURSE' AND p.id IN (SELECT package_id FROM course_package "
                + "WHERE course_id = m.module_id))", ps -> { },
                rs -> new MappedPackage(rs.getLong(1), rs.getString(2), rs.getString(3)));
    }

    /** The framework of an item, empty when there is no such item. */
    public Optional<Long> itemFramework(long itemId) {
        return jdbc.one("SELECT framework_id FROM competency_item WHERE id = ?", ps -> ps.setLong(1, itemId),
                rs -> rs.getLong(1));
    }

    /** The framework of a proficiency level, empty when there is no such level. */
    public Optional<Long> levelFramework(long levelId) {
        return jdbc.one("SELECT framework_id FROM proficiency_level WHERE id = ?", ps -> ps.setLong(1, levelId),
                rs -> rs.getLong(1));
    }

    /** Which of these package ids exist. */
    public Set<Long> existingPackages(Collection<Long> ids) {
        return new HashSet<>(jdbc.list("SELECT id FROM content_package WHERE id = ANY (?)",
                ps -> ps.setArray(1, EvidenceJdbc.array(ps, "bigint", ids.toArray())), rs -> rs.getLong(1)));
    }

    private List<ModuleRule> load(String where, EvidenceJdbc.Binder binder) {
        Map<Long, ResultRow> rows = new LinkedHashMap<>();
        jdbc.list("SELECT " + RULE_COLUMNS + ", m.module_kind, m.module_id FROM competency_module_rule r "
                + "LEFT JOIN competency_rule_module m ON m.rule_id = r.id " + where
                + " ORDER BY r.id DESC, m.module_id", binder, rs -> {
                    ResultRow row = rows.computeIfAbsent(rs.getLong("id"), k -> new ResultRow(read(rs)));
                    String kind = rs.getString("module_kind");
                    if (kind != null) {
                        row.modules.add(new ModuleRef(ModuleRef.Kind.valueOf(kind), rs.getLong("module_id")));
                    }
                    return row;
                });
        List<ModuleRule> rules = new ArrayList<>(rows.size());
        for (ResultRow row : rows.values()) {
            ModuleRule r = row.rule;
            rules.add(new ModuleRule(r.id(), r.itemId(), r.levelId(), r.combinator(), r.requiredCount(),
                    r.condition(), r.minScore(), r.validityMonths(), List.copyOf(row.modules), r.createdAt()));
        }
        return rules;
    }

    /** A rule's columns, while its modules are collected. */
    private static final class ResultRow {
        final ModuleRule rule;
        final List<ModuleRef> modules = new ArrayList<>();

        ResultRow(ModuleRule rule) {
            this.rule = rule;
        }
    }

    private static ModuleRule read(ResultSet rs) {
        try {
            return new ModuleRule(rs.getLong("id"), rs.getLong("item_id"), rs.getLong("level_id"),
                    ModuleRule.Combinator.valueOf(rs.getString("combinator")),
                    EvidenceJdbc.nullableInt(rs, "required_count"),
                    ModuleRule.Condition.valueOf(rs.getString("condition")), EvidenceJdbc.decimal(rs, "min_score"),
                    EvidenceJdbc.nullableInt(rs, "validity_months"), List.of(),
                    EvidenceJdbc.instant(rs, "created_at"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
