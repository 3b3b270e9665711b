package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.persistence.StatementStore;

/**
 * The LRS's canonical definition of each activity: the definitions received in statements (from credentials with the
 * {@code define} scope), merged, later ones winning property by property and language by language. Served by
 * {@code GET /activities} and used by {@code format=canonical}.
 */
@ApplicationScoped
public class ActivityDefinitions {

    /** Definitions already known to be stored exactly so, to skip needless writes on hot activities. */
    private final Map<String, String> known = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;

    @Inject
    jakarta.transaction.TransactionSynchronizationRegistry transactions;

    /**
     * Merges the definitions found in these statements (objects, sub-statement objects, context activities), in the
     * order of their IRIs so that concurrent writers lock rows in the same order (no deadlock). Runs inside the
     * caller's transaction; what it wrote is remembered as stored only once that transaction has committed.
     */
    public void record(List<? extends JsonNode> statements) {
        Map<String, ObjectNode> incoming = new java.util.TreeMap<>();
        for (JsonNode s : statements) {
            collect(s, incoming);
        }
        incoming.entrySet().removeIf(e -> XapiJson.write(e.getValue()).equals(known.get(e.getKey())));
        if (incoming.isEmpty()) {
            return;
        }
        Map<String, ObjectNode> current = load(incoming.keySet());
        Map<String, String> written = new java.util.HashMap<>();
        String sql = "INSERT INTO lrs_activity (activity_iri, definition, updated) VALUES (?, ?, now()) "
                + "ON CONFLICT (activity_iri) DO UPDATE SET definition = EXCLUDED.definition, updated = now()";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, ObjectNode> e : incoming.entrySet()) {
                ObjectNode merged = current.getOrDefault(e.getKey(), XapiJson.MAPPER.createObjectNode());
                merge(merged, e.getValue());
                ps.setString(1, e.getKey());
                ps.setString(2, XapiJson.write(merged));
                ps.addBatch();
                written.put(e.getKey(), XapiJson.write(e.getValue()));
            }
            ps.executeBatch();
            transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing to do before the commit
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == jakarta.transaction.Status.STATUS_COMMITTED) {
                        if (known.size() > 50_000) {
                            known.clear();
                        }
                        known.putAll(written);
                    }
                }
            });
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
    }

    /** Canonical definitions of these activities (absent ones are not in the map). */
    public Map<String, ObjectNode> load(java.util.Collection<String> iris) {
        Map<String, ObjectNode> found = new HashMap<>();
        if (iris.isEmpty()) {
            return found;
        }
        String sql = "SELECT activity_iri, definition FROM lrs_activity WHERE activity_iri = ANY (?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", iris.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getString(1), (ObjectNode) XapiJson.parse(rs.getString(2), "definition"));
                }
            }
        } catch (SQLException e) {
            throw new StatementStore.StoreException(e);
        }
        return found;
    }

    private static void collect(JsonNode s, Map<String, ObjectNode> into) {
        activity(s.get("object"), into);
        JsonNode object = s.path("object");
        if ("SubStatement".equals(object.path("objectType").asText())) {
            collect(object, into);
        }
        s.path("context").path("contextActivities").forEach(list -> list.forEach(a -> activity(a, into)));
    }

    private static void activity(JsonNode a, Map<String, ObjectNode> into) {
        if (a == null || !a.isObject() || !"Activity".equals(a.path("objectType").asText("Activity"))) {
            return;
        }
        JsonNode def = a.get("definition");
        if (def instanceof ObjectNode d && a.has("id")) {
            merge(into.computeIfAbsent(a.get("id").asText(), k -> XapiJson.MAPPER.createObjectNode()), d);
        }
    }

    /** Later values win; language maps and extensions merge key by key. */
    static void merge(ObjectNode target, ObjectNode source) {
        source.fields().forEachRemaining(f -> {
            JsonNode existing = target.get(f.getKey());
            boolean mapLike = "name".equals(f.getKey()) || "description".equals(f.getKey())
                    || "extensions".equals(f.getKey());
            if (mapLike && existing instanceof ObjectNode e && f.getValue() instanceof ObjectNode v) {
                e.setAll(v);
            } else {
                target.set(f.getKey(), f.getValue().deepCopy());
            }
        });
    }
}
