package vn.hocso.scorm.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.Standard;
import vn.hocso.content.service.LaunchTokens;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.scorm.model.ScoState;
import vn.hocso.scorm.model.ScormAttempt;
import vn.hocso.scorm.persistence.AttemptRepository;

/**
 * Applies a commit of the player: the SCO's whole data model, its typed fields, accumulated time, the rolled-up
 * attempt status and the LRS statements of what changed (completed, passed/failed, answered, suspended, terminated),
 * all in one transaction.
 *
 * <p>Commits are idempotent by their sequence number: a sequence at or below the last one applied changes nothing
 * and is acknowledged. Late data is refused, never merged: from a launch that another launch of the same SCO has
 * superseded (409), after the session ended with Terminate/LMSFinish (409; except the player's repeated terminate
 * commit of the same launch, which updates the data without a second "terminated"), or on a closed attempt (410).
 */
@ApplicationScoped
public class CommitService {

    /** The answer to the player: HTTP status, SCORM-style error code, message for the learner (or null). */
    public record Outcome(int status, int errorCode, String reason) {
        static final Outcome OK = new Outcome(200, 0, null);
    }

    @Inject
    Attempts attempts;

    @Inject
    AttemptRepository repository;

    @Inject
    StatementService lrs;

    /**
     * Applies one commit.
     *
     * @param body {@code {"sequence": n, "itemId": "…", "terminate": bool, "cmi": {…}, "sequencing": {…}|null,
     *        "rollup": {"completion": …, "success": …, "scaled": …}|null}}
     */
    @Transactional
    public Outcome commit(LaunchTokens.Launch launch, JsonNode body) {
        long sequence = body.path("sequence").asLong(-1);
        String itemId = body.path("itemId").asText(null);
        if (sequence < 0 || itemId == null || !body.path("cmi").isObject()) {
            return new Outcome(400, 201, "A commit needs sequence (≥ 0), itemId and cmi");
        }
        AttemptContext ctx = attempts.load(launch.attemptId(), "vi");
        if (ctx == null) {
            return new Outcome(404, 301, "Unknown attempt");
        }
        ScormAttempt attempt = ctx.attempt();
        int index = ctx.indexOf(itemId);
        ScoState sco = index < 0 ? null : repository.scoState(attempt.id, itemId);
        if (sco == null) {
            return new Outcome(404, 301, "This item was not launched in this attempt");
        }
        if (sequence <= sco.lastSequence && launch.tokenHash().equals(sco.sessionLaunch)) {
            return Outcome.OK;
        }
        if (attempt.status != ScormAttempt.Status.OPEN) {
            return new Outcome(410, 391, "This attempt is closed; the data was not saved");
        }
        if (!launch.tokenHash().equals(sco.sessionLaunch)) {
            return new Outcome(409, 391, "This lesson was opened again elsewhere; this window's data was not saved");
        }
        if (!sco.sessionOpen && !body.path("terminate").asBoolean(false)) {
            // Only the player's repeated terminate commit (same launch, after navigation) may follow Terminate.
            return new Outcome(409, 391, "This session has already ended; the data was not saved");
        }
        if (sequence <= sco.lastSequence) {
            return Outcome.OK;
        }
        apply(ctx, ctx.entries().get(index), sco, body, sequence);
        return Outcome.OK;
    }

    private void apply(AttemptContext ctx, LaunchEntry entry, ScoState sco, JsonNode body, long sequence) {
        Standard standard = ctx.descriptor().standard();
        Instant now = Instant.now();
        CmiData before = CmiData.of(parse(sco.cmi));
        CmiData after = CmiData.of(body.get("cmi"));
        ScoStatus status = ScoStatus.of(standard, after);
        ScormStatements statements = ctx.statements(entry, now);

        boolean wasCompleted = "completed".equals(sco.completionStatus);
        String successBefore = sco.successStatus;
        if (!status.completion().equals("unknown") || standard == Standard.SCORM_2004) {
            sco.completionStatus = "asset".equals(entry.kind()) ? "completed" : status.completion();
        }
        sco.successStatus = status.success();
        sco.scoreRaw = status.raw();
        sco.scoreMin = status.min();
        sco.scoreMax = status.max();
        sco.scoreScaled = status.scaled();
        sco.progressMeasure = status.progress();
        sco.location = status.location();
        sco.suspendData = status.suspendData();
        sco.exitMode = status.exit();
        if (status.sessionMillis() >= 0) {
            sco.totalTimeMs = sco.totalTimeMs - sco.sessionTimeMs + status.sessionMillis();
            sco.sessionTimeMs = status.sessionMillis();
        }
        sco.cmi = body.get("cmi").toString();
        sco.lastSequence = sequence;
        sco.updatedAt = now;

        int answeredBefore = before.list(interactionsPath()).size();
        var interactions = after.list(interactionsPath());
        for (int i = answeredBefore; i < interactions.size(); i++) {
            statements.answered(interactions.get(i));
        }
        if (!wasCompleted && "completed".equals(sco.completionStatus)) {
            statements.completed(status);
        }
        if (!Objects.equals(successBefore, sco.successStatus) && !"unknown".equals(sco.successStatus)) {
            statements.judged(status);
        }
        if (body.path("terminate").asBoolean(false) && sco.sessionOpen) {
            if ("suspend".equals(sco.exitMode)) {
                statements.suspended(sco.sessionTimeMs);
            }
            statements.terminated(sco.sessionTimeMs);
            sco.sessionOpen = false;
        }
        ScormAttempt attempt = ctx.attempt();
        JsonNode sequencing = body.get("sequencing");
        if (sequencing != null && !sequencing.isNull()) {
            attempt.sequencingState = sequencing.toString();
        }
        repository.flush();
        attempts.rollUp(ctx, body.hasNonNull("rollup") ? rollup(body.get("rollup")) : sequencerRoot(sequencing));
        lrs.storeGenerated(statements.statements());
    }

    private static String interactionsPath() {
        return "interactions";
    }

    private static Attempts.SequencerRollup rollup(JsonNode r) {
        if (r == null || !r.isObject()) {
            return null;
        }
        return new Attempts.SequencerRollup(r.path("completion").asText(null), r.path("success").asText(null),
                r.hasNonNull("scaled") ? r.get("scaled").decimalValue() : null);
    }

    /**
     * The root activity's rolled-up status from the browser sequencer's state (scorm-again's serialized state:
     * {@code suspensionState.activityTree} is the root activity), so that the attempt follows the manifest's rollup
     * rules (e.g. the course status follows the post-test). Unknown values are left to the LMS's own rollup.
     */
    static Attempts.SequencerRollup sequencerRoot(JsonNode sequencing) {
        JsonNode root = sequencing == null ? null : sequencing.path("suspensionState").path("activityTree");
        if (root == null || !root.isObject()) {
            return null;
        }
        String completion = root.path("completionStatus").asText("unknown");
        String success = null;
        if (root.path("objectiveSatisfiedStatusKnown").asBoolean(false)) {
            success = root.path("objectiveSatisfiedStatus").asBoolean(false) ? "passed" : "failed";
        } else if (root.path("successStatus").asText("unknown").matches("passed|failed")) {
            success = root.get("successStatus").asText();
        }
        java.math.BigDecimal scaled = root.path("objectiveMeasureStatus").asBoolean(false)
                && root.path("objectiveNormalizedMeasure").isNumber()
                ? root.get("objectiveNormalizedMeasure").decimalValue() : null;
        return new Attempts.SequencerRollup(completion.matches("completed|incomplete") ? completion : null, success,
                scaled);
    }

    private static JsonNode parse(String text) {
        try {
            return vn.hocso.lrs.model.XapiJson.MAPPER.readTree(text == null ? "{}" : text);
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
