package vn.hocso.lrs.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** Plain-SQL access to state and profile documents. Callers run inside a transaction. */
@ApplicationScoped
public class DocumentStore {

    /**
     * Which document set: kind S (state), A (activity profile) or G (agent profile), with its activity IRI, agent key
     * and registration ("" where they do not apply).
     */
    public record Key(char kind, String activityIri, String agentIfi, String registration) {
    }

    /** A stored document. */
    public record Document(String id, String contentType, byte[] content, String etag, Instant updated) {
    }

    private static final String WHERE = "kind = ? AND activity_iri = ? AND agent_ifi = ? AND registration = ?";

    @Inject
    DataSource dataSource;

    /** The document, locked for update when {@code lock} (so concurrent writers wait for each other). */
    public Optional<Document> find(Key key, String docId, boolean lock) {
        String sql = "SELECT doc_id, content_type, content, etag, updated FROM lrs_document WHERE " + WHERE
                + " AND doc_id = ?" + (lock ? " FOR UPDATE" : "");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindKey(ps, key);
            ps.setString(i, docId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Document(rs.getString(1), rs.getString(2), rs.getBytes(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant())) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
    }

    /** Ids of the set's documents, updated after {@code since} when given, oldest first. */
    public List<String> ids(Key key, Instant since) {
        String sql = "SELECT doc_id FROM lrs_document WHERE " + WHERE + (since == null ? "" : " AND updated > ?")
                + " ORDER BY updated, doc_id";
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindKey(ps, key);
            if (since != null) {
                ps.setTimestamp(i, Timestamp.from(since));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
        return ids;
    }

    /** Creates or replaces a document. */
    public void save(Key key, Document doc) {
        String sql = """
                INSERT INTO lrs_document (kind, activity_iri, agent_ifi, registration, doc_id, content_type, content,
                    etag, updated)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (kind, activity_iri, agent_ifi, registration, doc_id) DO UPDATE SET
                    content_type = EXCLUDED.content_type, content = EXCLUDED.content, etag = EXCLUDED.etag,
                    updated = EXCLUDED.updated""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindKey(ps, key);
            ps.setString(i++, doc.id());
            ps.setString(i++, doc.contentType());
            ps.setBytes(i++, doc.content());
            ps.setString(i++, doc.etag());
            ps.setTimestamp(i, Timestamp.from(doc.updated()));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
    }

    /** Deletes one document, or every document of the set when {@code docId} is null. */
    public void delete(Key key, String docId) {
        String sql = "DELETE FROM lrs_document WHERE " + WHERE + (docId == null ? "" : " AND doc_id = ?");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindKey(ps, key);
            if (docId != null) {
                ps.setString(i, docId);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
    }

    private static int bindKey(PreparedStatement ps, Key key) throws SQLException {
        ps.setString(1, String.valueOf(key.kind()));
        ps.setString(2, key.activityIri());
        ps.setString(3, key.agentIfi());
        ps.setString(4, key.registration());
        return 5;
    }
}
