package vn.hocso.competency.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.hocso.competency.model.CompetencyItem;

/** Items (CASE CFItems) of framework versions. */
@ApplicationScoped
public class ItemRepository implements PanacheRepository<CompetencyItem> {

    /** The items of a version in reading order (list enumeration, then code). */
    public List<CompetencyItem> ofFramework(long frameworkId) {
        return list("frameworkId", Sort.by("listEnumeration", Sort.NullPrecedence.NULLS_LAST).and("humanCode")
                .and("id"), frameworkId);
    }

    /** The item with this CASE identifier (in any version), or null. */
    public CompetencyItem byIdentifier(UUID identifier) {
        return find("identifier", identifier).firstResult();
    }

    /** Items by id, in any version. */
    public List<CompetencyItem> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** Whether any of these CASE identifiers is already taken. */
    public List<UUID> takenIdentifiers(Collection<UUID> identifiers) {
        return identifiers.isEmpty() ? List.of() : getEntityManager().createQuery(
                "SELECT i.identifier FROM CompetencyItem i WHERE i.identifier IN :ids", UUID.class)
                .setParameter("ids", identifiers).getResultList();
    }

    /** Whether the item has children. */
    public boolean hasChildren(long itemId) {
        return count("parentId", itemId) > 0;
    }
}
