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

    @Inject
    EvidenceJdbc jdbc;

    /**
     * Counts for the subtree at {@code path}, measured at {@code asOf}; ANNUAL counts achievements in
     * [{@code yearStart}, {@code yearEnd}).
     */
    public Counts load(String path, Instant asOf, Instant yearStart, Instant yearEnd) {
        int childSegment = (int) path.chars().filter(c -> c == '/').count() + 1;
        Map<Cell, Long> staff = new HashMap<>();
        jdbc.list(STAFF, ps -> {
            ps.setInt(1, childSegment);
            ps.setString(2, like(path));
        }, rs -> staff.put(new Cell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                rs.getLong(5)));
        Map<Cell, Map<TopicLevel, Trained>> trained = new HashMap<>();
        TrainedCondition when = new TrainedCondition(asOf, yearStart, yearEnd);
        jdbc.list(TRAINED, ps -> {
            ps.setInt(1, childSegment);
            int i = 2;
            for (TargetKind kind : TargetKind.values()) {
                i = when.bind(ps, i, kind);
            }
            ps.setString(i, like(path));
        }, rs -> trained.computeIfAbsent(new Cell(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4)), c -> new HashMap<>()).put(new TopicLevel(rs.getString(5),
                        TrainingLevel.valueOf(rs.getString(6))), new Trained(rs.getLong(7), rs.getLong(8),
                                rs.getLong(9))));
        return new Counts(staff, trained);
    }

    /** The LIKE pattern of a subtree. */
    static String like(String path) {
        return path.replace("_", "\\_").replace("%", "\\%") + "%";
    }
}
