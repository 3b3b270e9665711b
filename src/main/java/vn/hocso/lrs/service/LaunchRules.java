package vn.hocso.lrs.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.hocso.lrs.security.LrsPrincipal;

/**
 * Rules a launched content standard adds for what content does with its launch credential (for example cmi5's
 * statement rules, its satisfaction of blocks and courses, and its learner-preferences document). Implementations are
 * CDI beans and ignore credentials of launches that are not theirs. Only requests of launch credentials (a
 * credential bound to one registration) reach them.
 */
public interface LaunchRules {

    /**
     * A document request of a launch credential, after the LRS's own checks passed.
     *
     * @param method GET, HEAD, PUT, POST or DELETE
     * @param resource {@code activities/state}, {@code activities/profile} or {@code agents/profile}
     * @param documentId the stateId or profileId, or null for a request about every document (list, bulk delete)
     * @param contentType the request's Content-Type header as sent, or null
     * @param body the request body (empty when none)
     */
    record DocumentRequest(String method, String resource, String documentId, String contentType, byte[] body) {

        public boolean isRead() {
            return "GET".equals(method) || "HEAD".equals(method);
        }
    }

    /**
     * Checks statements before they are stored; runs in the transaction that stores them, so a refusal stores
     * nothing.
     *
     * @param statements as they will be stored (ids filled in)
     * @param assignedIds the ids the LRS filled in because the statement came without one
     * @throws vn.hocso.lrs.web.XapiException (4xx) to refuse the whole request, with a message naming the rule
     */
    void check(List<ObjectNode> statements, Set<UUID> assignedIds, LrsPrincipal principal);

    /** Reacts to statements just stored (they are complete: stored, authority, id), in the same transaction. */
    void stored(List<ObjectNode> statements, LrsPrincipal principal);

    /**
     * Checks (and may record) a document request before it is carried out. Runs outside any caller transaction.
     *
     * @throws vn.hocso.lrs.web.XapiException (4xx) to refuse it, with a message naming the rule
     */
    default void document(DocumentRequest request, LrsPrincipal principal) {
    }
}
