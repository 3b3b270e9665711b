package vn.hocso.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.hocso.competency.persistence.EvidenceJdbc;
import vn.hocso.reporting.model.TargetKind;
import vn.hocso.reporting.model.TrainingLevel;

/**
 * The counts every plan target is computed from, for one org subtree, in two grouped queries: active staff per
 * {@link Cell} (the child unit the person belongs under, the institution's school level and ownership, the position),
 * and per cell, topic and level the people trained as each {@link TargetKind} counts them. Neither query reads LRS
 * statements: training facts are kept up to date as attainment changes.
 */
@ApplicationScoped
public class TargetCube {

    /**
     * A group of people.
     *
     * @param child code of the direct child unit of the subtree's root they belong under; "" for people attached to
     *     the root itself
     * @param schoolLevel their institution's school level, null for people of a city or district office
     * @param ownership PUBLIC / NON_PUBLIC, null for offices
     * @param position their staff position
     */
    public record Cell(String child, String schoolLevel, String ownership, String position) {
    }

    /** Trained counts of a cell for one topic and level, by kind. */
    public record Trained(long cumulative, long maintained, long annual) {
        public long count(TargetKind kind) {
            return switch (kind) {
                case CUMULATIVE -> cumulative;
                case MAINTAIN -> maintained;
                case ANNUAL -> annual;
            };
        }
    }

    /** Topic and level of a training fact. */
    public record TopicLevel(String topic, TrainingLevel level) {
    }

    /** The counts of a subtree. */
    public record Counts(Map<Cell, Long> staff, Map<Cell, Map<TopicLevel, Trained>> trained) {
    }

    private static final String STAFF = """
            SELECT split_part(ou.path, '/', ?), ou.school_level, ou.ownership, p.position, count(*)
              FROM person p JOIN org_unit ou ON ou.id = p.institution_id
             WHERE p.active AND ou.path LIKE ?
             GROUP BY 1, 2, 3, 4
            """;

    private static final String TRAINED = """
            SELECT split_part(ou.path, '/', ?), ou.school_level, ou.ownership, p.position, t.topic_code,
                   t.training_level,
                   count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s)
              FROM person_training t
              JOIN person p ON p.id = t.person_id
              JOIN org_unit ou ON ou.id = p.institution_id
             WHERE p.active AND ou.path LIKE ?
             GROUP BY 1, 2, 3, 4, 5, 6
            """.formatted(TrainedCondition.sql(TargetKind.CUMULATIVE), TrainedCondition.sql(TargetKind.MAINTAIN),
            TrainedCondition.sql(TargetKind.ANNUAL));

    /** Staff now, from the counters (staff_cell) the database keeps up to date. */
    private static final String STAFF_NOW = """
            SELECT split_part(ou.path, '/', ?), ou.school_level, ou.ownership, c.position, sum(c.staff)
              FROM staff_cell c JOIN org_unit ou ON ou.id = c.institution_id
             WHERE ou.path LIKE ?
             GROUP BY 1, 2, 3, 4
            HAVING sum(c.staff) <> 0
            """;

    /**
     * Trained people now, from the counters (training_cell): every fact counts as CUMULATIVE, the still valid ones
     * (attainment ACTIVE) as MAINTAIN, those whose latest achievement is in the given year as ANNUAL.
     */
    private static final String TRAINED_NOW = """
            SELECT split_part(ou.path, '/', ?), ou.school_level, ou.ownership, c.position, c.topic_code,
                   c.training_level, sum(c.facts), sum(c.active_facts),
                   coalesce(sum(c.facts) FILTER (WHERE c.last_year = ?), 0)
              FROM training_cell c JOIN org_unit ou ON ou.id = c.institution_id
             WHERE ou.path LIKE ?
             GROUP BY 1, 2, 3, 4, 5, 6
            HAVING sum(c.facts) <> 0
            """;

    @Inject
    EvidenceJdbc jdbc;

    /**
     * Counts for the subtree at {@code path} now (from the counters: two small grouped queries whatever the number of
     * people, facts or statements); {@code year} is the current calendar year for ANNUAL targets.
     */
    public Counts loadNow(String path, int year) {
        int childSegment = childSegment(path);
        Map<Cell, Long> staff = new HashMap<>();
        jdbc.list(STAFF_NOW, ps -> {
            ps.setInt(1, childSegment);
            ps.setString(2, like(path));
        }, rs -> staff.put(cell(rs), rs.getLong(5)));
        Map<Cell, Map<TopicLevel, Trained>> trained = new HashMap<>();
        jdbc.list(TRAINED_NOW, ps -> {
            ps.setInt(1, childSegment);
            ps.setInt(2, year);
            ps.setString(3, like(path));
        }, rs -> put(trained, rs));
        return new Counts(staff, trained);
    }

    /**
     * Counts for the subtree at {@code path} at a past instant, from the facts themselves (people and facts scanned:
     * slower than {@link #loadNow}); ANNUAL counts achievements in
     * [{@code yearStart}, {@code yearEnd}).
     */
    public Counts load(String path, Instant asOf, Instant yearStart, Instant yearEnd) {
        int childSegment = childSegment(path);
        Map<Cell, Long> staff = new HashMap<>();
        jdbc.list(STAFF, ps -> {
            ps.setInt(1, childSegment);
            ps.setString(2, like(path));
        }, rs -> staff.put(cell(rs), rs.getLong(5)));
        Map<Cell, Map<TopicLevel, Trained>> trained = new HashMap<>();
        TrainedCondition when = new TrainedCondition(asOf, yearStart, yearEnd);
        jdbc.list(TRAINED, ps -> {
            ps.setInt(1, childSegment);
            int i = 2;
            for (TargetKind kind : TargetKind.values()) {
                i = when.bind(ps, i, kind);
            }
            ps.setString(i, like(path));
        }, rs -> put(trained, rs));
        return new Counts(staff, trained);
    }

    /**
     * People of the subtree (active) whose first training on a topic and level falls in [{@code from}, {@code to}):
     * topic, level, count.
     */
    public java.util.List<Object[]> firstTrainedBetween(String path, Instant from, Instant to) {
        return jdbc.list("""
                SELECT t.topic_code, t.training_level, count(*)
                  FROM person_training t JOIN person p ON p.id = t.person_id JOIN org_unit ou ON ou.id = p.institution_id
                 WHERE p.active AND ou.path LIKE ? AND t.first_at >= ? AND t.first_at < ?
                 GROUP BY 1, 2 ORDER BY 1, 2
                """, ps -> {
                    ps.setString(1, like(path));
                    ps.setTimestamp(2, java.sql.Timestamp.from(from));
                    ps.setTimestamp(3, java.sql.Timestamp.from(to));
                }, rs -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3)});
    }

    private static int childSegment(String path) {
        return (int) path.chars().filter(c -> c == '/').count() + 1;
    }

    private static Cell cell(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
    }

    private static Trained put(Map<Cell, Map<TopicLevel, Trained>> trained, java.sql.ResultSet rs)
            throws java.sql.SQLException {
        return trained.computeIfAbsent(cell(rs), c -> new HashMap<>()).put(new TopicLevel(rs.getString(5),
                TrainingLevel.valueOf(rs.getString(6))), new Trained(rs.getLong(7), rs.getLong(8), rs.getLong(9)));
    }

    /** The LIKE pattern of a subtree. */
    static String like(String path) {
        return path.replace("_", "\\_").replace("%", "\\%") + "%";
    }
}
