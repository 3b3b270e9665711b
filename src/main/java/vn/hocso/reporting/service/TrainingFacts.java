package vn.hocso.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.hocso.competency.service.AttainmentChanged;
import vn.hocso.reporting.persistence.TrainingFactStore;

/**
 * Keeps the training facts that the plan targets count up to date: whenever a person's competency attainment changes
 * (new evidence from the LRS, a prior qualification, a recompute, an expiry), their facts are re-derived in the same
 * transaction, so a dashboard never sees attainment without its facts. {@link #rebuild()} derives everything again
 * and gives the same rows (tested).
 */
@ApplicationScoped
public class TrainingFacts {

    private static final Logger LOG = Logger.getLogger(TrainingFacts.class);

    @Inject
    TrainingFactStore store;

    void onAttainmentChanged(@Observes AttainmentChanged event) {
        store.refresh(event.personId());
    }

    /**
     * Derives every fact from the attainment table again.
     *
     * @return the number of fact rows
     */
    @Transactional
    public int rebuild() {
        long started = System.nanoTime();
        int rows = store.rebuild();
        LOG.infof("Training facts rebuilt: %d rows in %d ms", rows, (System.nanoTime() - started) / 1_000_000);
        return rows;
    }
}
