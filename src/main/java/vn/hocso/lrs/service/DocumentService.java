package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.model.XapiVersion;
import vn.hocso.lrs.persistence.DocumentStore;
import vn.hocso.lrs.persistence.DocumentStore.Document;
import vn.hocso.lrs.persistence.DocumentStore.Key;
import vn.hocso.lrs.web.XapiException;

/**
 * State, activity-profile and agent-profile documents with xAPI's optimistic concurrency: ETags are the quoted SHA-1
 * of the content; {@code If-Match} / {@code If-None-Match} that do not hold give 412; a PUT without either header on
 * an existing document gives 409 (for profiles, and in 2.0 for state too); in 1.0.3 a profile PUT must carry one of
 * them (400 otherwise). POST merges JSON objects; merging anything that is not a JSON object is a 400.
 */
@ApplicationScoped
@Transactional
public class DocumentService {

    /** The concurrency headers of a request (null when absent). */
    public record Preconditions(String ifMatch, String ifNoneMatch) {
        boolean none() {
            return ifMatch == null && ifNoneMatch == null;
        }
    }

    @Inject
    DocumentStore store;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Document> get(Key key, String docId) {
        return store.find(key, docId, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> ids(Key key, Instant since) {
        return store.ids(key, since);
    }

    /**
     * Creates or replaces a document.
     *
     * @throws XapiException 412 when a precondition fails, 409 when the document exists and no precondition was
     *         given, 400 for a 1.0.3 profile PUT without preconditions
     */
    public void put(Key key, String docId, String contentType, byte[] content, Preconditions pre,
            XapiVersion version) {
        Optional<Document> existing = store.find(key, docId, true);
        check(existing, pre);
        if (pre.none()) {
            boolean concurrencyControlled = key.kind() != 'S' || version.is2();
            if (existing.isPresent() && concurrencyControlled) {
                throw XapiException.conflict("The document exists: send If-Match with its ETag to replace it "
                        + "(or If-None-Match: * to create only)");
            }
            if (existing.isEmpty() && key.kind() != 'S' && !version.is2()) {
                throw XapiException.badRequest("A profile PUT needs If-Match or If-None-Match (xAPI 1.0.3)");
            }
        }
        store.save(key, new Document(docId, contentType, content, etag(content), Instant.now()));
    }

    /**
     * Merges a JSON object into the document (creating it when absent).
     *
     * @throws XapiException 400 when the body or the stored document is not a JSON object, 412 for a failed
     *         precondition
     */
    public void post(Key key, String docId, String contentType, byte[] content, Preconditions pre) {
        Optional<Document> existing = store.find(key, docId, true);
        check(existing, pre);
        JsonNode incoming = jsonObject(contentType, content, "The posted document");
        ObjectNode merged;
        if (existing.isPresent()) {
            merged = (ObjectNode) jsonObject(existing.get().contentType(), existing.get().content(),
                    "The stored document");
            merged.setAll((ObjectNode) incoming);
        } else {
            merged = (ObjectNode) incoming;
        }
        byte[] bytes = XapiJson.write(merged).getBytes(StandardCharsets.UTF_8);
        store.save(key, new Document(docId, "application/json", bytes, etag(bytes), Instant.now()));
    }

    /**
     * Deletes one document (or all of a state set when {@code docId} is null).
     *
     * @throws XapiException 412 for a failed precondition
     */
    public void delete(Key key, String docId, Preconditions pre) {
        if (docId != null) {
            check(store.find(key, docId, true), pre);
        }
        store.delete(key, docId);
    }

    private static void check(Optional<Document> existing, Preconditions pre) {
        if (pre.ifMatch() != null) {
            boolean ok = existing.isPresent() && ("*".equals(pre.ifMatch().trim())
                    || matches(pre.ifMatch(), existing.get().etag()));
            if (!ok) {
                throw XapiException.preconditionFailed("If-Match does not match the document's current ETag");
            }
        }
        if (pre.ifNoneMatch() != null && existing.isPresent()) {
            if ("*".equals(pre.ifNoneMatch().trim()) || matches(pre.ifNoneMatch(), existing.get().etag())) {
                throw XapiException.preconditionFailed("If-None-Match: the document already exists");
            }
        }
    }

    /** True when one of the (comma-separated, possibly weak) tags of a header is this ETag. */
    private static boolean matches(String header, String etag) {
        for (String tag : header.split(",")) {
            String t = tag.trim();
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.replace("\"", "").equalsIgnoreCase(etag)) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode jsonObject(String contentType, byte[] content, String what) {
        if (contentType == null || !contentType.toLowerCase().startsWith("application/json")) {
            throw XapiException.badRequest(what + " is not application/json, so it cannot be merged");
        }
        JsonNode node;
        try {
            node = XapiJson.parse(content, "document");
        } catch (RuntimeException e) {
            throw XapiException.badRequest(what + " is not valid JSON, so it cannot be merged");
        }
        if (!node.isObject()) {
            throw XapiException.badRequest(what + " is not a JSON object, so it cannot be merged");
        }
        return node;
    }

    /** SHA-1 of the content, hex (the ETag, without quotes). */
    public static String etag(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
