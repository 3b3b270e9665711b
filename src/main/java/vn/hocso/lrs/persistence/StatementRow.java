package vn.hocso.lrs.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A statement ready to be inserted: its storage id, the stored JSON and everything the queries filter on.
 *
 * @param agents agent keys with {@code true} for actor/object ("agent" filter) and {@code false} for the rest
 * @param activities activity IRIs with {@code true} for the object ("activity" filter) and {@code false} for the rest
 */
public record StatementRow(long id, UUID statementId, Instant stored, Instant timestamp, String verbIri, UUID registration,
        boolean voiding, UUID refStatementId, Long credentialId, String actorIfi, String authorityIfi,
        boolean hasAttachments,
        String payload, List<Link> agents, List<Link> activities) {

    /** One agent or activity the statement mentions. */
    public record Link(String key, boolean direct) {
    }
}
