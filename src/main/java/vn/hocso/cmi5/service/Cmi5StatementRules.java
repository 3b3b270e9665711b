package vn.hocso.cmi5.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.hocso.cmi5.model.Cmi5Registration;
import vn.hocso.cmi5.model.Cmi5Session;
import vn.hocso.cmi5.persistence.Cmi5Repository;
import vn.hocso.cmi5.persistence.Cmi5StatusStore;
import vn.hocso.content.model.Cmi5Node;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.content.service.PackageService;
import vn.hocso.lrs.security.LrsPrincipal;
import vn.hocso.lrs.service.LaunchStatementRules;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.lrs.web.XapiException;

/**
 * The LMS's side of cmi5's statement rules for statements an AU sends about its own session: nothing after
 * "terminated" or "abandoned"; in Browse and Review mode no completed/passed/failed; at most one "completed" and one
 * "passed" per AU and registration, no "failed" after "passed"; "passed" needs a scaled score at or above the
 * masteryScore and "failed" one below it. Refusals are 403 with the rule in the message; nothing of the request is
 * stored. After storing: a session's "terminated" is recorded, AU standing updated and the blocks and course that are
 * now satisfied are reported ({@link Cmi5Satisfaction}).
 */
@ApplicationScoped
public class Cmi5StatementRules implements LaunchStatementRules {

    static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5StatusStore statuses;

    @Inject
    Cmi5Satisfaction satisfaction;

    @Inject
    PackageRepository packages;

    @Inject
    PackageService packageService;

    @Inject
    StatementService lrs;

    @Inject
    vn.hocso.lrs.config.LrsConfig lrsConfig;

    /** A statement with the cmi5 session it belongs to and the AU. */
    private record Bound(ObjectNode statement, String verb, Cmi5Session session, Cmi5Node au) {
    }

    @Override
    public void check(List<ObjectNode> statements, LrsPrincipal principal) {
        Optional<Cmi5Registration> reg = repository.byRegistration(principal.registration());
        if (reg.isEmpty()) {
            return;
        }
        PackageDescriptor d = descriptor(reg.get());
        Map<String, Cmi5StatusStore.AuStatus> standing = new HashMap<>(statuses.statuses(reg.get().id));
        java.util.Set<UUID> judgedSessions = new java.util.HashSet<>();
        for (Bound b : bind(statements, reg.get(), d)) {
            Cmi5Session s = b.session();
            if (s.terminatedAt != null) {
                throw XapiException.forbidden("cmi5: the session " + s.sessionId + " has terminated; no statements "
                        + "are accepted after \"terminated\"");
            }
            if (s.abandonedAt != null) {
                throw XapiException.forbidden("cmi5: the session " + s.sessionId + " was abandoned");
            }
            if (b.au() == null) {
                continue;
            }
            Cmi5StatusStore.AuStatus st = standing.getOrDefault(b.au().id(), Cmi5StatusStore.AuStatus.NONE);
            boolean judged = b.verb().equals("completed") || b.verb().equals("passed") || b.verb().equals("failed");
            if (judged && !"Normal".equals(s.launchMode)) {
                throw XapiException.forbidden("cmi5: in " + s.launchMode + " mode an AU may not send \"" + b.verb()
                        + "\"");
            }
            if ((b.verb().equals("passed") || b.verb().equals("failed"))
                    && (s.judged || !judgedSessions.add(s.sessionId))) {
                throw XapiException.forbidden("cmi5: a session may send only one \"passed\" or \"failed\"");
            }
            JsonNode scaled = b.statement().path("result").path("score").path("scaled");
            java.math.BigDecimal mastery = b.au().masteryScore();
            switch (b.verb()) {
                case "completed" -> {
                    if (st.completed()) {
                        throw XapiException.forbidden("cmi5: this AU is already completed in this registration");
                    }
                    st = new Cmi5StatusStore.AuStatus(true, st.passed(), st.failed(), st.waived());
                }
                case "passed" -> {
                    if (st.passed()) {
                        throw XapiException.forbidden("cmi5: this AU is already passed in this registration");
                    }
                    if (mastery != null && scaled.isNumber() && scaled.decimalValue().compareTo(mastery) < 0) {
                        throw XapiException.forbidden("cmi5: \"passed\" with a scaled score below the masteryScore "
                                + mastery);
                    }
                    st = new Cmi5StatusStore.AuStatus(st.completed(), true, st.failed(), st.waived());
                }
                case "failed" -> {
                    if (st.passed()) {
                        throw XapiException.forbidden("cmi5: \"failed\" after \"passed\" in this registration");
                    }
                    if (mastery != null && scaled.isNumber() && scaled.decimalValue().compareTo(mastery) >= 0) {
                        throw XapiException.forbidden("cmi5: \"failed\" with a scaled score at or above the "
                                + "masteryScore " + mastery);
                    }
                    st = new Cmi5StatusStore.AuStatus(st.completed(), st.passed(), true, st.waived());
                }
                default -> { }
            }
            standing.put(b.au().id(), st);
        }
    }

    @Override
    public void stored(List<ObjectNode> statements, LrsPrincipal principal) {
        Optional<Cmi5Registration> reg = repository.byRegistration(principal.registration());
        if (reg.isEmpty()) {
            return;
        }
        PackageDescriptor d = descriptor(reg.get());
        UUID trigger = null;
        boolean judged = false;
        for (Bound b : bind(statements, reg.get(), d)) {
            trigger = b.session().sessionId;
            if (b.verb().equals("terminated")) {
                b.session().terminatedAt = Instant.now();
            }
            if (b.verb().equals("passed") || b.verb().equals("failed")) {
                b.session().judged = true;
            }
            if (b.au() != null && List.of("completed", "passed", "failed").contains(b.verb())) {
                Cmi5StatusStore.AuStatus st = statuses.statuses(reg.get().id).getOrDefault(b.au().id(),
                        Cmi5StatusStore.AuStatus.NONE);
                statuses.save(reg.get().id, b.au().id(), new Cmi5StatusStore.AuStatus(
                        st.completed() || b.verb().equals("completed"), st.passed() || b.verb().equals("passed"),
                        st.failed() || b.verb().equals("failed"), st.waived()));
                judged = true;
            }
        }
        if (judged) {
            report(reg.get(), d, trigger);
        }
    }

    /** Reports the blocks and course newly satisfied (also after a waiver). */
    void report(Cmi5Registration reg, PackageDescriptor d, UUID sessionId) {
        List<ObjectNode> due = satisfaction.due(reg, d.cmi5(), courseIri(reg.packageId), sessionId);
        if (!due.isEmpty()) {
            lrs.storeGenerated(due);
        }
    }

    String courseIri(long packageId) {
        return lrsConfig.accountHomePage().replaceAll("/+$", "") + "/xapi/activities/package/" + packageId;
    }

    PackageDescriptor descriptor(Cmi5Registration reg) {
        return packageService.descriptor(packages.versionById(reg.versionId));
    }

    /** The statements that name a session of this registration (context extension sessionid), with their AU. */
    private List<Bound> bind(List<ObjectNode> statements, Cmi5Registration reg, PackageDescriptor d) {
        List<Bound> bound = new ArrayList<>();
        for (ObjectNode s : statements) {
            String sid = s.path("context").path("extensions").path(Cmi5Vocabulary.SESSION_ID).asText(null);
            UUID sessionId;
            try {
                sessionId = sid == null ? null : UUID.fromString(sid);
            } catch (IllegalArgumentException e) {
                sessionId = null;
            }
            Cmi5Session session = sessionId == null ? null : repository.session(sessionId).orElse(null);
            if (session == null || session.registrationId != reg.id) {
                continue;
            }
            String verb = s.path("verb").path("id").asText("");
            verb = verb.startsWith(VERBS) ? verb.substring(VERBS.length()) : verb;
            Cmi5Node au = session.activityId.equals(s.path("object").path("id").asText()) ? au(d, session.auId) : null;
            bound.add(new Bound(s, verb, session, au));
        }
        return bound;
    }

    static Cmi5Node au(PackageDescriptor d, String id) {
        return find(d.cmi5().children(), id);
    }

    private static Cmi5Node find(List<Cmi5Node> nodes, String id) {
        for (Cmi5Node n : nodes) {
            if ("au".equals(n.type()) && n.id().equals(id)) {
                return n;
            }
            Cmi5Node inner = find(n.children(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
