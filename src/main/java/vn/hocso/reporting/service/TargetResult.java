package vn.hocso.reporting.service;

import java.util.List;
import java.util.Map;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.reporting.model.PlanTarget;
import vn.hocso.reporting.model.PlanTopic;

/**
 * One target measured in one org subtree: in total (pooled over its positions) and split by position, school level,
 * ownership and the subtree's direct child units. Split keys are the codes (position, school level, PUBLIC /
 * NON_PUBLIC); people of a city or district office have the key "" for school level and ownership.
 */
public record TargetResult(PlanTarget target, PlanTopic topic, Measure total, Map<String, Measure> byPosition,
        Map<String, Measure> bySchoolLevel, Map<String, Measure> byOwnership, List<UnitMeasure> byUnit) {

    /** A direct child unit's attainment; {@code unit} is null for the people attached to the subtree's root. */
    public record UnitMeasure(OrgUnit unit, Measure measure) {
    }

    public boolean met() {
        return total.meets(target.percent);
    }
}
