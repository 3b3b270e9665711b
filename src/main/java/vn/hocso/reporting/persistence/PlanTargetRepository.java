package vn.hocso.reporting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.hocso.reporting.model.PlanTarget;

/** The plan targets. */
@ApplicationScoped
public class PlanTargetRepository implements PanacheRepository<PlanTarget> {

    /** Every target, active ones first, by year then code; {@code activeOnly} leaves the inactive ones out. */
    public List<PlanTarget> listOrdered(boolean activeOnly) {
        Sort sort = Sort.by("active", Sort.Direction.Descending).and("year").and("code");
        return activeOnly ? list("active = true", sort) : listAll(sort);
    }

    public Optional<PlanTarget> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
