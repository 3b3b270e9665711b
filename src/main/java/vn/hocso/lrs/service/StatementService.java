package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocso.lrs.model.AgentIfi;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.model.XapiVersion;
import vn.hocso.lrs.persistence.AttachmentStore;
import vn.hocso.lrs.persistence.StatementQuery;
import vn.hocso.lrs.persistence.StatementRow;
import vn.hocso.lrs.persistence.StatementStore;
import vn.hocso.lrs.security.LrsPrincipal;
import vn.hocso.lrs.validation.StatementValidator;
import vn.hocso.lrs.validation.XapiTimes;
import vn.hocso.lrs.validation.XapiValidationException;
import vn.hocso.lrs.web.XapiException;

/**
 * Stores and reads statements. A stored statement is immutable; a batch is stored whole or not at all, in one
 * transaction committed before the caller is answered (so an acknowledged statement survives a crash).
 */
@ApplicationScoped
public class StatementService {

    /** An attachment part received with statements: its SHA-2 (hex), media type and content. */
    public record Attachment(String sha2, String contentType, byte[] content) {
    }

    static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    static final String SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    private static final DateTimeFormatter STORED_FORMAT = DateTimeFormatter.ISO_INSTANT;
    /** Properties the LRS adds to a statement; a re-sent statement is "the same" whatever their values. */
    private static final Set<String> LRS_PROPERTIES = Set.of("id", "stored", "authority", "version", "timestamp");

    @Inject
    StatementStore store;

    @Inject
    AttachmentStore attachments;

    @Inject
    ActivityDefinitions definitions;

    @Inject
    ConsistencyClock clock;

    @Inject
    StatementIds ids;

    @Inject
    StatementGroupWriter groupWriter;

    /** Rules of launched content (cmi5): statements of launch credentials are checked and followed up. */
    @Inject
    jakarta.enterprise.inject.Instance<LaunchRules> launchRules;

    /** Other features' reactions to stored statements ({@link StoredStatementObserver}). */
    @Inject
    jakarta.enterprise.inject.Instance<StoredStatementObserver> observerBeans;

    private volatile List<StoredStatementObserver> observers;

    /** To keep a write "in flight" for X-Experience-API-Consistent-Through until its transaction has ended. */
    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Validates and stores statements, in a transaction of its own that has committed when it returns: a single
     * statement without attachments is committed together with other requests' single statements (group commit,
     * {@link StatementGroupWriter}); anything else in a transaction of its own.
     *
     * @param statements as received (objects)
     * @param parts attachment parts received with them, by SHA-2
     * @return the statement ids, in order
     * @throws XapiValidationException (400) for an invalid statement, naming the property
     * @throws XapiException 400 for duplicate ids in the batch or attachment problems, 403 without the right scope or
     *         for another agent's statement, 409 for an id already stored with different content
     */
    public List<UUID> store(List<JsonNode> statements, Map<String, Attachment> parts, XapiVersion version,
            LrsPrincipal principal) {
        if (!principal.canWriteStatements()) {
            throw XapiException.forbidden("This credential may not write statements (scope statements/write)");
        }
        List<ObjectNode> prepared = new ArrayList<>(statements.size());
        Map<UUID, ObjectNode> byId = new LinkedHashMap<>();
        java.util.Set<UUID> assignedIds = new java.util.HashSet<>();
        for (int i = 0; i < statements.size(); i++) {
            JsonNode s = statements.get(i);
            String where = statements.size() > 1 ? "statements[" + i + "]" : "statement";
            if (!s.isObject()) {
                throw new XapiValidationException(where, "must be a JSON object");
            }
            try {
                StatementValidator.validate(s, version);
            } catch (XapiValidationException e) {
                throw new XapiValidationException(where + (e.path().isEmpty() ? "" : "." + e.path()),
                        e.getMessage().substring(e.path().isEmpty() ? 0 : e.path().length() + 2));
            }
            ObjectNode copy = s.deepCopy();
            UUID id = copy.has("id") ? UUID.fromString(copy.get("id").asText()) : UUID.randomUUID();
            if (!copy.has("id")) {
                assignedIds.add(id);
            }
            copy.put("id", id.toString());
            if (byId.put(id, copy) != null) {
                throw XapiException.badRequest("The statement id " + id + " appears twice in this request");
            }
            if (principal.ownAgentIfi() != null && !principal.ownAgentIfi().equals(AgentIfi.of(copy.get("actor")))) {
                throw XapiException.forbidden(where + ".actor: you may only store statements about yourself");
            }
            if (principal.registration() != null && VOIDED.equals(copy.path("verb").path("id").asText())) {
                throw XapiException.forbidden(where + ".verb: launched content may not void statements");
            }
            if (principal.registration() != null && !principal.registration().toString()
                    .equals(copy.path("context").path("registration").asText(null))) {
                throw XapiException.forbidden(where + ".context.registration: this launch may only store statements "
                        + "of registration " + principal.registration());
            }
            prepared.add(copy);
        }
        checkAttachments(prepared, parts);
        boolean launched = principal.registration() != null && !launchRules.isUnsatisfied();
        if (prepared.size() == 1 && parts.isEmpty() && !launched) {
            groupWriter.write(new Incoming(prepared.get(0), version, principal));
        } else {
            List<Incoming> incoming = prepared.stream().map(st -> new Incoming(st, version, principal)).toList();
            QuarkusTransaction.requiringNew().run(() -> {
                if (launched) {
                    launchRules.forEach(r -> r.check(prepared, assignedIds, principal));
                }
                for (RuntimeException conflict : persist(incoming)) {
                    if (conflict != null) {
                        throw conflict;
                    }
                }
                attachments.save(parts.values());
                if (launched) {
                    launchRules.forEach(r -> r.stored(prepared, principal));
                }
            });
        }
        return new ArrayList<>(byId.keySet());
    }

    /**
     * Stores statements that HocSo itself generates (for example the SCORM runtime's mirror of an attempt) in the
     * caller's transaction, so that they are stored exactly when the data they describe is. The authority is the
     * LMS's own agent ({@code account} "hocso" at the LRS home page).
     *
     * @throws XapiValidationException when a statement is invalid (a bug of the generator; the transaction rolls back)
     * @throws IllegalStateException when no transaction is active or a statement id is already stored differently
     */
    public void storeGenerated(List<ObjectNode> statements) {
        List<Incoming> incoming = new ArrayList<>(statements.size());
        for (ObjectNode s : statements) {
            StatementValidator.validate(s, XapiVersion.V2_0_0);
            incoming.add(new Incoming(s.deepCopy(), XapiVersion.V2_0_0, lmsPrincipal()));
        }
        for (RuntimeException conflict : persist(incoming)) {
            if (conflict != null) {
                throw new IllegalStateException("Generated statement conflicts with a stored one", conflict);
            }
        }
    }

    private LrsPrincipal lmsPrincipal() {
        LrsPrincipal p = lmsPrincipal;
        if (p == null) {
            ObjectNode authority = XapiJson.MAPPER.createObjectNode();
            authority.put("objectType", "Agent");
            authority.putObject("account").put("homePage", lrsConfig.accountHomePage()).put("name", "hocso");
            p = new LrsPrincipal(null, Set.of(LrsPrincipal.ALL), authority, AgentIfi.of(authority), null, null);
            lmsPrincipal = p;
        }
        return p;
    }

    private volatile LrsPrincipal lmsPrincipal;

    @Inject
    vn.hocso.lrs.config.LrsConfig lrsConfig;

    /** A validated statement of one request, with the request's version and caller. */
    record Incoming(ObjectNode statement, XapiVersion version, LrsPrincipal principal) {
    }

    /**
     * Stores statements in the current transaction: ids and stored time, in-flight registration, insert (ids already
     * stored are skipped by the database and then compared with what is stored), voiding, canonical definitions.
     * Used for one request's statements and for a group of single-statement requests alike.
     *
     * @return for each statement, in order: null when stored (or identical to the stored one), or the 409 its
     *         request must fail with (a different statement with the same id is stored)
     */
    List<RuntimeException> persist(List<Incoming> incoming) {
        long[] storageIds;
        ConsistencyClock.Write write;
        synchronized (ids) {
            storageIds = ids.take(incoming.size());
            write = clock.begin();
        }
        closeAfterCompletion(write);
        List<StatementRow> rows = new ArrayList<>(incoming.size());
        for (int i = 0; i < incoming.size(); i++) {
            Incoming in = incoming.get(i);
            rows.add(row(storageIds[i], complete(in.statement(), write.stored(), in.version(), in.principal()),
                    in.principal()));
        }
        List<Integer> skipped = store.insert(rows);
        List<RuntimeException> outcomes = new ArrayList<>(java.util.Collections.nCopies(incoming.size(), null));
        if (!skipped.isEmpty()) {
            Map<UUID, String> stored = store.payloads(skipped.stream().map(i -> rows.get(i).statementId()).toList());
            for (int i : skipped) {
                try {
                    requireSame(incoming.get(i).statement(), stored.get(rows.get(i).statementId()));
                } catch (XapiException conflict) {
                    outcomes.set(i, conflict);
                }
            }
        }
        Set<Integer> skippedAt = new HashSet<>(skipped);
        List<StatementRow> fresh = new ArrayList<>();
        List<ObjectNode> defining = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            if (!skippedAt.contains(i)) {
                fresh.add(rows.get(i));
                if (incoming.get(i).principal().canDefine()) {
                    defining.add(incoming.get(i).statement());
                }
            }
        }
        voiding(fresh);
        if (!defining.isEmpty()) {
            definitions.record(defining);
        }
        notifyObservers(incoming, rows, skippedAt);
        return outcomes;
    }

    /** Hands the statements just inserted to the {@link StoredStatementObserver}s (none: nothing is built). */
    private void notifyObservers(List<Incoming> incoming, List<StatementRow> rows, Set<Integer> skippedAt) {
        List<StoredStatementObserver> all = observers;
        if (all == null) {
            all = observerBeans.stream().toList();
            observers = all;
        }
        if (all.isEmpty() || skippedAt.size() == incoming.size()) {
            return;
        }
        List<StoredStatementObserver.Stored> stored = new ArrayList<>(incoming.size() - skippedAt.size());
        for (int i = 0; i < incoming.size(); i++) {
            if (!skippedAt.contains(i)) {
                StatementRow r = rows.get(i);
                stored.add(new StoredStatementObserver.Stored(r.statementId(), r.verbIri(), r.registration(),
                        incoming.get(i).statement()));
            }
        }
        for (StoredStatementObserver o : all) {
            o.stored(stored);
        }
    }


    /** Keeps the write "in flight" for X-Experience-API-Consistent-Through until the transaction has ended. */
    private void closeAfterCompletion(ConsistencyClock.Write write) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                write.close();
            }
        });
    }

    /** Voids the targets of new voiding statements, and new statements that a stored voiding statement targets. */
    private void voiding(List<StatementRow> fresh) {
        Set<UUID> targets = new HashSet<>();
        Set<UUID> freshIds = new HashSet<>();
        for (StatementRow r : fresh) {
            freshIds.add(r.statementId());
            if (r.voiding() && r.refStatementId() != null) {
                targets.add(r.refStatementId());
            }
        }
        targets.addAll(store.alreadyVoided(freshIds));
        store.voidTargets(targets);
    }


    /** Adds what the LRS sets: stored, authority, version, timestamp; contextActivities become arrays. */
    private static ObjectNode complete(ObjectNode s, Instant stored, XapiVersion version, LrsPrincipal principal) {
        String storedText = STORED_FORMAT.format(stored);
        s.put("stored", storedText);
        if (!s.has("timestamp")) {
            s.put("timestamp", storedText);
        }
        s.set("authority", principal.authority().deepCopy());
        if (!s.has("version")) {
            s.put("version", version.is2() ? "2.0.0" : "1.0.0");
        }
        normaliseContextActivities(s);
        if (s.path("object").path("objectType").asText().equals("SubStatement")) {
            normaliseContextActivities((ObjectNode) s.get("object"));
        }
        return s;
    }

    private static void normaliseContextActivities(ObjectNode s) {
        JsonNode ca = s.path("context").path("contextActivities");
        if (ca instanceof ObjectNode lists) {
            Iterator<Map.Entry<String, JsonNode>> it = lists.fields();
            List<String> single = new ArrayList<>();
            it.forEachRemaining(e -> {
                if (e.getValue().isObject()) {
                    single.add(e.getKey());
                }
            });
            for (String key : single) {
                ArrayNode array = XapiJson.MAPPER.createArrayNode().add(lists.get(key));
                lists.set(key, array);
            }
        }
    }

    private static StatementRow row(long id, ObjectNode s, LrsPrincipal principal) {
        JsonNode object = s.get("object");
        String verb = s.get("verb").get("id").asText();
        boolean isRef = "StatementRef".equals(object.path("objectType").asText());
        UUID ref = isRef ? UUID.fromString(object.get("id").asText()) : null;
        JsonNode reg = s.path("context").get("registration");
        StatementLinks links = StatementLinks.of(s);
        return new StatementRow(id, UUID.fromString(s.get("id").asText()), Instant.parse(s.get("stored").asText()),
                parseTimestamp(s.get("timestamp").asText()), verb, reg == null ? null : UUID.fromString(reg.asText()),
                VOIDED.equals(verb) && isRef, ref, principal.credentialId(), AgentIfi.of(s.get("actor")),
                principal.authorityIfi(),
                s.has("attachments"), XapiJson.write(s), links.agents(), links.activities());
    }

    static Instant parseTimestamp(String text) {
        return XapiTimes.toInstant(text);
    }

    /**
     * The re-sent statement must equal the stored one in everything the client controls.
     *
     * @throws XapiException 409 otherwise
     */
    private static void requireSame(ObjectNode sent, String storedPayload) {
        JsonNode stored = XapiJson.parse(storedPayload, "stored statement");
        Iterator<Map.Entry<String, JsonNode>> fields = sent.fields();
        boolean same = true;
        while (fields.hasNext() && same) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (!LRS_PROPERTIES.contains(f.getKey())) {
                same = f.getValue().equals(stored.get(f.getKey()));
            }
        }
        Iterator<String> names = stored.fieldNames();
        while (names.hasNext() && same) {
            String name = names.next();
            same = LRS_PROPERTIES.contains(name) || sent.has(name);
        }
        if (!same) {
            throw XapiException.conflict("A different statement with id " + sent.get("id").asText()
                    + " is already stored; statements are immutable");
        }
    }

    /**
     * Every attachment without fileUrl needs a part with its SHA-2, every part must belong to an attachment, and a
     * signature attachment must hold a JWS whose payload is the statement.
     */
    private static void checkAttachments(List<ObjectNode> statements, Map<String, Attachment> parts) {
        Set<String> declared = new HashSet<>();
        for (ObjectNode s : statements) {
            for (JsonNode a : s.path("attachments")) {
                String sha2 = a.path("sha2").asText();
                declared.add(sha2);
                Attachment part = parts.get(sha2);
                if (part == null && !a.has("fileUrl")) {
                    throw XapiException.badRequest("Attachment " + sha2 + " has no fileUrl and was not sent as a part");
                }
                if (part != null && SIGNATURE.equals(a.path("usageType").asText())) {
                    SignatureCheck.verify(s, part.content(), a);
                }
            }
        }
        for (String sha2 : parts.keySet()) {
            if (!declared.contains(sha2)) {
                throw XapiException.badRequest("The part with hash " + sha2 + " matches no attachment of the statements");
            }
        }
    }

    /** One statement by id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public java.util.Optional<StatementStore.Stored> get(UUID id) {
        return store.byId(id);
    }

    /** Statements matching a query, at most {@code limit + 1} (one extra says there is a next page). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StatementStore.Stored> query(StatementQuery query) {
        StatementQuery.Sql sql = query.toSql();
        return store.select(sql.text(), sql.params());
    }

    /** Attachment contents by SHA-2. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Attachment> attachments(Set<String> sha2s) {
        Map<String, Attachment> found = new HashMap<>();
        attachments.load(sha2s).forEach(a -> found.put(a.sha2(), a));
        return found;
    }
}
