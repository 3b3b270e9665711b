package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.model.ModuleRule;
import vn.hocso.competency.persistence.CourseModules;
import vn.hocso.competency.persistence.ModuleRuleStore;
import vn.hocso.competency.web.EvidenceText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/**
 * Administration of module rules. A new rule applies to evidence from then on; existing evidence counts for it after a
 * recompute ({@link AttainmentService#recompute}). Deleting a rule removes the attainment it gave (and announces it).
 * After either change commits, the LRS path's index of mapped packages is rebuilt.
 */
@ApplicationScoped
@Transactional
public class ModuleRuleService {

    /** A rule as an administrator sends it (anything may be missing or wrong). */
    public record Draft(Long itemId, Long levelId, String combinator, Integer requiredCount, String condition,
            BigDecimal minScore, Integer validityMonths, List<ModuleInput> modules) {
    }

    /** One module of a draft. */
    public record ModuleInput(String kind, Long id) {
    }

    @Inject
    ModuleRuleStore store;

    @Inject
    CourseModules courses;

    @Inject
    AttainmentService attainment;

    @Inject
    EvidenceModuleIndex index;

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Validates and stores a rule.
     *
     * @throws DomainException 422 listing every invalid field: unknown item, level or package, a level of another
     *         framework, bad combinator/condition, n out of range, missing or superfluous minScore, bad validity
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public ModuleRule create(Draft d, long createdBy) {
        ModuleRule rule = validate(d);
        long id = store.insert(rule, createdBy);
        invalidateIndexAfterCommit();
        return store.find(id).orElseThrow();
    }

    /** Every rule, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleRule> list() {
        return store.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<ModuleRule> find(long id) {
        return store.find(id);
    }

    /**
     * Deletes a rule and the attainment it gave.
     *
     * @throws DomainException 404 when there is no such rule
     */
    public void delete(long id) {
        Map<Long, Set<Long>> holders = attainment.holders(id);
        if (!store.delete(id)) {
            throw DomainException.notFound();
        }
        attainment.removed(holders);
        invalidateIndexAfterCommit();
    }

    private ModuleRule validate(Draft d) {
        InputCheck check = new InputCheck();
        Optional<Long> itemFramework = Optional.empty();
        if (check.required(d.itemId(), "itemId")) {
            itemFramework = store.itemFramework(d.itemId());
            check.check(itemFramework.isPresent(), "itemId", EvidenceText.of(m -> m.error_itemUnknown(d.itemId())));
        }
        if (check.required(d.levelId(), "levelId")) {
            Optional<Long> levelFramework = store.levelFramework(d.levelId());
            if (check.check(levelFramework.isPresent(), "levelId",
                    EvidenceText.of(m -> m.error_levelUnknown(d.levelId()))) && itemFramework.isPresent()) {
                check.check(levelFramework.equals(itemFramework), "levelId",
                        EvidenceText.of(m -> m.error_levelFramework()));
            }
        }
        ModuleRule.Combinator combinator = oneOf(check, "combinator", d.combinator(), ModuleRule.Combinator.class);
        ModuleRule.Condition condition = oneOf(check, "condition", d.condition(), ModuleRule.Condition.class);
        List<ModuleRef> modules = modules(check, d.modules());
        if (combinator == ModuleRule.Combinator.N_OF_M) {
            int max = Math.max(modules.size(), 1);
            if (check.required(d.requiredCount(), "requiredCount")) {
                check.check(d.requiredCount() >= 1 && d.requiredCount() <= max, "requiredCount",
                        EvidenceText.of(m -> m.error_requiredCount(max)));
            }
        } else {
            check.check(d.requiredCount() == null, "requiredCount",
                    EvidenceText.of(m -> m.error_requiredCountOnlyNofM()));
        }
        if (condition == ModuleRule.Condition.SCORE_AT_LEAST) {
            check.check(d.minScore() != null && d.minScore().signum() >= 0
                    && d.minScore().compareTo(BigDecimal.ONE) <= 0, "minScore", EvidenceText.of(m -> m.error_minScore()));
        } else {
            check.check(d.minScore() == null, "minScore", EvidenceText.of(m -> m.error_minScoreOnlyScore()));
        }
        check.check(d.validityMonths() == null || (d.validityMonths() >= 1 && d.validityMonths() <= 600),
                "validityMonths", EvidenceText.of(m -> m.error_validityMonths()));
        check.throwIfInvalid();
        return new ModuleRule(0, d.itemId(), d.levelId(), combinator,
                combinator == ModuleRule.Combinator.N_OF_M ? d.requiredCount() : null, condition,
                d.minScore() == null ? null : d.minScore().stripTrailingZeros(), d.validityMonths(), modules, null);
    }

    private List<ModuleRef> modules(InputCheck check, List<ModuleInput> inputs) {
        if (!check.check(inputs != null && !inputs.isEmpty(), "modules",
                EvidenceText.of(m -> m.error_modulesRequired()))) {
            return List.of();
        }
        List<ModuleRef> refs = new ArrayList<>();
        String kinds = Arrays.stream(ModuleRef.Kind.values()).map(Enum::name).collect(Collectors.joining(", "));
        for (int i = 0; i < inputs.size(); i++) {
            ModuleInput in = inputs.get(i);
            String field = "modules[" + i + "]";
            if (in == null || !check.required(in.id(), field + ".id")) {
                continue;
            }
            ModuleRef.Kind kind = in.kind() == null ? ModuleRef.Kind.PACKAGE : parse(ModuleRef.Kind.class, in.kind());
            if (check.check(kind != null, field + ".kind", EvidenceText.of(m -> m.error_moduleKind(kinds)))) {
                refs.add(new ModuleRef(kind, in.id()));
            }
        }
        check.check(new HashSet<>(refs).size() == refs.size(), "modules", EvidenceText.of(m -> m.error_moduleTwice()));
        Set<Long> wanted = new TreeSet<>();
        Set<Long> wantedCourses = new TreeSet<>();
        refs.forEach(r -> (r.kind() == ModuleRef.Kind.COURSE ? wantedCourses : wanted).add(r.id()));
        if (!wanted.isEmpty()) {
            wanted.removeAll(store.existingPackages(wanted));
            String missing = wanted.stream().map(String::valueOf).collect(Collectors.joining(", "));
            check.check(wanted.isEmpty(), "modules", EvidenceText.of(m -> m.error_packagesUnknown(missing)));
        }
        if (!wantedCourses.isEmpty()) {
            wantedCourses.removeAll(courses.existing(wantedCourses));
            String missing = wantedCourses.stream().map(String::valueOf).collect(Collectors.joining(", "));
            check.check(wantedCourses.isEmpty(), "modules", EvidenceText.of(m -> m.error_coursesUnknown(missing)));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(refs));
    }

    private static <E extends Enum<E>> E oneOf(InputCheck check, String field, String value, Class<E> type) {
        if (!check.required(value, field)) {
            return null;
        }
        E e = parse(type, value);
        String values = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        check.check(e != null, field, EvidenceText.of(m -> m.error_oneOf(values)));
        return e;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        return null;
    }

    /** Rebuild the LRS path's index once this change is visible to others (also after a rollback: harmless). */
    private void invalidateIndexAfterCommit() {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    index.invalidate();
                }
            }
        });
    }
}
