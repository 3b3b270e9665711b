package vn.hocso.competency.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.hocso.competency.model.EvidenceKind;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.persistence.EvidenceLearners;
import vn.hocso.competency.persistence.EvidenceStore;
import vn.hocso.lrs.service.StoredStatementObserver;
import vn.hocso.lrs.validation.XapiTimes;
import vn.hocso.scorm.model.ScormAttempt;

/**
 * Turns stored LRS statements into module evidence, in the storing transaction, and re-evaluates the affected
 * attainment ({@link AttainmentService#onModuleEvidence}). What counts:
 * <ul>
 * <li>SCORM (registration = attempt): a {@code completed} statement when the attempt has rolled up to completed gives
 * MODULE_COMPLETED, a {@code passed} statement when it has rolled up to passed gives MODULE_PASSED; both carry the
 * attempt's scaled score. (The runtime mirrors SCO-level statements; the attempt's rollup is what makes them
 * package-level.)</li>
 * <li>cmi5 (registration = cmi5 registration): the LMS's {@code satisfied} statement about the course gives
 * MODULE_COMPLETED; an AU's {@code passed} statement with {@code result.score.scaled} gives MODULE_SCORE.</li>
 * <li>xAPI (registration = xAPI registration): {@code completed} / {@code passed} about the package's activity give
 * MODULE_COMPLETED / MODULE_PASSED with the statement's scaled score.</li>
 * </ul>
 * Cost when nothing can match: a set lookup on the verb, then (only for those verbs) a look at the in-memory index of
 * mapped packages. The database is asked only about statements of a mapped package. A statement is evidence once
 * (unique statement id and kind), so a re-sent statement adds nothing.
 */
@ApplicationScoped
public class EvidenceRecorder implements StoredStatementObserver {

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    private static final Set<String> VERBS = Set.of(COMPLETED, PASSED, SATISFIED);

    /** One piece of evidence a statement gives. */
    record Finding(EvidenceKind kind, BigDecimal score) {
    }

    @Inject
    EvidenceModuleIndex index;

    @Inject
    EvidenceLearners learners;

    @Inject
    EvidenceStore evidence;

    @Inject
    AttainmentService attainment;

    @Inject
    EntityManager entityManager;

    @Override
    public void stored(List<Stored> statements) {
        for (Stored s : statements) {
            if (VERBS.contains(s.verbIri()) && s.registration() != null && !index.isEmpty()
                    && mentionsMappedPackage(s.statement())) {
                record(s);
            }
        }
    }

    private void record(Stored s) {
        Optional<EvidenceLearners.Learner> found = learners.byRegistration(s.registration());
        if (found.isEmpty() || !index.mapped(found.get().packageId())) {
            return;
        }
        EvidenceLearners.Learner l = found.get();
        List<Finding> findings = switch (l.source()) {
            case SCORM -> scorm(s, l);
            case CMI5 -> cmi5(s, l);
            case XAPI -> xapi(s);
        };
        if (findings.isEmpty()) {
            return;
        }
        ModuleRef module = ModuleRef.pkg(l.packageId());
        Instant occurred = occurredAt(s.statement());
        boolean added = false;
        for (Finding f : findings) {
            added |= evidence.insertModule(l.personId(), f.kind(), module, f.score(), s.statementId(),
                    s.registration(), occurred).isPresent();
        }
        if (added) {
            attainment.onModuleEvidence(l.personId(), module);
        }
    }

    /** The attempt's rollup, as this transaction sees it (the runtime rolls up before it stores the statements). */
    private List<Finding> scorm(Stored s, EvidenceLearners.Learner l) {
        ScormAttempt attempt = entityManager.find(ScormAttempt.class, l.attemptId());
        if (attempt == null) {
            return List.of();
        }
        BigDecimal score = attempt.scoreScaled == null ? null : attempt.scoreScaled.stripTrailingZeros();
        if (COMPLETED.equals(s.verbIri()) && "completed".equals(attempt.completion)) {
            return List.of(new Finding(EvidenceKind.MODULE_COMPLETED, score));
        }
        if (PASSED.equals(s.verbIri()) && "passed".equals(attempt.success)) {
            return List.of(new Finding(EvidenceKind.MODULE_PASSED, score));
        }
        return List.of();
    }

    private List<Finding> cmi5(Stored s, EvidenceLearners.Learner l) {
        String object = s.statement().path("object").path("id").asText();
        String course = index.packageIri(l.packageId());
        if (SATISFIED.equals(s.verbIri()) && course.equals(object)) {
            return List.of(new Finding(EvidenceKind.MODULE_COMPLETED, null));
        }
        BigDecimal scaled = scaled(s.statement());
        if (PASSED.equals(s.verbIri()) && object.startsWith(course + "/au/") && scaled != null) {
            return List.of(new Finding(EvidenceKind.MODULE_SCORE, scaled));
        }
        return List.of();
    }

    private List<Finding> xapi(Stored s) {
        if (!index.mappedActivity(s.statement().path("object").path("id").asText(null))) {
            return List.of();
        }
        if (COMPLETED.equals(s.verbIri())) {
            return List.of(new Finding(EvidenceKind.MODULE_COMPLETED, scaled(s.statement())));
        }
        if (PASSED.equals(s.verbIri())) {
            return List.of(new Finding(EvidenceKind.MODULE_PASSED, scaled(s.statement())));
        }
        return List.of();
    }

    /** Whether the object or a grouping/parent activity is a mapped package's. */
    private boolean mentionsMappedPackage(ObjectNode statement) {
        if (index.mappedActivity(statement.path("object").path("id").asText(null))) {
            return true;
        }
        JsonNode ca = statement.path("context").path("contextActivities");
        List<JsonNode> lists = new ArrayList<>(2);
        lists.add(ca.path("grouping"));
        lists.add(ca.path("parent"));
        for (JsonNode list : lists) {
            for (JsonNode a : list) {
                if (index.mappedActivity(a.path("id").asText(null))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static BigDecimal scaled(JsonNode statement) {
        JsonNode scaled = statement.path("result").path("score").path("scaled");
        return scaled.isNumber() ? scaled.decimalValue().stripTrailingZeros() : null;
    }

    /** The statement's timestamp (when it happened), else when it was stored. */
    private static Instant occurredAt(JsonNode statement) {
        String ts = statement.path("timestamp").asText(null);
        return XapiTimes.toInstant(ts != null ? ts : statement.path("stored").asText());
    }
}
