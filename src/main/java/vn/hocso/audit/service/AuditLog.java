package vn.hocso.audit.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.MapperFeature;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import vn.hocso.audit.persistence.AuditStore;

/**
 * The audit log of administrative actions (imports, mappings, certificate issue/revoke, target changes, credential
 * changes, …). {@link #record} appends an entry in the caller's transaction, so the entry exists exactly when the
 * action does; entries are chained by SHA-256 and {@link #verify} recomputes the chain, detecting an altered,
 * inserted or deleted entry (the newest ones included, through the recorded head).
 */
@ApplicationScoped
public class AuditLog {

    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** Who acted: an account (id and username), or the system. */
    public record Actor(Long id, String name) {
        public static final Actor SYSTEM = new Actor(null, "system");

        /** The signed-in caller as an actor. */
        public static Actor of(vn.hocso.identity.security.CurrentUser user) {
            return new Actor(user.id(), user.username());
        }
    }

    /** The outcome of a verification: valid, or the first entry at fault and why. */
    public record Verification(boolean valid, long entries, Long firstBadId, String reason) {
    }

    @Inject
    AuditStore store;

    @Inject
    jakarta.enterprise.inject.Instance<vn.hocso.identity.security.CurrentUser> caller;

    /**
     * Appends an entry for an action of the signed-in caller (see {@link #record}).
     *
     * @throws IllegalStateException outside a request with a signed-in user
     */
    @Transactional
    public AuditEntry recordForCaller(String action, String targetType, String targetId, String orgPath,
            Map<String, ?> details) {
        vn.hocso.identity.security.CurrentUser user = caller.get();
        return record(Actor.of(user), action, targetType, targetId, orgPath, details);
    }

    /**
     * Appends an entry (serialised with every other append until the caller's transaction ends).
     *
     * @param orgPath the path of the org unit the action concerns, or null when city-wide
     * @param details what changed (a small map; serialised as canonical JSON)
     * @throws IllegalArgumentException when details cannot be serialised
     */
    @Transactional
    public AuditEntry record(Actor actor, String action, String targetType, String targetId, String orgPath,
            Map<String, ?> details) {
        AuditStore.Head head = store.lockHead();
        String json;
        try {
            json = CANONICAL.writeValueAsString(details == null ? Map.of() : details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Audit details must be JSON-serialisable", e);
        }
        AuditEntry draft = new AuditEntry(store.nextId(), Instant.now().truncatedTo(ChronoUnit.MICROS), actor.id(),
                actor.name(), action, targetType, targetId, orgPath, json,
                head == null ? AuditEntry.GENESIS : head.lastHash(), null);
        AuditEntry entry = new AuditEntry(draft.id(), draft.occurredAt(), draft.actorId(), draft.actorName(),
                draft.action(), draft.targetType(), draft.targetId(), draft.orgPath(), draft.details(),
                draft.prevHash(), draft.computeHash());
        store.append(entry, head == null ? 1 : head.entries() + 1);
        return entry;
    }

    /** Recomputes the whole chain and compares it with the recorded head. */
    @Transactional
    public Verification verify() {
        String[] previous = {AuditEntry.GENESIS};
        long[] count = {0, 0};
        Verification[] bad = {null};
        store.scan(e -> {
            if (bad[0] != null) {
                return;
            }
            count[0]++;
            if (!e.prevHash().equals(previous[0])) {
                bad[0] = new Verification(false, count[0], e.id(), "the entry before it was changed or removed");
            } else if (!e.hash().equals(e.computeHash())) {
                bad[0] = new Verification(false, count[0], e.id(), "the entry was changed");
            }
            previous[0] = e.hash();
            count[1] = e.id();
        });
        if (bad[0] != null) {
            return bad[0];
        }
        AuditStore.Head head = store.head();
        long expected = head == null ? 0 : head.entries();
        if (count[0] != expected || (head != null && !head.lastHash().equals(previous[0]))) {
            return new Verification(false, count[0], head == null ? null : head.lastId(),
                    "entries were removed: the log records " + expected + " entries ending at #"
                            + (head == null ? 0 : head.lastId()) + ", " + count[0] + " are present");
        }
        return new Verification(true, count[0], null, null);
    }
}
