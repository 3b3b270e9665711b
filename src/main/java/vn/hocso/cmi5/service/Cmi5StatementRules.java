package vn.hocso.cmi5.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import vn.hocso.lrs.service.LaunchRules;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.lrs.web.XapiException;

/**
 * cmi5's rules for what an AU does with the credential of its session (cmi5 spec sections 9 to 11; requirement ids
 * in the messages). Each statement must have the shape {@link Cmi5StatementFormat} checks; in order, a session reads
 * its learner preferences, sends "initialized" once and first, and nothing after "terminated" (nor after the LMS
 * abandoned it); in Browse and Review mode no completed/passed/failed; at most one "completed" and one "passed" per
 * AU and registration, no "failed" after "passed", one "passed" or "failed" per session; "passed" needs a scaled score
 * at or above the masteryScore and "failed" one below it. Documents: {@link Cmi5DocumentRules}. Refusals are 403 with
 * the rule in the message; nothing of the request is stored. After storing: the session's progress is recorded
 * (initialized, terminated: its credential is revoked), AU standing updated and the blocks and course that are now
 * satisfied are reported ({@link Cmi5Satisfaction}).
 */
@ApplicationScoped
public class Cmi5StatementRules implements LaunchRules {

    static final String VERBS = "http://adlnet.gov/expapi/verbs/";

    @Inject
    Cmi5Repository repository;

    @Inject
    Cmi5StatusStore statuses;

    @Inject
    Cmi5Satisfaction satisfaction;

    @Inject
    Cmi5DocumentRules documents;

    @Inject
    Cmi5Administration administration;

    @Inject
    PackageRepository packages;

    @Inject
    PackageService packageService;

    @Inject
    StatementService lrs;

    @Inject
    vn.hocso.lrs.config.LrsConfig lrsConfig;

    @Override
    public void check(List<ObjectNode> statements, Set<UUID> assignedIds, LrsPrincipal principal) {
        Optional<Cmi5Registration> reg = repository.byRegistration(principal.registration());
        if (reg.isEmpty()) {
            return;
        }
        Cmi5Session s = openSession(principal);
        Cmi5Node au = au(descriptor(reg.get()), s.auId);
        Cmi5StatusStore.AuStatus standing = statuses.statuses(reg.get().id).getOrDefault(au.id(),
                Cmi5StatusStore.AuStatus.NONE);
        boolean initialized = s.initializedAt != null;
        boolean terminated = false;
        boolean judged = s.judged;
        for (ObjectNode st : statements) {
            String verb = Cmi5StatementFormat.check(st, assignedIds.contains(UUID.fromString(st.get("id").asText())),
                    s, au);
            if (terminated) {
                throw refuse("9.3.0.0-5", "no statement after \"terminated\"");
            }
            if (!initialized) {
                if (!"initialized".equals(verb)) {
                    throw refuse("9.3.0.0-4", "the first statement of a session is the AU's \"initialized\"");
                }
                if (s.preferencesReadAt == null) {
                    throw refuse("11.0.0.0-3", "the AU reads its learner preferences (agent profile "
                            + Cmi5Vocabulary.LEARNER_PREFERENCES + ") before it sends \"initialized\"");
                }
                initialized = true;
                continue;
            }
            if (verb == null) {
                continue;
            }
            switch (verb) {
                case "initialized" -> throw refuse("9.3.2.0-3", "a session sends \"initialized\" once");
                case "terminated" -> terminated = true;
                default -> {
                    if (!"Normal".equals(s.launchMode)) {
                        throw refuse("Browse".equals(s.launchMode) ? "10.2.2.0-2" : "10.2.2.0-3", "in "
                                + s.launchMode + " mode an AU may not send \"" + verb + "\"");
                    }
                    if (!"completed".equals(verb)) {
                        if (judged) {
                            throw refuse("9.3.0.0-2", "a session may send only one \"passed\" or \"failed\"");
                        }
                        judged = true;
                    }
                    standing = judge(verb, st, standing, au.masteryScore());
                }
            }
        }
    }

    /** The AU's standing after a completed/passed/failed it may send (else a 403 naming the rule). */
    private static Cmi5StatusStore.AuStatus judge(String verb, JsonNode st, Cmi5StatusStore.AuStatus was,
            BigDecimal mastery) {
        JsonNode scaled = st.path("result").path("score").path("scaled");
        switch (verb) {
            case "completed" -> {
                if (was.completed()) {
                    throw refuse("9.3.0.0-2", "this AU is already completed in this registration");
                }
                return new Cmi5StatusStore.AuStatus(true, was.passed(), was.failed(), was.waived());
            }
            case "passed" -> {
                if (was.passed()) {
                    throw refuse("9.3.0.0-2", "this AU is already passed in this registration");
                }
                if (mastery != null && scaled.isNumber() && scaled.decimalValue().compareTo(mastery) < 0) {
                    throw refuse("9.3.4.0-2", "\"passed\" with a scaled score below the masteryScore "
                            + mastery.toPlainString());
                }
                return new Cmi5StatusStore.AuStatus(was.completed(), true, was.failed(), was.waived());
            }
            default -> {
                if (was.passed()) {
                    throw refuse("9.3.0.0-8", "\"failed\" after \"passed\" in this registration");
                }
                if (mastery != null && scaled.isNumber() && scaled.decimalValue().compareTo(mastery) >= 0) {
                    throw refuse("9.3.5.0-2", "\"failed\" with a scaled score at or above the masteryScore "
                            + mastery.toPlainString());
                }
                return new Cmi5StatusStore.AuStatus(was.completed(), was.passed(), true, was.waived());
            }
        }
    }

    @Override
    public void stored(List<ObjectNode> statements, LrsPrincipal principal) {
        Optional<Cmi5Registration> reg = repository.byRegistration(principal.registration());
        if (reg.isEmpty()) {
            return;
        }
        Cmi5Session s = openSession(principal);
        PackageDescriptor d = descriptor(reg.get());
        boolean judged = false;
        for (ObjectNode st : statements) {
            String verb = Cmi5StatementFormat.cmi5Verb(st);
            if (verb == null) {
                continue;
            }
            switch (verb) {
                case "initialized" -> s.initializedAt = Instant.now();
                case "terminated" -> {
                    s.terminatedAt = Instant.now();
                    administration.revokeCredential(s);
                }
                default -> {
                    s.judged |= !"completed".equals(verb);
                    Cmi5StatusStore.AuStatus was = statuses.statuses(reg.get().id).getOrDefault(s.auId,
                            Cmi5StatusStore.AuStatus.NONE);
                    statuses.save(reg.get().id, s.auId, new Cmi5StatusStore.AuStatus(
                            was.completed() || "completed".equals(verb), was.passed() || "passed".equals(verb),
                            was.failed() || "failed".equals(verb), was.waived()));
                    judged = true;
                }
            }
        }
        if (judged) {
            report(reg.get(), d, s.sessionId);
        }
    }

    @Override
    public void document(DocumentRequest request, LrsPrincipal principal) {
        documents.check(request, principal);
    }

    /** The session of a launch credential, locked; 403 once it ended. */
    private Cmi5Session openSession(LrsPrincipal principal) {
        Cmi5Session s = principal.credentialId() == null ? null
                : repository.sessionByCredential(principal.credentialId()).orElse(null);
        if (s == null) {
            throw XapiException.forbidden("cmi5: this credential belongs to no AU session");
        }
        if (s.terminatedAt != null) {
            throw refuse("9.3.0.0-5", "the session " + s.sessionId + " has terminated; nothing is accepted after "
                    + "\"terminated\"");
        }
        if (s.abandonedAt != null) {
            throw refuse("9.3.0.0-5", "the session " + s.sessionId + " was abandoned");
        }
        return s;
    }

    private static XapiException refuse(String requirement, String message) {
        return Cmi5StatementFormat.refuse(requirement, message);
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
