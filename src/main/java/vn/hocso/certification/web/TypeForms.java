package vn.hocso.certification.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.hocso.certification.model.CertificateRequirement;
import vn.hocso.certification.model.CertificateType;
import vn.hocso.certification.persistence.FrameworkCatalog;
import vn.hocso.competency.persistence.CompetencyProfileStore;
import vn.hocso.org.model.OrgScope;

/**
 * What the certificate-type page shows: each type with its rule in words, and the form (the values typed, a framework
 * version whose competencies are offered with a minimum-level choice each, plus any competency already required from
 * another version).
 */
@ApplicationScoped
public class TypeForms {

    /** A type as listed; {@code rule} = "code statement ≥ level" per requirement. */
    public record Row(CertificateType type, List<String> rule, boolean editable) {
    }

    /** The values of the form as typed; {@code requirements} = minimum level id by item id. */
    public record Values(String name, String nameEn, String description, String descriptionEn, String criteria,
            String issuanceMode, String validityMonths, String unitCode, boolean active,
            Map<Long, Long> requirements) {
    }

    /** A competency offered in the form, its framework's levels and the level chosen (null = not required). */
    public record ItemChoice(FrameworkCatalog.Item item, List<FrameworkCatalog.Level> levels, Long chosen) {

        /** The form value of a level of this item ({@code itemId:levelId}). */
        public String value(FrameworkCatalog.Level level) {
            return item.id() + ":" + level.id();
        }
    }

    /** The form: the type edited (null = new), the versions, the version shown, its items, the values, the problems. */
    public record Form(Long id, List<FrameworkCatalog.Version> frameworks, FrameworkCatalog.Version framework,
            List<ItemChoice> items, Values values, List<String> errors) {
    }

    @Inject
    FrameworkCatalog catalog;

    /** The types with their rules in words; editable when defined within {@code writeScope}. */
    public List<Row> rows(List<CertificateType> types, OrgScope writeScope) {
        Set<Long> items = new HashSet<>();
        Set<Long> levels = new HashSet<>();
        types.forEach(t -> t.requirements.forEach(r -> {
            items.add(r.itemId);
            levels.add(r.minLevelId);
        }));
        Map<Long, FrameworkCatalog.Item> itemById = catalog.items(items);
        Map<Long, FrameworkCatalog.Level> levelById = catalog.levels(levels);
        List<Row> rows = new ArrayList<>();
        for (CertificateType t : types) {
            List<String> rule = new ArrayList<>();
            for (CertificateRequirement r : t.requirements) {
                FrameworkCatalog.Item i = itemById.get(r.itemId);
                FrameworkCatalog.Level l = levelById.get(r.minLevelId);
                rule.add((i == null ? "#" + r.itemId : (i.humanCode() == null ? "" : i.humanCode() + " ")
                        + i.statement()) + " ≥ " + (l == null ? "#" + r.minLevelId : l.label()));
            }
            rows.add(new Row(t, rule, writeScope.covers(t.orgUnit)));
        }
        return rows;
    }

    /** The values of a stored type. */
    public static Values values(CertificateType t) {
        Map<Long, Long> reqs = new LinkedHashMap<>();
        t.requirements.forEach(r -> reqs.put(r.itemId, r.minLevelId));
        return new Values(t.name, t.nameEn, t.description, t.descriptionEn, t.criteriaNarrative,
                t.issuanceMode.name(), t.validityMonths == null ? "" : t.validityMonths.toString(), t.orgUnit.code,
                t.active, reqs);
    }

    /**
     * The form. The version shown is the one asked for when it is published, else the version of the first
     * requirement, else the latest city framework (or the first published version).
     */
    public Form form(Long id, Long frameworkId, Values values, List<String> errors) {
        List<FrameworkCatalog.Version> versions = catalog.published();
        Map<Long, FrameworkCatalog.Item> required = catalog.items(values.requirements().keySet());
        Long wanted = frameworkId != null ? frameworkId
                : required.values().stream().map(FrameworkCatalog.Item::frameworkId).findFirst().orElse(null);
        FrameworkCatalog.Version shown = versions.stream().filter(v -> Long.valueOf(v.id()).equals(wanted))
                .findFirst().orElseGet(() -> versions.stream()
                        .filter(v -> CompetencyProfileStore.CITY_FRAMEWORK.equals(v.code())).reduce((a, b) -> b)
                        .orElse(versions.isEmpty() ? null : versions.get(0)));
        List<ItemChoice> items = new ArrayList<>();
        Map<Long, List<FrameworkCatalog.Level>> levelsOf = new LinkedHashMap<>();
        if (shown != null) {
            List<FrameworkCatalog.Level> levels = catalog.levelsOf(shown.id());
            catalog.itemsOf(shown.id()).forEach(i -> items.add(new ItemChoice(i, levels,
                    values.requirements().get(i.id()))));
        }
        for (FrameworkCatalog.Item i : required.values()) {
            if (shown == null || i.frameworkId() != shown.id()) {
                List<FrameworkCatalog.Level> levels = levelsOf.computeIfAbsent(i.frameworkId(), catalog::levelsOf);
                items.add(0, new ItemChoice(i, levels, values.requirements().get(i.id())));
            }
        }
        return new Form(id, versions, shown, items, values, errors);
    }
}
