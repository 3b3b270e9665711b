package vn.hocso.lrs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    /**
     * The whole insert of a group of statements as one SQL statement (one round trip, one executor run per table
     * instead of one per row): the statements from parallel arrays, skipping ids already stored, then the agent and
     * activity links of the statements that were new. Returns the storage ids inserted.
     *
     * @param schema schema of the tables (the benchmark's scratch copy), or null for the search path's
     */
    public static String insertSql(String schema) {
        String p = schema == null ? "" : schema + ".";
        return """
                WITH s AS (
                    INSERT INTO %1$slrs_statement (id, statement_id, stored, ts, verb_iri, registration, is_voiding,
                        ref_statement_id, credential_id, actor_ifi, authority_ifi, has_attachments, payload)
                    SELECT * FROM unnest(?::bigint[], ?::uuid[], ?::timestamptz[], ?::timestamptz[], ?::text[],
                        ?::uuid[], ?::boolean[], ?::uuid[], ?::bigint[], ?::text[], ?::text[], ?::boolean[], ?::text[])
                    ON CONFLICT (statement_id) DO NOTHING
                    RETURNING id),
                ag AS (
                    INSERT INTO %1$slrs_statement_agent (agent_ifi, statement_pk, direct)
                    SELECT l.k, l.p, l.d FROM unnest(?::text[], ?::bigint[], ?::boolean[]) AS l (k, p, d)
                    WHERE l.p IN (SELECT id FROM s)),
                ac AS (
                    INSERT INTO %1$slrs_statement_activity (activity_iri, statement_pk, direct)
                    SELECT l.k, l.p, l.d FROM unnest(?::text[], ?::bigint[], ?::boolean[]) AS l (k, p, d)
                    WHERE l.p IN (SELECT id FROM s))
                SELECT id FROM s""".formatted(p);
    }

    private static final String INSERT = insertSql(null);

    /**
     * Inserts statements with their agent and activity links in one round trip. A statement whose id is already
     * stored (for example by a concurrent request) is skipped, with its links.
     *
     * @return the positions in {@code rows} that were skipped because their id was already stored
     * @throws StoreException when the database fails (the caller's transaction must roll back)
     */
    public List<Integer> insert(List<StatementRow> rows) {
        if (rows.isEmpty()) {
            return new ArrayList<>();
        }
        try (Connection c = dataSource.getConnection()) {
            return insert(c, INSERT, rows);
        } catch (SQLException e) {
            throw new StoreException(e);
        }
    }

    /**
     * Runs {@link #insertSql} (built for the same tables) for these rows on a connection; the benchmark's raw
     * PostgreSQL comparison runs exactly this.
     *
     * @return the positions in {@code rows} that were skipped because their id was already stored
     */
    public static List<Integer> insert(Connection c, String sql, List<StatementRow> rows) throws SQLException {
        int n = rows.size();
        Long[] ids = new Long[n];
        UUID[] statementIds = new UUID[n];
        String[] stored = new String[n];
        String[] ts = new String[n];
        String[] verbs = new String[n];
        UUID[] registrations = new UUID[n];
        Boolean[] voiding = new Boolean[n];
        UUID[] refs = new UUID[n];
        Long[] credentials = new Long[n];
        String[] actors = new String[n];
        String[] authorities = new String[n];
        Boolean[] attachments = new Boolean[n];
        String[] payloads = new String[n];
        Links agents = new Links();
        Links activities = new Links();
        for (int i = 0; i < n; i++) {
            StatementRow r = rows.get(i);
            ids[i] = r.id();
            statementIds[i] = r.statementId();
            stored[i] = r.stored().toString();
            ts[i] = r.timestamp().toString();
            verbs[i] = r.verbIri();
            registrations[i] = r.registration();
            voiding[i] = r.voiding();
            refs[i] = r.refStatementId();
            credentials[i] = r.credentialId();
            actors[i] = r.actorIfi();
            authorities[i] = r.authorityIfi();
            attachments[i] = r.hasAttachments();
            payloads[i] = r.payload();
            agents.add(r.agents(), r.id());
            activities.add(r.activities(), r.id());
        }
        Set<Long> inserted = new HashSet<>(n * 2);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int k = 1;
            ps.setArray(k++, c.createArrayOf("bigint", ids));
            ps.setArray(k++, c.createArrayOf("uuid", statementIds));
            ps.setArray(k++, c.createArrayOf("text", stored));
            ps.setArray(k++, c.createArrayOf("text", ts));
            ps.setArray(k++, c.createArrayOf("text", verbs));
            ps.setArray(k++, c.createArrayOf("uuid", registrations));
            ps.setArray(k++, c.createArrayOf("boolean", voiding));
            ps.setArray(k++, c.createArrayOf("uuid", refs));
            ps.setArray(k++, c.createArrayOf("bigint", credentials));
            ps.setArray(k++, c.createArrayOf("text", actors));
            ps.setArray(k++, c.createArrayOf("text", authorities));
            ps.setArray(k++, c.createArrayOf("boolean", attachments));
            ps.setArray(k++, c.createArrayOf("text", payloads));
            k = agents.bind(c, ps, k);
            activities.bind(c, ps, k);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    inserted.add(rs.getLong(1));
                }
            }
        }
        List<Integer> skipped = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (!inserted.contains(ids[i])) {
                skipped.add(i);
            }
        }
        return skipped;
    }

    /** The link rows of a group of statements as three parallel arrays (key, statement storage id, direct). */
    private static final class Links {
        private final List<String> keys = new ArrayList<>();
        private final List<Long> statements = new ArrayList<>();
        private final List<Boolean> direct = new ArrayList<>();

        void add(List<StatementRow.Link> links, long statement) {
            for (StatementRow.Link link : links) {
                keys.add(link.key());
                statements.add(statement);
                direct.add(link.direct());
            }
        }

        int bind(Connection c, PreparedStatement ps, int k) throws SQLException {
            ps.setArray(k, c.createArrayOf("text", keys.toArray(new String[0])));
            ps.setArray(k + 1, c.createArrayOf("bigint", statements.toArray(new Long[0])));
            ps.setArray(k + 2, c.createArrayOf("boolean", direct.toArray(new Boolean[0])));
            return k + 3;
        }
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
