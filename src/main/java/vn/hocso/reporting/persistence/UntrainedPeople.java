package vn.hocso.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import vn.hocso.competency.persistence.EvidenceJdbc;
import vn.hocso.reporting.model.PlanTarget;

/**
 * The people a target counts in a subtree who are not (yet) trained as it requires: the drill-down behind every
 * dashboard number. Ordered by unit code, then name.
 */
@ApplicationScoped
public class UntrainedPeople {

    /** One person not yet trained. */
    public record Row(long personId, String nationalId, String fullName, String email, String position,
            String unitCode, String unitName, String schoolLevel, String ownership) {
    }

    private static final String FROM = """
              FROM person p JOIN org_unit ou ON ou.id = p.institution_id
             WHERE p.active AND ou.path LIKE ? AND p.position = ANY (?)
               AND (cardinality(?::varchar[]) = 0 OR ou.school_level = ANY (?))
               AND (cardinality(?::varchar[]) = 0 OR ou.ownership = ANY (?))
               AND NOT EXISTS (SELECT 1 FROM person_training t WHERE t.person_id = p.id AND t.topic_code = ?
                                  AND t.training_level = ? AND %s)
            """;

    @Inject
    EvidenceJdbc jdbc;

    /** How many people {@link #page} pages through. */
    public long count(String path, PlanTarget target, Instant at, Instant yearStart, Instant yearEnd) {
        return jdbc.one("SELECT count(*) " + from(target), ps -> bind(ps, path, target,
                new TrainedCondition(at, yearStart, yearEnd)), rs -> rs.getLong(1)).orElse(0L);
    }

    /** A page of the people ({@code offset}, {@code limit}). */
    public List<Row> page(String path, PlanTarget target, Instant at, Instant yearStart, Instant yearEnd, int offset,
            int limit) {
        return jdbc.list(select(target) + " LIMIT ? OFFSET ?", ps -> {
            int i = bind(ps, path, target, new TrainedCondition(at, yearStart, yearEnd));
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
        }, UntrainedPeople::read);
    }

    /** Every such person, in order, to {@code sink} (for exports). */
    public void each(String path, PlanTarget target, Instant at, Instant yearStart, Instant yearEnd,
            Consumer<Row> sink) {
        jdbc.list(select(target), ps -> bind(ps, path, target, new TrainedCondition(at, yearStart, yearEnd)), rs -> {
            sink.accept(read(rs));
            return null;
        });
    }

    private static String from(PlanTarget target) {
        return FROM.formatted(TrainedCondition.sql(target.kind));
    }

    private static String select(PlanTarget target) {
        return "SELECT p.id, p.national_id, p.full_name, p.email, p.position, ou.code, ou.name, ou.school_level, "
                + "ou.ownership " + from(target) + " ORDER BY ou.code, p.full_name, p.id";
    }

    private static int bind(PreparedStatement ps, String path, PlanTarget t, TrainedCondition when)
            throws SQLException {
        ps.setString(1, TargetCube.like(path));
        ps.setArray(2, EvidenceJdbc.array(ps, "varchar", t.positions));
        ps.setArray(3, EvidenceJdbc.array(ps, "varchar", t.schoolLevels));
        ps.setArray(4, EvidenceJdbc.array(ps, "varchar", t.schoolLevels));
        ps.setArray(5, EvidenceJdbc.array(ps, "varchar", t.ownerships));
        ps.setArray(6, EvidenceJdbc.array(ps, "varchar", t.ownerships));
        ps.setString(7, t.topicCode);
        ps.setString(8, t.trainingLevel.name());
        return when.bind(ps, 9, t.kind);
    }

    private static Row read(java.sql.ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9));
    }
}
