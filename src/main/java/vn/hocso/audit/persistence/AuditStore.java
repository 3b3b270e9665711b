package vn.hocso.audit.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import vn.hocso.audit.service.AuditEntry;

/** The audit_log and audit_head tables (plain SQL, in the caller's transaction). */
@ApplicationScoped
public class AuditStore {

    /** Serialises appends: the chain needs one writer at a time (held until the transaction ends). */
    private static final long CHAIN_LOCK = 0x4175646974L;

    @Inject
    DataSource dataSource;

    /** The chain's head (last id, last hash, entry count), locked for this transaction; null when empty. */
    public Head lockHead() {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                ps.setLong(1, CHAIN_LOCK);
                ps.execute();
            }
            return head(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The chain's head as recorded, or null when nothing was logged. */
    public Head head() {
        try (Connection c = dataSource.getConnection()) {
            return head(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Head head(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT last_id, last_hash, entries FROM audit_head");
                ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2), rs.getLong(3)) : null;
        }
    }

    /** The next entry id (drawn from the identity sequence). */
    public long nextId() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT nextval(pg_get_serial_sequence('audit_log', 'id'))"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Appends an entry whose hash is already computed, and moves the head to it. */
    public void append(AuditEntry e, long entries) {
        String insert = """
                INSERT INTO audit_log (id, occurred_at, actor_id, actor_name, action, target_type, target_id,
                    org_path, details, prev_hash, hash) OVERRIDING SYSTEM VALUE
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        String head = """
                INSERT INTO audit_head (singleton, last_id, last_hash, entries) VALUES (TRUE, ?, ?, ?)
                ON CONFLICT (singleton) DO UPDATE SET last_id = EXCLUDED.last_id, last_hash = EXCLUDED.last_hash,
                    entries = EXCLUDED.entries""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(insert);
                PreparedStatement hs = c.prepareStatement(head)) {
            ps.setLong(1, e.id());
            ps.setTimestamp(2, Timestamp.from(e.occurredAt()));
            if (e.actorId() == null) {
                ps.setNull(3, Types.BIGINT);
            } else {
                ps.setLong(3, e.actorId());
            }
            ps.setString(4, e.actorName());
            ps.setString(5, e.action());
            ps.setString(6, e.targetType());
            ps.setString(7, e.targetId());
            ps.setString(8, e.orgPath());
            ps.setString(9, e.details());
            ps.setString(10, e.prevHash());
            ps.setString(11, e.hash());
            ps.executeUpdate();
            hs.setLong(1, e.id());
            hs.setString(2, e.hash());
            hs.setLong(3, entries);
            hs.executeUpdate();
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Streams every entry in id order (for verification). */
    public void scan(Consumer<AuditEntry> each) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_log ORDER BY id")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(entry(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Entries, newest first, filtered.
     *
     * @param orgPaths entries of these subtrees (and city-wide ones when {@code cityWide}); null = all
     * @param action exact action, or null
     */
    public List<AuditEntry> page(List<String> orgPaths, boolean cityWide, String action, int offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_log WHERE TRUE");
        List<Object> args = new ArrayList<>();
        if (orgPaths != null) {
            sql.append(" AND (").append(cityWide ? "org_path IS NULL OR " : "FALSE OR ");
            sql.append("org_path LIKE ANY (?))");
            args.add(orgPaths.stream().map(p -> p.replace("%", "\\%").replace("_", "\\_") + "%").toArray(String[]::new));
        }
        if (action != null) {
            sql.append(" AND action = ?");
            args.add(action);
        }
        sql.append(" ORDER BY id DESC OFFSET ? LIMIT ?");
        args.add(offset);
        args.add(limit);
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < args.size(); i++) {
                Object a = args.get(i);
                if (a instanceof String[] arr) {
                    ps.setArray(i + 1, c.createArrayOf("text", arr));
                } else {
                    ps.setObject(i + 1, a);
                }
            }
            List<AuditEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(entry(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String COLUMNS = "id, occurred_at, actor_id, actor_name, action, target_type, target_id, "
            + "org_path, details, prev_hash, hash";

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        long actor = rs.getLong(3);
        Long actorId = rs.wasNull() ? null : actor;
        return new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), actorId,
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }

    /** The head of the chain. */
    public record Head(long lastId, String lastHash, long entries) {
    }
}
