package vn.hocso.reporting.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.hocso.reporting.model.PlanTarget;

/** The plan targets. */
@ApplicationScoped
public class PlanTargetRepository implements PanacheRepository<PlanTarget> {

    /**
     * Every target in plan order: active ones first, then by year, topic (T1 … T8) and code; {@code activeOnly} leaves
     * the inactive ones out.
     */
    public List<PlanTarget> listOrdered(boolean activeOnly) {
        return find("SELECT t FROM PlanTarget t, PlanTopic p WHERE p.code = t.topicCode"
                + (activeOnly ? " AND t.active = true" : "") + " ORDER BY t.active DESC, t.year, p.ordinal, t.code")
                .list();
    }

    public Optional<PlanTarget> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
