package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import vn.hocso.lrs.security.LrsPrincipal;

/**
 * Rules a launched content standard adds for the statements sent with a launch credential (for example cmi5's
 * statement rules and its satisfaction of blocks and courses). Implementations are CDI beans; both methods run in the
 * transaction that stores the statements, so a refusal stores nothing.
 */
public interface LaunchStatementRules {

    /**
     * Checks statements before they are stored.
     *
     * @throws vn.hocso.lrs.web.XapiException (4xx) to refuse the whole request, with a message naming the rule
     */
    void check(List<ObjectNode> statements, LrsPrincipal principal);

    /** Reacts to statements just stored (they are complete: stored, authority, id). */
    void stored(List<ObjectNode> statements, LrsPrincipal principal);
}
