package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.hocso.competency.model.Attainment;
import vn.hocso.competency.persistence.AttainmentStore;
import vn.hocso.competency.persistence.EvidenceStore;
import vn.hocso.org.model.OrgScope;
import vn.hocso.platform.web.DomainException;

/** Reading attainment, limited to the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttainmentQueries {

    @Inject
    AttainmentStore store;

    @Inject
    EvidenceStore evidence;

    /** A person's attainment; 404 when the person is outside the scope. */
    public List<Attainment> ofPerson(long personId, OrgScope scope) {
        requireVisible(personId, scope);
        return store.ofPerson(personId);
    }

    /**
     * @throws DomainException 404 when there is no such person in the scope
     */
    public void requireVisible(long personId, OrgScope scope) {
        if (!evidence.personUnit(personId).map(p -> scope.covers(p.unitPath())).orElse(false)) {
            throw DomainException.notFound();
        }
    }
}
