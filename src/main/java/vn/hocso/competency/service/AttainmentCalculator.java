package vn.hocso.competency.service;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.hocso.competency.model.Attainment;
import vn.hocso.competency.model.CourseModule;
import vn.hocso.competency.model.Evidence;
import vn.hocso.competency.model.EvidenceKind;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.model.ModuleRule;

/**
 * The pure part of attainment: what a rule (or a prior qualification) yields for one person from their evidence. No
 * database, no clock of its own, so the incremental path and a full recompute cannot disagree.
 *
 * <p>Per module the most recent evidence that meets the condition counts. The rule holds when at least
 * {@link ModuleRule#needed()} modules have such evidence; the evidence used is the most recent {@code needed} of
 * them, and the most recent of those is the evidence that completed the attainment: {@code achievedAt} is its time,
 * {@code expiresAt} that time plus the rule's validity months (UTC calendar months). Re-doing a module later therefore
 * renews an attainment.
 */
public final class AttainmentCalculator {

    /** Older first; ties by id, so the choice is deterministic. */
    static final Comparator<Evidence> CHRONOLOGICAL = Comparator.comparing(Evidence::occurredAt)
            .thenComparingLong(Evidence::id);

    private AttainmentCalculator() {
    }

    /**
     * @param evidence the person's module evidence (evidence of other modules is ignored)
     * @param now the time that decides ACTIVE or EXPIRED
     * @return the attainment, or empty when the rule does not hold
     */
    public static Optional<Attainment> byRule(ModuleRule rule, long personId, List<Evidence> evidence, Instant now) {
        return byRule(rule, personId, evidence, Map.of(), now);
    }

    /**
     * As {@link #byRule(ModuleRule, long, List, Instant)}, with the courses the rule names: a course module holds when
     * its completion rule is met by packages that have evidence meeting the condition; it counts with the evidence of
     * those packages (ALL / REQUIRED: every counted package; N_OF_M: the most recent {@code min}), at the time of the
     * most recent of them.
     *
     * @param courses the rule's courses by id (a course missing here never holds)
     */
    public static Optional<Attainment> byRule(ModuleRule rule, long personId, List<Evidence> evidence,
            Map<Long, CourseModule> courses, Instant now) {
        List<List<Evidence>> hits = new ArrayList<>();
        for (ModuleRef module : rule.modules()) {
            if (module.kind() == ModuleRef.Kind.COURSE) {
                courseHit(rule, courses.get(module.id()), evidence).ifPresent(hits::add);
            } else {
                best(rule, module, evidence).ifPresent(e -> hits.add(List.of(e)));
            }
        }
        int needed = rule.needed();
        if (needed <= 0 || hits.size() < needed) {
            return Optional.empty();
        }
        Comparator<List<Evidence>> latest = Comparator.comparing(h -> h.get(0), CHRONOLOGICAL);
        hits.sort(latest.reversed());
        List<List<Evidence>> used = hits.subList(0, needed);
        Instant achieved = used.get(0).get(0).occurredAt();
        Instant expires = rule.validityMonths() == null ? null
                : achieved.atOffset(ZoneOffset.UTC).plusMonths(rule.validityMonths()).toInstant();
        return Optional.of(new Attainment(personId, rule.itemId(), rule.levelId(), rule.id(),
                used.stream().flatMap(List::stream).map(Evidence::id).distinct().sorted().toList(), achieved, expires,
                status(expires, now)));
    }

    /** The most recent evidence of the module that meets the rule's condition. */
    private static Optional<Evidence> best(ModuleRule rule, ModuleRef module, List<Evidence> evidence) {
        return evidence.stream().filter(e -> module.equals(e.module()) && meets(rule, e)).max(CHRONOLOGICAL);
    }

    /** The evidence a course counts with, most recent first, or empty when its completion rule is not met. */
    private static Optional<List<Evidence>> courseHit(ModuleRule rule, CourseModule course, List<Evidence> evidence) {
        if (course == null) {
            return Optional.empty();
        }
        List<Evidence> found = new ArrayList<>();
        Set<Long> done = new HashSet<>();
        for (long pkg : course.packages()) {
            best(rule, ModuleRef.pkg(pkg), evidence).ifPresent(e -> {
                found.add(e);
                done.add(pkg);
            });
        }
        if (!course.met(done)) {
            return Optional.empty();
        }
        found.sort(CHRONOLOGICAL.reversed());
        List<Evidence> used = "N_OF_M".equals(course.rule()) ? found.subList(0, course.min())
                : found.stream().filter(e -> course.counted().contains(e.module().id())).toList();
        return Optional.of(List.copyOf(used));
    }

    /**
     * The attainment a person's prior qualifications for one item and level give: the one valid longest (no end
     * beats any end; then the most recent).
     *
     * @param priors PRIOR_QUALIFICATION evidence of that person, item and level (others are ignored)
     */
    public static Optional<Attainment> byPriorQualification(long personId, long itemId, long levelId,
            List<Evidence> priors, Instant now) {
        Comparator<Evidence> longest = Comparator.comparing(Evidence::validUntil,
                Comparator.nullsLast(Comparator.<Instant>naturalOrder())).thenComparing(CHRONOLOGICAL);
        return priors.stream()
                .filter(e -> e.kind() == EvidenceKind.PRIOR_QUALIFICATION && e.itemId() == itemId
                        && e.levelId() == levelId)
                .max(longest)
                .map(e -> new Attainment(personId, itemId, levelId, null, List.of(e.id()), e.occurredAt(),
                        e.validUntil(), status(e.validUntil(), now)));
    }

    /** Whether one piece of evidence meets the rule's per-module condition. */
    static boolean meets(ModuleRule rule, Evidence e) {
        return switch (rule.condition()) {
            case COMPLETED -> e.kind() == EvidenceKind.MODULE_COMPLETED;
            case PASSED -> e.kind() == EvidenceKind.MODULE_PASSED;
            case SCORE_AT_LEAST -> e.kind().isModule() && e.score() != null
                    && e.score().compareTo(rule.minScore()) >= 0;
        };
    }

    static Attainment.Status status(Instant expires, Instant now) {
        return expires != null && !expires.isAfter(now) ? Attainment.Status.EXPIRED : Attainment.Status.ACTIVE;
    }
}
