package vn.hocso.cmi5.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/** How each AU stands in a registration, and the blocks/course reported satisfied (plain SQL, caller's transaction). */
@ApplicationScoped
public class Cmi5StatusStore {

    /** An AU's standing in a registration. */
    public record AuStatus(boolean completed, boolean passed, boolean failed, boolean waived) {
        public static final AuStatus NONE = new AuStatus(false, false, false, false);
    }

    @Inject
    DataSource dataSource;

    /** Every AU status of a registration, by AU id. */
    public Map<String, AuStatus> statuses(long registrationId) {
        Map<String, AuStatus> found = new HashMap<>();
        String sql = "SELECT au_id, completed, passed, failed, waived FROM cmi5_au_status WHERE registration_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, registrationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), new AuStatus(rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                            rs.getBoolean(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** Records an AU's standing (locks the row for the rest of the transaction). */
    public void save(long registrationId, String auId, AuStatus s) {
        String sql = """
                INSERT INTO cmi5_au_status (registration_id, au_id, completed, passed, failed, waived)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (registration_id, au_id) DO UPDATE SET completed = EXCLUDED.completed,
                    passed = EXCLUDED.passed, failed = EXCLUDED.failed, waived = EXCLUDED.waived""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, registrationId);
            ps.setString(2, auId);
            ps.setBoolean(3, s.completed());
            ps.setBoolean(4, s.passed());
            ps.setBoolean(5, s.failed());
            ps.setBoolean(6, s.waived());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records that a block or the course was reported satisfied; false when it already was (report it once). */
    public boolean markSatisfied(long registrationId, String nodeId, UUID statementId) {
        String sql = "INSERT INTO cmi5_satisfied (registration_id, node_id, statement_id) VALUES (?, ?, ?) "
                + "ON CONFLICT DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, registrationId);
            ps.setString(2, nodeId);
            ps.setObject(3, statementId);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
