package vn.hocso.scorm.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.content.service.PackageService;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.lrs.config.LrsConfig;
import vn.hocso.lrs.security.LrsAuthenticator;
import vn.hocso.scorm.model.ScoState;
import vn.hocso.scorm.model.ScormAttempt;
import vn.hocso.scorm.persistence.AttemptRepository;

/** Loading attempts with their context, and rolling SCO states up into the attempt's status. */
@ApplicationScoped
public class Attempts {

    @Inject
    AttemptRepository attempts;

    @Inject
    PackageRepository packages;

    @Inject
    PackageService packageService;

    @Inject
    UserAccountRepository accounts;

    @Inject
    LrsAuthenticator agents;

    @Inject
    LrsConfig lrsConfig;

    /** An attempt (locked for update) with its context; null when it does not exist. */
    public AttemptContext load(long attemptId, String language) {
        ScormAttempt attempt = attempts.lockedById(attemptId);
        if (attempt == null) {
            return null;
        }
        PackageVersion version = packages.versionById(attempt.versionId);
        String username = accounts.findById(attempt.accountId).username;
        return new AttemptContext(attempt, version, packageService.descriptor(version),
                agents.agentOf(username, null), courseIri(attempt.packageId), language);
    }

    /** The activity IRI of a package in the LRS. */
    public String courseIri(long packageId) {
        return lrsConfig.accountHomePage().replaceAll("/+$", "") + "/xapi/activities/package/" + packageId;
    }

    /**
     * Rolls the SCO states up into the attempt: completed when every entry is completed; passed when every judged
     * SCO passed and at least one was judged, failed when any failed; scaled score the mean of the SCOs' scores; total
     * time the sum. A sequencer's own rollup of the root activity, when given, wins for completion and success.
     */
    public void rollUp(AttemptContext ctx, SequencerRollup sequencer) {
        ScormAttempt a = ctx.attempt();
        Map<String, ScoState> byItem = attempts.scoStates(a.id).stream()
                .collect(Collectors.toMap(s -> s.key.itemId, Function.identity()));
        List<LaunchEntry> entries = ctx.entries();
        boolean allCompleted = !entries.isEmpty();
        boolean anyStarted = false;
        boolean anyFailed = false;
        int passed = 0;
        BigDecimal scoreSum = BigDecimal.ZERO;
        int scored = 0;
        long time = 0;
        for (LaunchEntry e : entries) {
            ScoState s = byItem.get(e.id());
            if (s == null) {
                allCompleted = false;
                continue;
            }
            anyStarted = true;
            allCompleted &= "completed".equals(s.completionStatus);
            anyFailed |= "failed".equals(s.successStatus);
            passed += "passed".equals(s.successStatus) ? 1 : 0;
            if (s.scoreScaled != null) {
                scoreSum = scoreSum.add(s.scoreScaled);
                scored++;
            }
            time += s.totalTimeMs;
        }
        a.completion = allCompleted ? "completed" : anyStarted ? "incomplete" : "not attempted";
        a.success = anyFailed ? "failed" : passed > 0 ? "passed" : "unknown";
        a.scoreScaled = scored == 0 ? null : scoreSum.divide(BigDecimal.valueOf(scored), MathContext.DECIMAL64)
                .setScale(7, RoundingMode.HALF_UP);
        if (sequencer != null) {
            if (sequencer.completion() != null) {
                a.completion = sequencer.completion();
            }
            if (sequencer.success() != null) {
                a.success = sequencer.success();
            }
            if (sequencer.scaled() != null) {
                a.scoreScaled = sequencer.scaled().setScale(7, RoundingMode.HALF_UP);
            }
        }
        a.totalTimeMs = time;
        a.updatedAt = Instant.now();
    }

    /** The root activity's status as the browser's SCORM 2004 sequencer rolled it up (fields may be null). */
    public record SequencerRollup(String completion, String success, BigDecimal scaled) {
    }
}
