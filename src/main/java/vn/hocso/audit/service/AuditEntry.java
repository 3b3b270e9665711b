package vn.hocso.audit.service;

import java.time.Instant;

/**
 * One audit-log entry as stored.
 *
 * @param actorId the acting user's account id, or null for the system itself
 * @param orgPath the path of the org unit the action concerns ({@code /HCM/Q01/}), or null when city-wide
 * @param details canonical JSON (object keys sorted) describing the action
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
        String targetType, String targetId, String orgPath, String details, String prevHash, String hash) {

    /** The hash of the chain before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** SHA-256 (hex) of the previous hash and this entry's fields, NUL-separated: the chain's definition. */
    public String computeHash() {
        return vn.hocso.platform.text.Hashes.sha256Hex(prevHash, Long.toString(id),
                occurredAt.getEpochSecond() + "." + String.format("%09d", occurredAt.getNano()),
                actorId == null ? "" : actorId.toString(), actorName, action, targetType, targetId,
                orgPath == null ? "" : orgPath, details);
    }
}
