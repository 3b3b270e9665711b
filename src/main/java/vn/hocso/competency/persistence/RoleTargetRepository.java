package vn.hocso.competency.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocso.competency.model.RoleTarget;

/** Target levels by staff position of framework versions. */
@ApplicationScoped
public class RoleTargetRepository implements PanacheRepository<RoleTarget> {

    /** The targets of a version, by position then item. */
    public List<RoleTarget> ofFramework(long frameworkId) {
        return list("frameworkId", Sort.by("position").and("itemId"), frameworkId);
    }

    /** Removes every target of a version. */
    public long deleteOfFramework(long frameworkId) {
        return delete("frameworkId", frameworkId);
    }

    /** Removes the targets of a version that name an item. */
    public long deleteOfItem(long frameworkId, long itemId) {
        return delete("frameworkId = ?1 and itemId = ?2", frameworkId, itemId);
    }
}
