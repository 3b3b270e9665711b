package vn.hocso.competency.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored piece of evidence (immutable, append-only).
 *
 * @param module the module (module kinds), or null
 * @param itemId the item (PRIOR_QUALIFICATION), or null
 * @param levelId the level (PRIOR_QUALIFICATION), or null
 * @param score scaled score (-1..1), or null
 * @param statementId the LRS statement it was read from (module kinds), or null
 * @param validUntil end of a prior qualification's validity, or null
 * @param proofMediaType media type of the uploaded proof, or null when there is none
 * @param createdBy the administrator's account, or null for evidence read from the LRS
 */
public record Evidence(long id, long personId, EvidenceKind kind, ModuleRef module, Long itemId, Long levelId,
        BigDecimal score, UUID statementId, Instant occurredAt, Instant validUntil, String note,
        String proofMediaType, String proofFilename, Long createdBy, Instant createdAt) {

    public boolean hasProof() {
        return proofMediaType != null;
    }
}
