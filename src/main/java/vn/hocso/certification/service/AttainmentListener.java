package vn.hocso.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.service.AttainmentChanged;

/**
 * Evaluates certificate rules for a person once a change of their attainment has been committed. Runs in its own
 * transaction after the competency transaction succeeded; a failure here is logged and never undoes the attainment
 * (the next change, or a re-evaluation, issues what is due).
 */
@ApplicationScoped
public class AttainmentListener {

    private static final Logger LOG = Logger.getLogger(AttainmentListener.class);

    @Inject
    Issuance issuance;

    void onAttainmentChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttainmentChanged event) {
        try {
            issuance.evaluate(event.personId(), AuditLog.Actor.SYSTEM);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Certificate evaluation failed for person %d (items %s)", event.personId(),
                    event.itemIds());
        }
    }
}
