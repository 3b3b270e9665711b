package vn.hocso.competency.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import vn.hocso.competency.model.Attainment;
import vn.hocso.competency.model.CourseModule;
import vn.hocso.competency.model.Evidence;
import vn.hocso.competency.model.EvidenceKind;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.model.ModuleRule;
import vn.hocso.competency.persistence.AttainmentStore;
import vn.hocso.competency.persistence.CourseModules;
import vn.hocso.competency.persistence.EvidenceStore;
import vn.hocso.competency.persistence.ModuleRuleStore;

/**
 * Keeps the derived attainment table equal to what the rules make of the evidence. Every path computes with
 * {@link AttainmentCalculator} and writes with the same diff ({@link #sync}), only over a different part of a person's
 * attainment: the rules naming one module (new module evidence), one item and level (a prior qualification), or
 * everything (a recompute). Whenever rows are inserted, changed, expired or removed, {@link AttainmentChanged} is
 * fired in the transaction with the items concerned.
 */
@ApplicationScoped
@Transactional
public class AttainmentService {

    @Inject
    ModuleRuleStore rules;

    @Inject
    EvidenceStore evidence;

    @Inject
    AttainmentStore store;

    @Inject
    CourseModules courses;

    @Inject
    Event<AttainmentChanged> changed;

    /**
     * New module evidence: re-evaluates the rules that name the module (or a course containing the package), for that
     * person only.
     */
    public void onModuleEvidence(long personId, ModuleRef module) {
        List<ModuleRule> affected = rules.forModule(module);
        if (affected.isEmpty()) {
            return;
        }
        Set<Long> ruleIds = new HashSet<>();
        affected.forEach(r -> ruleIds.add(r.id()));
        sync(personId, affected, List.of(), a -> a.ruleId() != null && ruleIds.contains(a.ruleId()));
    }

    /** A new prior qualification: re-evaluates that person's prior-qualification attainment of the item and level. */
    public void onPriorQualification(long personId, long itemId, long levelId) {
        List<Evidence> priors = evidence.ofPerson(personId).stream()
                .filter(e -> e.kind() == EvidenceKind.PRIOR_QUALIFICATION && e.itemId() == itemId
                        && e.levelId() == levelId).toList();
        sync(personId, List.of(), priors,
                a -> a.ruleId() == null && a.itemId() == itemId && a.levelId() == levelId);
    }

    /**
     * Recomputes all of one person's attainment from their evidence and the current rules.
     *
     * @return whether anything changed
     */
    public boolean recompute(long personId) {
        List<Evidence> priors = evidence.ofPerson(personId).stream()
                .filter(e -> e.kind() == EvidenceKind.PRIOR_QUALIFICATION).toList();
        return sync(personId, rules.all(), priors, a -> true);
    }

    /**
     * Recomputes everyone who has evidence or attainment, one transaction per person (so a long run does not hold one
     * huge transaction, and a failure keeps what was done).
     *
     * @return how many people were recomputed
     */
    @Transactional(Transactional.TxType.NEVER)
    public int recomputeEveryone() {
        List<Long> people = QuarkusTransaction.requiringNew().call(evidence::personIds);
        for (long personId : people) {
            QuarkusTransaction.requiringNew().run(() -> recompute(personId));
        }
        return people.size();
    }

    /**
     * A new rule over existing evidence: evaluates it for everyone with evidence of its packages (directly or through
     * its courses), one transaction per person, as {@link #recomputeEveryone} does.
     *
     * @return how many people were evaluated
     */
    @Transactional(Transactional.TxType.NEVER)
    public int applyRule(ModuleRule rule) {
        Set<Long> packages = new HashSet<>();
        Set<Long> courseIds = new HashSet<>();
        rule.modules().forEach(m -> (m.kind() == ModuleRef.Kind.COURSE ? courseIds : packages).add(m.id()));
        List<Long> people = QuarkusTransaction.requiringNew().call(() -> {
            courses.load(courseIds).values().forEach(c -> packages.addAll(c.packages()));
            return packages.isEmpty() ? List.<Long>of() : evidence.personIdsWithPackages(packages);
        });
        for (long personId : people) {
            QuarkusTransaction.requiringNew().run(() -> sync(personId, List.of(rule), List.of(),
                    a -> a.ruleId() != null && a.ruleId() == rule.id()));
        }
        return people.size();
    }

    /**
     * Before a rule is deleted: who holds attainment by it (the deletion removes those rows with the rule).
     */
    public Map<Long, Set<Long>> holders(long ruleId) {
        Map<Long, Set<Long>> byPerson = new LinkedHashMap<>();
        for (AttainmentStore.Expired h : store.byRule(ruleId)) {
            byPerson.computeIfAbsent(h.personId(), k -> new TreeSet<>()).add(h.itemId());
        }
        return byPerson;
    }

    /** Announces attainment removed with a rule. */
    public void removed(Map<Long, Set<Long>> holders) {
        holders.forEach((person, items) -> changed.fire(new AttainmentChanged(person, Set.copyOf(items))));
    }

    /** Marks attainments whose expiry has come as EXPIRED (hourly), announcing each person's change. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    public void expireDue() {
        Map<Long, Set<Long>> byPerson = new LinkedHashMap<>();
        for (AttainmentStore.Expired e : store.expireDue(Instant.now())) {
            byPerson.computeIfAbsent(e.personId(), k -> new TreeSet<>()).add(e.itemId());
        }
        removed(byPerson);
    }

    /**
     * Makes the person's attainment rows within {@code scope} equal to what the rules and prior qualifications give.
     *
     * @param personRules the rules to evaluate (their rows are in scope)
     * @param priors the person's prior qualifications to evaluate
     * @param scope which existing rows this computation is responsible for
     * @return whether anything changed
     */
    private boolean sync(long personId, List<ModuleRule> personRules, List<Evidence> priors,
            Predicate<Attainment> scope) {
        Instant now = Instant.now();
        Map<Attainment.Key, Attainment> desired = new HashMap<>();
        Set<ModuleRef> modules = new HashSet<>();
        Set<Long> courseIds = new HashSet<>();
        personRules.forEach(r -> r.modules().forEach(m -> {
            if (m.kind() == ModuleRef.Kind.COURSE) {
                courseIds.add(m.id());
            } else {
                modules.add(m);
            }
        }));
        Map<Long, CourseModule> courseModules = courseIds.isEmpty() ? Map.of() : courses.load(courseIds);
        courseModules.values().forEach(c -> c.packages().forEach(p -> modules.add(ModuleRef.pkg(p))));
        List<Evidence> moduleEvidence = modules.isEmpty() ? List.of() : evidence.ofModules(personId, modules);
        for (ModuleRule r : personRules) {
            AttainmentCalculator.byRule(r, personId, moduleEvidence, courseModules, now)
                    .ifPresent(a -> desired.put(a.key(), a));
        }
        Set<List<Long>> itemLevels = new HashSet<>();
        priors.forEach(p -> itemLevels.add(List.of(p.itemId(), p.levelId())));
        for (List<Long> il : itemLevels) {
            AttainmentCalculator.byPriorQualification(personId, il.get(0), il.get(1), priors, now)
                    .ifPresent(a -> desired.put(a.key(), a));
        }
        Set<Long> items = new TreeSet<>();
        for (Attainment existing : store.ofPerson(personId)) {
            if (!scope.test(existing)) {
                continue;
            }
            Attainment want = desired.remove(existing.key());
            if (want == null) {
                store.delete(existing.key());
                items.add(existing.itemId());
            } else if (!want.equals(existing)) {
                store.save(want);
                items.add(want.itemId());
            }
        }
        for (Attainment fresh : desired.values()) {
            store.save(fresh);
            items.add(fresh.itemId());
        }
        if (!items.isEmpty()) {
            changed.fire(new AttainmentChanged(personId, Set.copyOf(items)));
        }
        return !items.isEmpty();
    }
}
