package vn.hocso.scorm.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import vn.hocso.content.model.Standard;

/**
 * What a commit says about a SCO, in one vocabulary for both SCORM versions: completion and success kept apart
 * (SCORM 1.2's single {@code lesson_status} is split), the score with its scaled form, bookmark, suspend data, exit
 * and session time.
 *
 * @param completion completed, incomplete, not attempted or unknown
 * @param success passed, failed or unknown
 * @param scaled −1..1 (SCORM 2004 score.scaled; for 1.2 derived from raw within min..max, or raw/100)
 * @param sessionMillis the session time reported, or -1 when absent or unreadable
 */
public record ScoStatus(String completion, String success, BigDecimal raw, BigDecimal min, BigDecimal max,
        BigDecimal scaled, BigDecimal progress, String location, String suspendData, String exit,
        long sessionMillis) {

    /** Reads the status fields of a committed data model. */
    public static ScoStatus of(Standard standard, CmiData cmi) {
        if (standard == Standard.SCORM_12) {
            String status = cmi.text("core.lesson_status");
            String completion = switch (status == null ? "" : status) {
                case "passed", "completed", "failed" -> "completed";
                case "incomplete", "browsed" -> "incomplete";
                case "not attempted" -> "not attempted";
                default -> "unknown";
            };
            String success = "passed".equals(status) || "failed".equals(status) ? status : "unknown";
            BigDecimal raw = cmi.number("core.score.raw");
            BigDecimal min = cmi.number("core.score.min");
            BigDecimal max = cmi.number("core.score.max");
            return new ScoStatus(completion, success, raw, min, max, scaled12(raw, min, max), null,
                    cmi.text("core.lesson_location"), cmi.text("suspend_data"), cmi.text("core.exit"),
                    ScormTime.parseMillis(cmi.text("core.session_time")));
        }
        return new ScoStatus(orUnknown(cmi.text("completion_status")), orUnknown(cmi.text("success_status")),
                cmi.number("score.raw"), cmi.number("score.min"), cmi.number("score.max"), clamp(cmi.number(
                "score.scaled")), clamp(cmi.number("progress_measure")), cmi.text("location"),
                cmi.text("suspend_data"), cmi.text("exit"), ScormTime.parseMillis(cmi.text("session_time")));
    }

    private static String orUnknown(String s) {
        return s == null ? "unknown" : s;
    }

    private static BigDecimal clamp(BigDecimal v) {
        if (v == null) {
            return null;
        }
        return v.max(BigDecimal.ONE.negate()).min(BigDecimal.ONE).setScale(7, RoundingMode.HALF_UP);
    }

    private static BigDecimal scaled12(BigDecimal raw, BigDecimal min, BigDecimal max) {
        if (raw == null) {
            return null;
        }
        BigDecimal lo = min == null ? BigDecimal.ZERO : min;
        BigDecimal hi = max == null ? BigDecimal.valueOf(100) : max;
        if (hi.compareTo(lo) <= 0) {
            return null;
        }
        return clamp(raw.subtract(lo).divide(hi.subtract(lo), MathContext.DECIMAL64));
    }

    /** Whether the SCO counts as completed (for rollup and the LRS "completed" statement). */
    public boolean completed() {
        return "completed".equals(completion);
    }
}
