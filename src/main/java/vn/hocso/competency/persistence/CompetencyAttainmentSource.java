package vn.hocso.competency.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.hocso.certification.service.AttainmentSource;
import vn.hocso.org.persistence.OrgUnitRepository;

/**
 * Certificates' view of competency attainment: the ACTIVE, unexpired rows of {@code competency_attainment} with their
 * level's ordinal (plain SQL, read-only, in the caller's transaction). When a person holds several levels of an item,
 * the highest counts; among equal levels the latest achievement.
 */
@ApplicationScoped
public class CompetencyAttainmentSource implements AttainmentSource {

    private static final String SELECT = """
            SELECT a.item_id, a.level_id, l.ordinal, a.achieved_at, a.expires_at, a.evidence_ids
            FROM competency_attainment a JOIN proficiency_level l ON l.id = a.level_id
            WHERE a.person_id = ? AND a.status = 'ACTIVE' AND (a.expires_at IS NULL OR a.expires_at > now())""";

    @Inject
    DataSource dataSource;

    @Override
    public Optional<Attained> attained(long personId, long itemId, int minLevelOrdinal) {
        List<Attained> found = read(SELECT + " AND a.item_id = ? AND l.ordinal >= ? "
                + "ORDER BY l.ordinal DESC, a.achieved_at DESC LIMIT 1", personId, itemId, minLevelOrdinal);
        return found.stream().findFirst();
    }

    @Override
    public List<Long> holders(long itemId, int minLevelOrdinal, String orgPath) {
        String sql = """
                SELECT DISTINCT a.person_id
                FROM competency_attainment a JOIN proficiency_level l ON l.id = a.level_id
                JOIN person p ON p.id = a.person_id JOIN org_unit u ON u.id = p.institution_id
                WHERE a.item_id = ? AND l.ordinal >= ? AND a.status = 'ACTIVE'
                  AND (a.expires_at IS NULL OR a.expires_at > now()) AND p.active AND u.path LIKE ?
                ORDER BY 1""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, itemId);
            ps.setInt(2, minLevelOrdinal);
            ps.setString(3, OrgUnitRepository.likePrefix(orgPath));
            List<Long> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Attained> attainments(long personId) {
        return read(SELECT + " ORDER BY a.item_id, l.ordinal DESC", personId);
    }

    private List<Attained> read(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            List<Attained> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp expires = rs.getTimestamp(5);
                    Array ids = rs.getArray(6);
                    List<Long> evidence = ids == null ? List.of() : Arrays.asList((Long[]) ids.getArray());
                    out.add(new Attained(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getTimestamp(4).toInstant(),
                            expires == null ? null : expires.toInstant(), evidence));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
