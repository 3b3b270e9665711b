package vn.hocso.competency.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.hocso.competency.model.CompetencyAssociation;

/** Associations (CASE CFAssociations) stated by framework versions. */
@ApplicationScoped
public class AssociationRepository implements PanacheRepository<CompetencyAssociation> {

    /** The associations a version states, in sequence order. */
    public List<CompetencyAssociation> ofFramework(long frameworkId) {
        return list("frameworkId", Sort.by("sequenceNumber", Sort.NullPrecedence.NULLS_LAST).and("id"), frameworkId);
    }

    /** Associations that other versions state about this version's items (incoming crosswalks). */
    public List<CompetencyAssociation> pointingInto(long frameworkId) {
        return list("frameworkId <> ?1 and destinationItemId in (select i.id from CompetencyItem i "
                + "where i.frameworkId = ?1)", Sort.by("id"), frameworkId);
    }

    /** Which of these CASE identifiers are already taken by associations. */
    public List<UUID> takenIdentifiers(Collection<UUID> identifiers) {
        return identifiers.isEmpty() ? List.of() : getEntityManager().createQuery(
                "SELECT a.identifier FROM CompetencyAssociation a WHERE a.identifier IN :ids", UUID.class)
                .setParameter("ids", identifiers).getResultList();
    }

    /** Removes the associations of a version that start or end at an item. */
    public long deleteTouching(long frameworkId, long itemId) {
        return delete("frameworkId = ?1 and (originItemId = ?2 or destinationItemId = ?2)", frameworkId, itemId);
    }
}
