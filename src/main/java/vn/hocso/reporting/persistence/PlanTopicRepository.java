package vn.hocso.reporting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocso.reporting.model.PlanTopic;

/** The plan's topics, in plan order. */
@ApplicationScoped
public class PlanTopicRepository implements PanacheRepositoryBase<PlanTopic, String> {

    public List<PlanTopic> ordered() {
        return listAll(Sort.by("ordinal"));
    }
}
