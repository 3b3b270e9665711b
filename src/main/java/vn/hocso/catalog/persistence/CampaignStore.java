package vn.hocso.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Campaigns and the set-based SQL that turns a cohort into enrolments (plain SQL, in the caller's transaction): one
 * statement counts a cohort, one materialises it, whatever its size.
 */
@ApplicationScoped
public class CampaignStore {

    /**
     * Who a campaign reaches: active people with an active account whose institution lies under {@code ownerPath},
     * filtered by each non-empty criterion.
     */
    public record Cohort(String ownerPath, List<String> positions, List<String> levels, List<String> districtPaths,
            List<Long> institutionIds, boolean byNationalId, List<String> nationalIds) {
    }

    /** A stored campaign. */
    public record Row(long id, long courseId, long orgUnitId, String orgUnitPath, String name, LocalDate dueDate,
            List<String> positions, List<String> levels, List<Long> districtIds, List<Long> institutionIds,
            boolean byNationalId, int nationalIdCount, Instant createdAt, Instant lastRunAt, long enrolled) {
    }

    /** What a run did: enrolments created, and self-enrolments turned into assignments. */
    public record RunCounts(long created, long upgraded) {
    }

    /** How the ids of a list stand: not found (or outside the owner's subtree), or found but without an active account. */
    public record ListReport(List<String> unknown, List<String> withoutAccount) {
    }

    private static final String COHORT = """
            FROM person p
            JOIN user_account ua ON ua.person_id = p.id AND ua.active
            JOIN org_unit u ON u.id = p.institution_id
            WHERE p.active AND starts_with(u.path, ?)
              AND (cardinality(?::varchar[]) = 0 OR p.position = ANY(?::varchar[]))
              AND (cardinality(?::varchar[]) = 0 OR u.school_level = ANY(?::varchar[]))
              AND (cardinality(?::varchar[]) = 0 OR EXISTS (SELECT 1 FROM unnest(?::varchar[]) d
                                                           WHERE starts_with(u.path, d)))
              AND (cardinality(?::bigint[]) = 0 OR u.id = ANY(?::bigint[]))
              AND (NOT ? OR p.national_id = ANY(?::varchar[]))
            """;

    @Inject
    DataSource dataSource;

    /** Number of people in the cohort, and how many of them already have an enrolment in the course. */
    public long[] count(Cohort cohort, long courseId) {
        String sql = "SELECT count(*), count(e.id) " + COHORT.replace("WHERE p.active",
                "LEFT JOIN enrolment e ON e.account_id = ua.id AND e.course_id = ? WHERE p.active");
        return query(sql, ps -> {
            ps.setLong(1, courseId);
            bindCohort(ps, 2, cohort);
        }, rs -> new long[] {rs.getLong(1), rs.getLong(2)}).get(0);
    }

    /**
     * Enrols the cohort in the course as ASSIGNED with the due date, in one statement. Existing assignments are left
     * alone (a re-run adds only people new to the cohort); open self-enrolments become assignments.
     */
    public RunCounts materialise(long campaignId, long courseId, LocalDate due, Cohort cohort) {
        String sql = """
                WITH ins AS (
                  INSERT INTO enrolment (course_id, account_id, origin, campaign_id, due_date)
                  SELECT ?, ua.id, 'ASSIGNED', ?, ? %s
                  ON CONFLICT (course_id, account_id) DO UPDATE
                     SET origin = 'ASSIGNED', campaign_id = EXCLUDED.campaign_id, due_date = EXCLUDED.due_date
                     WHERE enrolment.origin = 'SELF' AND enrolment.completed_at IS NULL
                  RETURNING (xmax = 0) AS created)
                SELECT count(*) FILTER (WHERE created), count(*) FILTER (WHERE NOT created) FROM ins
                """.formatted(COHORT);
        RunCounts counts = query(sql, ps -> {
            ps.setLong(1, courseId);
            ps.setLong(2, campaignId);
            ps.setDate(3, Date.valueOf(due));
            bindCohort(ps, 4, cohort);
        }, rs -> new RunCounts(rs.getLong(1), rs.getLong(2))).get(0);
        update("UPDATE campaign SET last_run_at = now() WHERE id = ?", ps -> ps.setLong(1, campaignId));
        return counts;
    }

    /** Sorts a list's ids into unknown (or outside {@code ownerPath}) and without an active person and account. */
    public ListReport report(List<String> nationalIds, String ownerPath) {
        String sql = """
                SELECT x.nid, p.id IS NOT NULL AND starts_with(u.path, ?) AS known,
                       coalesce(p.active AND ua.active, false) AS eligible
                FROM unnest(?::varchar[]) x(nid)
                LEFT JOIN person p ON p.national_id = x.nid
                LEFT JOIN org_unit u ON u.id = p.institution_id
                LEFT JOIN user_account ua ON ua.person_id = p.id
                """;
        List<String> unknown = new ArrayList<>();
        List<String> withoutAccount = new ArrayList<>();
        query(sql, ps -> {
            ps.setString(1, ownerPath);
            ps.setArray(2, ps.getConnection().createArrayOf("varchar", nationalIds.toArray()));
        }, rs -> {
            if (!rs.getBoolean(2)) {
                unknown.add(rs.getString(1));
            } else if (!rs.getBoolean(3)) {
                withoutAccount.add(rs.getString(1));
            }
            return null;
        });
        return new ListReport(unknown, withoutAccount);
    }

    /** Stores a new campaign (and its list of national ids) and returns its id. */
    public long insert(long courseId, long orgUnitId, String name, LocalDate due, Cohort cohort,
            List<Long> districtIds, long createdBy) {
        String sql = """
                INSERT INTO campaign (course_id, org_unit_id, name, due_date, positions, school_levels, district_ids,
                                      institution_ids, by_national_id, created_by)
                VALUES (?, ?, ?, ?, ?::varchar[], ?::varchar[], ?::bigint[], ?::bigint[], ?, ?) RETURNING id""";
        long id = query(sql, ps -> {
            ps.setLong(1, courseId);
            ps.setLong(2, orgUnitId);
            ps.setString(3, name);
            ps.setDate(4, Date.valueOf(due));
            ps.setArray(5, array(ps, "varchar", cohort.positions()));
            ps.setArray(6, array(ps, "varchar", cohort.levels()));
            ps.setArray(7, array(ps, "bigint", districtIds));
            ps.setArray(8, array(ps, "bigint", cohort.institutionIds()));
            ps.setBoolean(9, cohort.byNationalId());
            ps.setLong(10, createdBy);
        }, rs -> rs.getLong(1)).get(0);
        if (cohort.byNationalId()) {
            update("INSERT INTO campaign_national_id (campaign_id, national_id) SELECT ?, unnest(?::varchar[]) "
                    + "ON CONFLICT DO NOTHING", ps -> {
                        ps.setLong(1, id);
                        ps.setArray(2, array(ps, "varchar", cohort.nationalIds()));
                    });
        }
        return id;
    }

    /** The national ids of a campaign's list. */
    public List<String> nationalIds(long campaignId) {
        return query("SELECT national_id FROM campaign_national_id WHERE campaign_id = ? ORDER BY national_id",
                ps -> ps.setLong(1, campaignId), rs -> rs.getString(1));
    }

    /** Paths of the districts with these ids (units of another kind are left out). */
    public List<String> districtPaths(List<Long> ids) {
        return query("SELECT path FROM org_unit WHERE kind = 'DISTRICT' AND id = ANY(?::bigint[])",
                ps -> ps.setArray(1, array(ps, "bigint", ids)), rs -> rs.getString(1));
    }

    private static final String SELECT_ROW = """
            SELECT c.id, c.course_id, c.org_unit_id, u.path, c.name, c.due_date, c.positions, c.school_levels,
                   c.district_ids, c.institution_ids, c.by_national_id,
                   (SELECT count(*) FROM campaign_national_id n WHERE n.campaign_id = c.id),
                   c.created_at, c.last_run_at,
                   (SELECT count(*) FROM enrolment e WHERE e.campaign_id = c.id)
            FROM campaign c JOIN org_unit u ON u.id = c.org_unit_id
            """;

    /** A campaign, if it exists. */
    public Optional<Row> find(long id) {
        return query(SELECT_ROW + " WHERE c.id = ?", ps -> ps.setLong(1, id), CampaignStore::row).stream()
                .findFirst();
    }

    /** Campaigns owned by units under any of the paths, newest first, at most {@code limit}. */
    public List<Row> list(List<String> paths, int limit) {
        return query(SELECT_ROW + " WHERE EXISTS (SELECT 1 FROM unnest(?::varchar[]) s WHERE starts_with(u.path, s))"
                + " ORDER BY c.created_at DESC, c.id DESC LIMIT ?", ps -> {
                    ps.setArray(1, array(ps, "varchar", paths));
                    ps.setInt(2, limit);
                }, CampaignStore::row);
    }

    private static Row row(ResultSet rs) throws SQLException {
        Timestamp last = rs.getTimestamp(14);
        return new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getDate(6).toLocalDate(), strings(rs.getArray(7)), strings(rs.getArray(8)), longs(rs.getArray(9)),
                longs(rs.getArray(10)), rs.getBoolean(11), rs.getInt(12), rs.getTimestamp(13).toInstant(),
                last == null ? null : last.toInstant(), rs.getLong(15));
    }

    private static List<String> strings(Array a) throws SQLException {
        return List.of((String[]) a.getArray());
    }

    private static List<Long> longs(Array a) throws SQLException {
        return List.of((Long[]) a.getArray());
    }

    private void bindCohort(PreparedStatement ps, int first, Cohort c) throws SQLException {
        int i = first;
        ps.setString(i++, c.ownerPath());
        Array positions = array(ps, "varchar", c.positions());
        ps.setArray(i++, positions);
        ps.setArray(i++, positions);
        Array levels = array(ps, "varchar", c.levels());
        ps.setArray(i++, levels);
        ps.setArray(i++, levels);
        Array districts = array(ps, "varchar", c.districtPaths());
        ps.setArray(i++, districts);
        ps.setArray(i++, districts);
        Array institutions = array(ps, "bigint", c.institutionIds());
        ps.setArray(i++, institutions);
        ps.setArray(i++, institutions);
        ps.setBoolean(i++, c.byNationalId());
        ps.setArray(i, array(ps, "varchar", c.nationalIds()));
    }

    private static Array array(PreparedStatement ps, String type, List<?> values) throws SQLException {
        return ps.getConnection().createArrayOf(type, values.toArray());
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface Mapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Binder binder, Mapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(mapper.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            binder.bind(ps);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
