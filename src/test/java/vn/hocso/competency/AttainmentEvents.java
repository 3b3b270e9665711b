package vn.hocso.competency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.hocso.competency.service.AttainmentChanged;

/** Test observer: every {@link AttainmentChanged} that committed. */
@ApplicationScoped
public class AttainmentEvents {

    private final List<AttainmentChanged> seen = new CopyOnWriteArrayList<>();

    void on(@Observes(during = TransactionPhase.AFTER_SUCCESS) AttainmentChanged event) {
        seen.add(event);
    }

    /** The events about a person so far. */
    List<AttainmentChanged> about(long personId) {
        return seen.stream().filter(e -> e.personId() == personId).toList();
    }
}
