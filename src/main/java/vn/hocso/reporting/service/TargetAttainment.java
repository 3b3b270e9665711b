package vn.hocso.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;
import vn.hocso.reporting.config.ReportingConfig;
import vn.hocso.reporting.model.PlanTarget;
import vn.hocso.reporting.model.PlanTopic;
import vn.hocso.reporting.persistence.PlanTargetRepository;
import vn.hocso.reporting.persistence.PlanTopicRepository;
import vn.hocso.reporting.persistence.TargetCube;
import vn.hocso.reporting.persistence.UntrainedPeople;

/**
 * Measures plan targets in an org subtree: numerator = active people of the target's positions (and school levels,
 * ownerships) in the subtree who are trained on its topic at its level, as its kind counts them at the measurement
 * date; denominator = those people. Reads the training facts and the staff table only (two grouped queries per call),
 * so a city-wide dashboard costs the same whatever the number of LRS statements. Access control is the caller's.
 */
@ApplicationScoped
public class TargetAttainment {

    /** Every target measured in one subtree at one date. */
    public record Dashboard(OrgUnit unit, LocalDate asOf, List<TargetResult> results) {
    }

    @Inject
    TargetCube cube;

    @Inject
    PlanTargetRepository targets;

    @Inject
    PlanTopicRepository topics;

    @Inject
    UntrainedPeople untrained;

    @Inject
    OrgService org;

    @Inject
    ReportingConfig config;

    /**
     * The targets measured in the subtree of {@code unit} at the end of {@code asOf} (now, when that is today or
     * later).
     *
     * @param withInactive also measure the targets marked inactive
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Dashboard measure(OrgUnit unit, LocalDate asOf, boolean withInactive) {
        return new Dashboard(unit, asOf, measure(unit, asOf, targets.listOrdered(!withInactive)));
    }

    /** One target measured in the subtree of {@code unit} at the end of {@code asOf}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TargetResult measure(OrgUnit unit, LocalDate asOf, PlanTarget target) {
        return measure(unit, asOf, List.of(target)).get(0);
    }

    /** The current date in the reporting zone. */
    public LocalDate today() {
        return LocalDate.now(config.zone());
    }

    /**
     * A page of the people the target counts in the subtree of {@code unit} who are not trained as it requires at the
     * end of {@code asOf}, by unit code and name.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResult<UntrainedPeople.Row> untrained(OrgUnit unit, LocalDate asOf, PlanTarget target,
            PageRequest page) {
        Window w = window(asOf);
        long total = untrained.count(unit.path, target, w.at, w.yearStart, w.yearEnd);
        return new PageResult<>(untrained.page(unit.path, target, w.at, w.yearStart, w.yearEnd, page.offset(),
                page.size()), total, page.page(), page.size());
    }

    /** Every person {@link #untrained(OrgUnit, LocalDate, PlanTarget, PageRequest)} pages through, to the sink. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void eachUntrained(OrgUnit unit, LocalDate asOf, PlanTarget target, Consumer<UntrainedPeople.Row> sink) {
        Window w = window(asOf);
        untrained.each(unit.path, target, w.at, w.yearStart, w.yearEnd, sink);
    }

    /** The measurement instant (end of the day, or now) and the calendar year of a measurement date. */
    private record Window(Instant at, Instant yearStart, Instant yearEnd) {
    }

    private Window window(LocalDate asOf) {
        ZoneId zone = config.zone();
        Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = Instant.now();
        return new Window(end.isAfter(now) ? now : end, LocalDate.of(asOf.getYear(), 1, 1).atStartOfDay(zone)
                .toInstant(), LocalDate.of(asOf.getYear() + 1, 1, 1).atStartOfDay(zone).toInstant());
    }

    private List<TargetResult> measure(OrgUnit unit, LocalDate asOf, List<PlanTarget> list) {
        Window w = window(asOf);
        TargetCube.Counts counts = asOf.isBefore(today()) ? cube.load(unit.path, w.at, w.yearStart, w.yearEnd)
                : cube.loadNow(unit.path, asOf.getYear());
        List<OrgUnit> children = org.children(unit);
        Map<String, PlanTopic> topicByCode = topics.ordered().stream()
                .collect(Collectors.toMap(t -> t.code, Function.identity()));
        List<TargetResult> results = new ArrayList<>();
        for (PlanTarget target : list) {
            results.add(measure(target, topicByCode.get(target.topicCode), counts, children));
        }
        return results;
    }

    private static TargetResult measure(PlanTarget target, PlanTopic topic, TargetCube.Counts counts,
            List<OrgUnit> children) {
        TargetCube.TopicLevel key = new TargetCube.TopicLevel(target.topicCode, target.trainingLevel);
        Measure total = Measure.ZERO;
        Map<String, Measure> byPosition = new LinkedHashMap<>();
        Arrays.stream(target.positions).forEach(p -> byPosition.put(p, Measure.ZERO));
        Map<String, Measure> bySchoolLevel = new TreeMap<>();
        Map<String, Measure> byOwnership = new TreeMap<>();
        Map<String, Measure> byChild = new LinkedHashMap<>();
        for (Map.Entry<TargetCube.Cell, Long> e : counts.staff().entrySet()) {
            TargetCube.Cell cell = e.getKey();
            if (!counts(target, cell)) {
                continue;
            }
            TargetCube.Trained trained = counts.trained().getOrDefault(cell, Map.of()).get(key);
            Measure m = new Measure(trained == null ? 0 : trained.count(target.kind), e.getValue());
            total = total.plus(m);
            byPosition.merge(cell.position(), m, Measure::plus);
            bySchoolLevel.merge(nonNull(cell.schoolLevel()), m, Measure::plus);
            byOwnership.merge(nonNull(cell.ownership()), m, Measure::plus);
            byChild.merge(cell.child(), m, Measure::plus);
        }
        List<TargetResult.UnitMeasure> byUnit = new ArrayList<>();
        for (OrgUnit child : children) {
            byUnit.add(new TargetResult.UnitMeasure(child, byChild.getOrDefault(child.code, Measure.ZERO)));
        }
        Measure own = byChild.get("");
        if (own != null) {
            byUnit.add(new TargetResult.UnitMeasure(null, own));
        }
        return new TargetResult(target, topic, total, byPosition, bySchoolLevel, byOwnership, byUnit);
    }

    /** True when the target counts the people of the cell. */
    static boolean counts(PlanTarget target, TargetCube.Cell cell) {
        return contains(target.positions, cell.position())
                && (target.schoolLevels.length == 0 || contains(target.schoolLevels, cell.schoolLevel()))
                && (target.ownerships.length == 0 || contains(target.ownerships, cell.ownership()));
    }

    private static boolean contains(String[] values, String value) {
        return value != null && Arrays.asList(values).contains(value);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
