package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;

/**
 * Lets other features react to statements the LRS has just stored (for example competency evidence from a module's
 * "completed" statement). Implementations are CDI beans. They are called from {@link StatementService} for every
 * statement actually inserted (not for re-sent ones already stored), by every write path: requests, group-committed
 * single statements, and statements HocSo generates itself.
 *
 * <p>Contract: the call runs in the storing transaction, on the LRS's write path, so an implementation must
 * <ul>
 * <li>return at once for statements that cannot concern it (check {@link Stored#verbIri()} and
 * {@link Stored#registration()} first, and keep anything else it needs in memory);</li>
 * <li>never change the statements;</li>
 * <li>throw only for a real failure: an exception rolls the transaction back, and the statements with it (a
 * group-committed statement is then retried alone, so one failure does not fail other requests).</li>
 * </ul>
 */
public interface StoredStatementObserver {

    /**
     * One stored statement.
     *
     * @param statementId its id
     * @param verbIri its verb
     * @param registration its context registration, or null
     * @param statement the statement as stored (read only)
     */
    record Stored(UUID statementId, String verbIri, UUID registration, ObjectNode statement) {
    }

    /** Statements just inserted, in order, in the storing transaction. */
    void stored(List<Stored> statements);
}
