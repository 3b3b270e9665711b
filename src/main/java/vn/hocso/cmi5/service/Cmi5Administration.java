package vn.hocso.cmi5.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.hocso.cmi5.model.Cmi5Registration;
import vn.hocso.cmi5.model.Cmi5Session;
import vn.hocso.cmi5.persistence.Cmi5Repository;
import vn.hocso.cmi5.persistence.Cmi5StatusStore;
import vn.hocso.content.model.Cmi5Node;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.platform.web.DomainException;

/**
 * The statements the LMS issues about sessions and AUs besides "launched": {@code abandoned} for sessions that ended
 * without "terminated" (when a new launch of the registration arrives, or on request), {@code waived} for an
 * administrator's waiver (which counts as meeting moveOn), and the "satisfied" reports that follow.
 */
@ApplicationScoped
public class Cmi5Administration {

    static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    static final String REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";
    static final String MOVE_ON_CATEGORY = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    /** The waiver reasons cmi5 defines. */
    public static final Set<String> REASONS = Set.of("Tested Out", "Equivalent AU", "Equivalent Outside Activity",
            "Administrative");

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5StatusStore statuses;

    @Inject
    Cmi5StatementRules rules;

    @Inject
    StatementService lrs;

    @Inject
    vn.hocso.lrs.service.CredentialService credentials;

    /**
     * Abandons the registration's sessions that started (their fetch URL was used) but never terminated.
     *
     * @return how many were abandoned
     */
    @Transactional
    public int abandonOpen(Cmi5Registration reg) {
        return abandon(reg, null);
    }

    private int abandon(Cmi5Registration reg, UUID only) {
        List<ObjectNode> out = new ArrayList<>();
        Instant now = Instant.now();
        for (Cmi5Session s : repository.openSessions(reg.id)) {
            if (only == null ? s.fetchedAt == null : !s.sessionId.equals(only)) {
                continue;
            }
            s.abandonedAt = now;
            revokeCredential(s);
            ObjectNode st = base(reg, s.activityId, s.auId, s.sessionId, ABANDONED, "abandoned");
            st.putObject("result").put("duration", Duration.between(s.launchedAt, now).toString());
            out.add(st);
        }
        if (!out.isEmpty()) {
            lrs.storeGenerated(out);
        }
        return out.size();
    }

    /** Ends the LRS credential of a session that ended (terminated or abandoned): it authenticates nothing more. */
    void revokeCredential(Cmi5Session s) {
        if (s.credentialId != null) {
            credentials.revoke(s.credentialId);
        }
    }

    /**
     * Abandons one open session of a registration, or (sessionId null) all that started and never terminated.
     *
     * @throws DomainException 404 for an unknown registration
     */
    @Transactional
    public int abandon(UUID registration, UUID sessionId) {
        return abandon(repository.byRegistration(registration).orElseThrow(DomainException::notFound), sessionId);
    }

    /**
     * Waives an AU for a registration: a "waived" statement with the reason and a session id of its own; the AU then
     * meets its moveOn, and blocks/course newly satisfied are reported.
     *
     * @throws DomainException 404 unknown registration or AU; 422 unknown reason
     */
    @Transactional
    public void waive(UUID registration, int auIndex, String reason) {
        Cmi5Registration reg = repository.byRegistration(registration).orElseThrow(DomainException::notFound);
        if (reason == null || !REASONS.contains(reason)) {
            throw new DomainException(422, m -> m.error_cmi5WaiveReason(String.join(", ", REASONS)));
        }
        PackageDescriptor d = rules.descriptor(reg);
        if (auIndex < 0 || auIndex >= d.launches().size()) {
            throw DomainException.notFound();
        }
        Cmi5Node au = Cmi5StatementRules.au(d, d.launches().get(auIndex).id());
        UUID sessionId = UUID.randomUUID();
        String activityId = rules.courseIri(reg.packageId) + "/au/" + URLEncoder.encode(au.id(), StandardCharsets.UTF_8);
        ObjectNode st = base(reg, activityId, au.id(), sessionId, WAIVED, "waived");
        ((com.fasterxml.jackson.databind.node.ArrayNode) st.at("/context/contextActivities/category")).addObject()
                .put("id", MOVE_ON_CATEGORY); // the waiver counts towards moveOn
        ObjectNode result = st.putObject("result");
        result.put("success", true);
        result.put("completion", true);
        result.putObject("extensions").put(REASON, reason);
        lrs.storeGenerated(List.of(st));
        Cmi5StatusStore.AuStatus s = statuses.statuses(reg.id).getOrDefault(au.id(), Cmi5StatusStore.AuStatus.NONE);
        statuses.save(reg.id, au.id(), new Cmi5StatusStore.AuStatus(s.completed(), s.passed(), s.failed(), true));
        rules.report(reg, d, sessionId);
    }

    private static ObjectNode base(Cmi5Registration reg, String activityId, String auId, UUID sessionId, String verbId,
            String display) {
        ObjectNode s = XapiJson.MAPPER.createObjectNode();
        s.put("id", UUID.randomUUID().toString());
        s.set("actor", XapiJson.parse(reg.actor, "actor"));
        ObjectNode verb = s.putObject("verb");
        verb.put("id", verbId);
        verb.putObject("display").put("en-US", display);
        s.putObject("object").put("objectType", "Activity").put("id", activityId);
        ObjectNode context = s.putObject("context");
        context.put("registration", reg.registration.toString());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("category").addObject().put("id", Cmi5Vocabulary.CATEGORY);
        activities.putArray("grouping").addObject().put("id", auId);
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, sessionId.toString());
        s.put("timestamp", Instant.now().toString());
        return s;
    }
}
