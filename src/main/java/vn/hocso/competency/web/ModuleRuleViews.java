package vn.hocso.competency.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocso.competency.model.CompetencyItem;
import vn.hocso.competency.model.Framework;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.model.ModuleRule;
import vn.hocso.competency.model.ProficiencyLevel;
import vn.hocso.competency.persistence.CompetencyProfileStore;
import vn.hocso.competency.persistence.ModuleChoices;
import vn.hocso.competency.service.FrameworkService;
import vn.hocso.competency.service.ModuleRuleService;

/**
 * What the module-rule page shows: every rule with the names of its competency, level and modules, and the choices of
 * the form (published framework versions, the chosen version's items and levels, the packages and courses).
 */
@ApplicationScoped
public class ModuleRuleViews {

    /** A rule as a person reads it; {@code holders} = active attainments it gives. */
    public record Row(ModuleRule rule, CompetencyItem item, Framework framework, ProficiencyLevel level,
            List<ModuleChoices.Choice> modules, long holders) {

        /** The minimum score as a percentage (SCORE_AT_LEAST only). */
        public String minScorePercent() {
            return rule.minScore() == null ? "" : rule.minScore().movePointRight(2).stripTrailingZeros()
                    .toPlainString();
        }
    }

    /** The values of the form as typed (strings, so that a wrong number comes back as typed). */
    public record Values(Long itemId, Long levelId, List<String> modules, String combinator, String requiredCount,
            String condition, String minScorePercent, String validityMonths) {

        static final Values EMPTY = new Values(null, null, List.of(), "ALL", "", "COMPLETED", "", "");

        /** Whether a module ({@code PACKAGE:12}, {@code COURSE:3}) is ticked. */
        public boolean ticked(ModuleChoices.Choice c) {
            return modules != null && modules.contains(key(c.ref()));
        }
    }

    /** The form: chosen framework version, its items and levels, the modules, the values and the problems. */
    public record Form(Framework framework, List<Framework> frameworks, List<CompetencyItem> items,
            List<ProficiencyLevel> levels, List<ModuleChoices.Choice> packages, List<ModuleChoices.Choice> courses,
            Values values, List<String> errors) {

        public List<ModuleRule.Combinator> combinators() {
            return List.of(ModuleRule.Combinator.values());
        }

        public List<ModuleRule.Condition> conditions() {
            return List.of(ModuleRule.Condition.values());
        }
    }

    /** The rule list and, for those who may edit, the form. */
    public record Page(List<Row> rows, Form form) {
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    ModuleRuleService rules;

    @Inject
    ModuleChoices modules;

    /** The form value of a module reference. */
    public static String key(ModuleRef ref) {
        return ref.kind().name() + ":" + ref.id();
    }

    /**
     * The page: every rule with names, and the form when {@code withForm} (framework versions, packages and courses
     * are read once for both).
     */
    public Page page(boolean withForm, Long frameworkId, Values values, List<String> errors) {
        List<Framework> versions = frameworks.versions();
        List<ModuleChoices.Choice> packages = modules.packages();
        List<ModuleChoices.Choice> courses = modules.courses();
        return new Page(rows(versions, packages, courses),
                withForm ? form(versions, packages, courses, frameworkId, values, errors) : null);
    }

    /** Every rule, newest first, with names. */
    private List<Row> rows(List<Framework> allVersions, List<ModuleChoices.Choice> packages,
            List<ModuleChoices.Choice> courses) {
        List<ModuleRule> all = rules.list();
        Set<Long> itemIds = new HashSet<>();
        all.forEach(r -> itemIds.add(r.itemId()));
        Map<Long, CompetencyItem> items = new HashMap<>();
        frameworks.items(itemIds).forEach(i -> items.put(i.id, i));
        Map<Long, Framework> versions = new HashMap<>();
        allVersions.forEach(f -> versions.put(f.id, f));
        Map<Long, ProficiencyLevel> levels = new HashMap<>();
        items.values().stream().map(i -> i.frameworkId).distinct()
                .forEach(fw -> frameworks.levels(fw).forEach(l -> levels.put(l.id, l)));
        Map<String, ModuleChoices.Choice> named = new HashMap<>();
        packages.forEach(c -> named.put(key(c.ref()), c));
        courses.forEach(c -> named.put(key(c.ref()), c));
        Map<Long, Long> holders = rules.activeHolderCounts();
        List<Row> rows = new ArrayList<>();
        for (ModuleRule r : all) {
            CompetencyItem item = items.get(r.itemId());
            rows.add(new Row(r, item, item == null ? null : versions.get(item.frameworkId), levels.get(r.levelId()),
                    r.modules().stream().map(m -> named.getOrDefault(key(m),
                            new ModuleChoices.Choice(m, "#" + m.id(), null, "", true))).toList(),
                    holders.getOrDefault(r.id(), 0L)));
        }
        return rows;
    }

    /**
     * The form for a framework version: the one asked for when it is a published version, otherwise the latest
     * published version of the city framework (or the first published one).
     */
    private Form form(List<Framework> allVersions, List<ModuleChoices.Choice> packages,
            List<ModuleChoices.Choice> courses, Long frameworkId, Values values, List<String> errors) {
        List<Framework> published = allVersions.stream().filter(Framework::published).toList();
        Framework chosen = published.stream().filter(f -> f.id.equals(frameworkId)).findFirst()
                .orElseGet(() -> published.stream().filter(f -> CompetencyProfileStore.CITY_FRAMEWORK.equals(f.code))
                        .reduce((a, b) -> b).orElse(published.isEmpty() ? null : published.get(0)));
        List<CompetencyItem> items = chosen == null ? List.of() : frameworks.content(chosen.id).items();
        List<ProficiencyLevel> levels = chosen == null ? List.of() : frameworks.levels(chosen.id);
        return new Form(chosen, published, items, levels,
                packages.stream().filter(c -> !c.archived()).toList(),
                courses.stream().filter(c -> !c.archived()).toList(),
                values == null ? Values.EMPTY : values, errors);
    }
}
