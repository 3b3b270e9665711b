package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Read-only queries of the learner's competency profile over the framework tables (V12) and attainment (plain SQL;
 * the framework feature's own entities are not needed here).
 */
@ApplicationScoped
public class CompetencyProfileStore {

    /** The city framework's code. */
    public static final String CITY_FRAMEWORK = "HCM-KNLS";

    /** The person of an account and their position. */
    public record Staff(long personId, String position) {
    }

    /** A framework version. */
    public record Framework(long id, String code, String version, String title) {
    }

    /** A competency item at a level (a target, or a level held with its dates). */
    public record ItemLevel(long itemId, String humanCode, String statement, long levelId, String levelCode,
            String levelLabel, int ordinal, Instant achievedAt, Instant expiresAt) {

        /** The expiry as a calendar day in Vietnam (YYYY-MM-DD), or null. */
        public String expiresOn() {
            return expiresAt == null ? null
                    : expiresAt.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate().toString();
        }
    }

    /**
     * A module a learner can take: a package ({@code packageId} set) or a course ({@code courseId} set).
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Module(Long packageId, Long courseId, String title) {

        /** Where the learner takes it: the package's page or the course's page in the catalogue. */
        public String href() {
            return courseId != null ? "/catalog/courses/" + courseId : "/learn/packages/" + packageId;
        }
    }

    @Inject
    EvidenceJdbc jdbc;

    public Optional<Staff> staffOf(long accountId) {
        return jdbc.one("SELECT p.id, p.position FROM user_account u JOIN person p ON p.id = u.person_id "
                + "WHERE u.id = ?", ps -> ps.setLong(1, accountId), rs -> new Staff(rs.getLong(1), rs.getString(2)));
    }

    /** The latest published version of the city framework. */
    public Optional<Framework> cityFramework() {
        return jdbc.one("SELECT id, code, version, title FROM competency_framework WHERE code = ? "
                + "AND published_at IS NOT NULL ORDER BY published_at DESC, id DESC LIMIT 1",
                ps -> ps.setString(1, CITY_FRAMEWORK),
                rs -> new Framework(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
    }

    /** What a framework version expects of a position, in item order. */
    public List<ItemLevel> targets(long frameworkId, String position) {
        return jdbc.list("SELECT i.id, i.human_code, COALESCE(i.abbreviated_statement, i.full_statement), l.id, "
                + "l.code, l.label, l.ordinal, NULL::timestamptz, NULL::timestamptz FROM competency_role_target t "
                + "JOIN competency_item i ON i.id = t.item_id JOIN proficiency_level l ON l.id = t.level_id "
                + "WHERE t.framework_id = ? AND t.position = ? ORDER BY i.list_enumeration NULLS LAST, i.human_code",
                ps -> {
                    ps.setLong(1, frameworkId);
                    ps.setString(2, position);
                }, CompetencyProfileStore::itemLevel);
    }

    /** The person's active attainment: per item and level the earliest achievement and the latest expiry. */
    public List<ItemLevel> held(long personId) {
        return jdbc.list("SELECT i.id, i.human_code, COALESCE(i.abbreviated_statement, i.full_statement), l.id, "
                + "l.code, l.label, l.ordinal, min(a.achieved_at), "
                + "CASE WHEN bool_or(a.expires_at IS NULL) THEN NULL ELSE max(a.expires_at) END "
                + "FROM competency_attainment a JOIN competency_item i ON i.id = a.item_id "
                + "JOIN proficiency_level l ON l.id = a.level_id WHERE a.person_id = ? AND a.status = 'ACTIVE' "
                + "GROUP BY i.id, l.id ORDER BY i.human_code, l.ordinal", ps -> ps.setLong(1, personId),
                CompetencyProfileStore::itemLevel);
    }

    /**
     * Active packages and published courses that a rule maps to the item at this level or a higher one of the same
     * scale, courses first.
     */
    public List<Module> modulesFor(long itemId, int minOrdinal) {
        return jdbc.list("""
                SELECT DISTINCT NULL::bigint AS package_id, c.id AS course_id, c.title FROM competency_module_rule r
                  JOIN proficiency_level l ON l.id = r.level_id
                  JOIN competency_rule_module m ON m.rule_id = r.id AND m.module_kind = 'COURSE'
                  JOIN course c ON c.id = m.module_id
                 WHERE r.item_id = ? AND l.ordinal >= ? AND c.status = 'PUBLISHED'
                UNION
                SELECT DISTINCT p.id, NULL::bigint, p.title FROM competency_module_rule r
                  JOIN proficiency_level l ON l.id = r.level_id
                  JOIN competency_rule_module m ON m.rule_id = r.id AND m.module_kind = 'PACKAGE'
                  JOIN content_package p ON p.id = m.module_id
                 WHERE r.item_id = ? AND l.ordinal >= ? AND p.status = 'ACTIVE'
                 ORDER BY 2 NULLS LAST, 3, 1
                """, ps -> {
                    ps.setLong(1, itemId);
                    ps.setInt(2, minOrdinal);
                    ps.setLong(3, itemId);
                    ps.setInt(4, minOrdinal);
                }, rs -> new Module((Long) rs.getObject(1), (Long) rs.getObject(2), rs.getString(3)));
    }

    private static ItemLevel itemLevel(ResultSet rs) throws SQLException {
        return new ItemLevel(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getInt(7), instant(rs, 8), instant(rs, 9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
