package vn.hocso.reporting.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.reporting.model.PlanTarget;
import vn.hocso.reporting.model.PlanTopic;
import vn.hocso.reporting.persistence.UntrainedPeople;
import vn.hocso.reporting.service.Measure;
import vn.hocso.reporting.service.TargetAttainment;
import vn.hocso.reporting.service.TargetResult;

/** JSON shapes of the targets API. */
public final class TargetViews {

    private TargetViews() {
    }

    public record UnitRef(long id, String code, String name) {
        static UnitRef of(OrgUnit u) {
            return u == null ? null : new UnitRef(u.id, u.code, u.name);
        }
    }

    /** A target as stored, with its attainment when measured (numbers null otherwise). */
    public record TargetView(long id, String code, String topic, String topicName, String level, int year,
            String kind, BigDecimal percent, List<String> positions, List<String> schoolLevels,
            List<String> ownerships, String description, String descriptionEn, String sourceRef, boolean active,
            int version, Instant updatedAt, Long numerator, Long denominator, BigDecimal attainment, Boolean met) {

        static TargetView of(PlanTarget t, PlanTopic topic, Measure m) {
            return new TargetView(t.id, t.code, t.topicCode, topic == null ? null : topic.name, t.trainingLevel.name(),
                    t.year, t.kind.name(), t.percent, List.of(t.positions), List.of(t.schoolLevels),
                    List.of(t.ownerships), t.description, t.descriptionEn, t.sourceRef, t.active, t.version,
                    t.updatedAt, m == null ? null : m.numerator(), m == null ? null : m.denominator(),
                    m == null ? null : m.percent(), m == null ? null : m.meets(t.percent));
        }
    }

    public record MeasureView(String key, long numerator, long denominator, BigDecimal attainment, boolean met) {
        static MeasureView of(String key, Measure m, BigDecimal target) {
            return new MeasureView(key, m.numerator(), m.denominator(), m.percent(), m.meets(target));
        }
    }

    public record UnitMeasureView(UnitRef unit, long numerator, long denominator, BigDecimal attainment, boolean met) {
    }

    /** {@code GET /api/v1/targets}. */
    public record TargetList(UnitRef orgUnit, LocalDate asOf, List<TargetView> targets) {
        static TargetList of(TargetAttainment.Dashboard d) {
            return new TargetList(UnitRef.of(d.unit()), d.asOf(), d.results().stream()
                    .map(r -> TargetView.of(r.target(), r.topic(), r.total())).toList());
        }
    }

    /** {@code GET /api/v1/targets/{id}}: one target measured, split by position, level, ownership and child unit. */
    public record TargetDetail(UnitRef orgUnit, LocalDate asOf, TargetView target, List<MeasureView> byPosition,
            List<MeasureView> bySchoolLevel, List<MeasureView> byOwnership, List<UnitMeasureView> byUnit) {
        static TargetDetail of(OrgUnit unit, LocalDate asOf, TargetResult r) {
            BigDecimal p = r.target().percent;
            return new TargetDetail(UnitRef.of(unit), asOf, TargetView.of(r.target(), r.topic(), r.total()),
                    split(r.byPosition(), p), split(r.bySchoolLevel(), p), split(r.byOwnership(), p),
                    r.byUnit().stream().map(u -> new UnitMeasureView(UnitRef.of(u.unit()), u.measure().numerator(),
                            u.measure().denominator(), u.measure().percent(), u.measure().meets(p))).toList());
        }

        private static List<MeasureView> split(Map<String, Measure> m, BigDecimal p) {
            return m.entrySet().stream().map(e -> MeasureView.of(e.getKey(), e.getValue(), p)).toList();
        }
    }

    public record PersonView(long personId, String nationalId, String fullName, String email, String position,
            String unitCode, String unitName, String schoolLevel, String ownership) {
        static PersonView of(UntrainedPeople.Row r) {
            return new PersonView(r.personId(), r.nationalId(), r.fullName(), r.email(), r.position(), r.unitCode(),
                    r.unitName(), r.schoolLevel(), r.ownership());
        }
    }

    public record TopicView(String code, String name, String nameEn, String frameworkCode, String itemCode,
            int advancedRank) {
        static TopicView of(PlanTopic t) {
            return new TopicView(t.code, t.name, t.nameEn, t.frameworkCode, t.itemCode, t.advancedRank);
        }
    }
}
