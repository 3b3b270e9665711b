package vn.hocso.lrs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Plain-SQL access to the statement tables (the LRS's hot path). Callers run inside a transaction; this class only
 * issues SQL. See docs/lrs.md for the schema and the query plans.
 */
@ApplicationScoped
public class StatementStore {

    /** A stored statement as read back. */
    public record Stored(long id, UUID statementId, boolean voided, String payload) {
    }

    @Inject
    DataSource dataSource;

    /** Payloads of the statements with these ids that are already stored, by id. */
    public Map<UUID, String> payloads(Collection<UUID> ids) {
        Map<UUID, String> found = new HashMap<>();
        byUuids("SELECT statement_id, payload FROM lrs_statement WHERE statement_id = ANY (?)", ids,
                rs -> found.put(rs.getObject(1, UUID.class), rs.getString(2)));
        return found;
    }

    /** Reads the rows of a query whose one parameter is an array of UUIDs (nothing when the collection is empty). */
    private void byUuids(String sql, Collection<UUID> ids, RowReader reader) {
        if (ids.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    @FunctionalInterface
    private interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    private static final String INSERT_STATEMENT = """
            INSERT INTO lrs_statement (id, statement_id, stored, ts, verb_iri, registration, is_voiding,
                ref_statement_id, credential_id, actor_ifi, authority_ifi, has_attachments, payload)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (statement_id) DO NOTHING""";

    /**
     * Inserts statements with their agent and activity links, in batches. A statement whose id is already stored
     * (for example by a concurrent request) is skipped.
     *
     * @return the positions in {@code rows} that were skipped because their id was already stored
     */
    public List<Integer> insert(List<StatementRow> rows) {
        List<Integer> skipped = new ArrayList<>();
        if (rows.isEmpty()) {
            return skipped;
        }
        try (Connection c = dataSource.getConnection()) {
            long[] ids = rows.stream().mapToLong(StatementRow::id).toArray();
            int[] counts;
            try (PreparedStatement ps = c.prepareStatement(INSERT_STATEMENT)) {
                for (int i = 0; i < rows.size(); i++) {
                    StatementRow r = rows.get(i);
                    ps.setLong(1, ids[i]);
                    ps.setObject(2, r.statementId());
                    ps.setTimestamp(3, Timestamp.from(r.stored()));
                    ps.setTimestamp(4, Timestamp.from(r.timestamp()));
                    ps.setString(5, r.verbIri());
                    ps.setObject(6, r.registration(), Types.OTHER);
                    ps.setBoolean(7, r.voiding());
                    ps.setObject(8, r.refStatementId(), Types.OTHER);
                    ps.setObject(9, r.credentialId(), Types.BIGINT);
                    ps.setString(10, r.actorIfi());
                    ps.setString(11, r.authorityIfi());
                    ps.setBoolean(12, r.hasAttachments());
                    ps.setString(13, r.payload());
                    ps.addBatch();
                }
                counts = ps.executeBatch();
            }
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    skipped.add(i);
                    ids[i] = -1;
                }
            }
            insertLinks(c, "INSERT INTO lrs_statement_agent (agent_ifi, statement_pk, direct) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", rows, ids, true);
            insertLinks(c, "INSERT INTO lrs_statement_activity (activity_iri, statement_pk, direct) VALUES (?, ?, ?) "
                    + "ON CONFLICT DO NOTHING", rows, ids, false);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return skipped;
    }

    /** The first of a block of {@value #ID_BLOCK} fresh storage ids (the sequence steps by that much). */
    public long nextIdBlock() {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT nextval('lrs_statement_seq')");
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Size of an id block: the increment of {@code lrs_statement_seq}. */
    public static final int ID_BLOCK = 1000;

    private static void insertLinks(Connection c, String sql, List<StatementRow> rows, long[] ids, boolean agents)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (ids[i] < 0) {
                    continue;
                }
                for (StatementRow.Link link : agents ? rows.get(i).agents() : rows.get(i).activities()) {
                    ps.setString(1, link.key());
                    ps.setLong(2, ids[i]);
                    ps.setBoolean(3, link.direct());
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }

    /** Marks the targets of voiding statements voided (voiding statements themselves are never voided). */
    public void voidTargets(Collection<UUID> targets) {
        if (targets.isEmpty()) {
            return;
        }
        String sql = "UPDATE lrs_statement SET voided = TRUE WHERE statement_id = ANY (?) AND NOT is_voiding";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("uuid", targets.toArray()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /** Voiding statements already stored that target any of these ids (a target that arrives after its voider). */
    public Set<UUID> alreadyVoided(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        byUuids("SELECT ref_statement_id FROM lrs_statement WHERE is_voiding AND ref_statement_id = ANY (?)", ids,
                rs -> found.add(rs.getObject(1, UUID.class)));
        return found;
    }

    /** One statement by id, voided or not. */
    public java.util.Optional<Stored> byId(UUID statementId) {
        String sql = "SELECT id, statement_id, voided, payload FROM lrs_statement WHERE statement_id = ?";
        List<Stored> found = select(sql, List.of(statementId));
        return found.stream().findFirst();
    }

    /** Runs a query built by {@link StatementQuery}. */
    public List<Stored> select(String sql, List<Object> params) {
        List<Stored> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof java.time.Instant t) {
                    ps.setTimestamp(i + 1, Timestamp.from(t));
                } else {
                    ps.setObject(i + 1, p);
                }
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Stored(rs.getLong(1), rs.getObject(2, UUID.class), rs.getBoolean(3),
                            rs.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException(e);
        }
        return found;
    }

    /** A database failure; the transaction rolls back and the client gets 500 with nothing stored. */
    public static class StoreException extends RuntimeException {
        public StoreException(SQLException cause) {
            super(cause.getMessage(), cause);
        }
    }
}
