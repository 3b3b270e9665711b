package vn.hocso.competency.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.model.ModuleRule;
import vn.hocso.competency.persistence.CourseModules;
import vn.hocso.competency.persistence.ModuleRuleStore;
import vn.hocso.competency.web.EvidenceText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/**
 * Administration of module rules (city-wide: callers check who may change them). {@link #define} stores a rule and
 * evaluates it over the evidence already recorded; {@link #create} only stores it (new evidence counts from then on,
 * older evidence after a recompute). Deleting a rule removes the attainment it gave (and announces it). Both changes
 * are recorded in the audit log in their transaction; after either commits, the LRS path's index of mapped packages
 * is rebuilt.
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

    /** A rule just defined, and how many people with evidence of its modules it was evaluated for. */
    public record Defined(ModuleRule rule, int peopleEvaluated) {
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

    @Inject
    AuditLog audit;

    /**
     * Validates and stores a rule.
     *
     * @throws DomainException 422 listing every invalid field: unknown item, level or package, a level of another
     *         framework, bad combinator/condition, n out of range, missing or superfluous minScore, bad validity
     */
    public ModuleRule create(Draft d, AuditLog.Actor actor) {
        ModuleRule rule = validate(d);
        long id = store.insert(rule, actor.id());
        invalidateIndexAfterCommit();
        ModuleRule saved = store.find(id).orElseThrow();
        audit.record(actor, "competency.rule.create", "competency_rule", Long.toString(id), null, details(saved));
        return saved;
    }

    /**
     * Stores a rule (its own transaction, as {@link #create}) and then evaluates it for everyone who already has
     * evidence of its modules ({@link AttainmentService#applyRule}), so earlier completions count at once.
     *
     * @throws DomainException as {@link #create}; nothing is stored then
     */
    @Transactional(Transactional.TxType.NEVER)
    public Defined define(Draft d, AuditLog.Actor actor) {
        ModuleRule rule = QuarkusTransaction.requiringNew().call(() -> create(d, actor));
        return new Defined(rule, attainment.applyRule(rule));
    }

    /** Every rule, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ModuleRule> list() {
        return store.all();
    }

    /** Active attainments each rule gives, by rule id (rules without any are left out). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> activeHolderCounts() {
        return store.activeHolderCounts();
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
    public void delete(long id, AuditLog.Actor actor) {
        ModuleRule rule = store.find(id).orElseThrow(DomainException::notFound);
        Map<Long, Set<Long>> holders = attainment.holders(id);
        store.delete(id);
        attainment.removed(holders);
        invalidateIndexAfterCommit();
        Map<String, Object> details = details(rule);
        details.put("attainmentsRemoved", holders.values().stream().mapToInt(Set::size).sum());
        audit.record(actor, "competency.rule.delete", "competency_rule", Long.toString(id), null, details);
    }

    /** What the audit log keeps of a rule. */
    private static Map<String, Object> details(ModuleRule r) {
        Map<String, Object> d = new TreeMap<>();
        d.put("itemId", r.itemId());
        d.put("levelId", r.levelId());
        d.put("combinator", r.combinator().name());
        d.put("condition", r.condition().name());
        d.put("modules", r.modules().stream().map(m -> m.kind() + ":" + m.id()).toList());
        if (r.requiredCount() != null) {
            d.put("requiredCount", r.requiredCount());
        }
        if (r.minScore() != null) {
            d.put("minScore", r.minScore().toPlainString());
        }
        if (r.validityMonths() != null) {
            d.put("validityMonths", r.validityMonths());
        }
        return d;
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
