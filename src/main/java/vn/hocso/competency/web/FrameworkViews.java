package vn.hocso.competency.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocso.competency.model.CompetencyAssociation;
import vn.hocso.competency.model.CompetencyItem;
import vn.hocso.competency.model.Framework;
import vn.hocso.competency.model.ProficiencyLevel;
import vn.hocso.competency.service.CaseJsonWriter;

/** JSON (and page) views of framework versions. */
public final class FrameworkViews {

    private FrameworkViews() {
    }

    /** One version in lists. */
    public record Version(long id, UUID identifier, String code, String version, String title, String titleEn,
            String creator, String adoptionStatus, boolean published, Instant publishedAt, boolean editable,
            long items, String licenceUri, String licenceNote, String officialSourceUrl) {
    }

    /** A framework: its versions, oldest first; {@code latest} is the newest published one (else the newest). */
    public record Group(String code, Version latest, List<Version> versions) {
    }

    /** A level of the scale. */
    public record Level(long id, UUID identifier, String code, int ordinal, String label, String labelEn,
            String description) {
    }

    /** An item with its children (the tree) and the codes of the levels it has ({@code hasSkillLevel}). */
    public record Item(long id, UUID identifier, String humanCode, String itemType, String fullStatement,
            String fullStatementEn, String notes, List<String> levels, List<Item> children) {
    }

    /** An association; the ends name the item (and its version) or level when known. */
    public record Association(UUID identifier, String type, Long originItemId, String originCode, String originUri,
            Long destinationItemId, Long destinationFrameworkId, String destinationCode, String destinationLevel,
            String destinationUri) {
    }

    /** A role target. */
    public record Target(String position, long itemId, String itemCode, String level) {
    }

    /** A version in full. */
    public record Detail(Version framework, String description, String publisher, String language,
            List<Level> levels, List<Item> items, List<Association> crosswalks, List<Association> incoming,
            List<Association> associations, List<Target> roleTargets, List<Group> versions) {
    }

    static Version version(Framework f, long items) {
        return new Version(f.id, f.identifier, f.code, f.version, f.title, f.titleEn, f.creator, f.adoptionStatus,
                f.published(), f.publishedAt, f.editable, items, f.licenceUri, f.licenceNote, f.officialSourceUrl);
    }

    /** Versions grouped by framework code, in the given order. */
    static List<Group> groups(List<Framework> all, Map<Long, Long> counts) {
        Map<String, List<Version>> byCode = new LinkedHashMap<>();
        for (Framework f : all) {
            byCode.computeIfAbsent(f.code, c -> new ArrayList<>()).add(version(f, counts.getOrDefault(f.id, 0L)));
        }
        List<Group> groups = new ArrayList<>();
        byCode.forEach((code, versions) -> {
            Version latest = versions.get(versions.size() - 1);
            for (Version v : versions) {
                if (v.published()) {
                    latest = v;
                }
            }
            groups.add(new Group(code, latest, versions));
        });
        return groups;
    }

    static Detail detail(CaseJsonWriter.Content c, List<CompetencyAssociation> incoming,
            Map<Long, CompetencyItem> incomingOrigins, List<Group> versions) {
        Map<Long, CompetencyItem> all = new HashMap<>(c.outside());
        c.items().forEach(i -> all.put(i.id, i));
        all.putAll(incomingOrigins);
        Map<Long, ProficiencyLevel> levels = new HashMap<>();
        c.levels().forEach(l -> levels.put(l.id, l));
        Map<Long, List<String>> levelsOf = new HashMap<>();
        List<Association> associations = new ArrayList<>();
        List<Association> crosswalks = new ArrayList<>();
        for (CompetencyAssociation a : c.associations()) {
            Association v = association(a, all, levels);
            associations.add(v);
            if (CompetencyAssociation.HAS_SKILL_LEVEL.equals(a.associationType) && a.destinationLevelId != null) {
                levelsOf.computeIfAbsent(a.originItemId, k -> new ArrayList<>())
                        .add(levels.get(a.destinationLevelId).code);
            } else if (v.destinationFrameworkId() != null && !v.destinationFrameworkId().equals(c.framework().id)) {
                crosswalks.add(v);
            }
        }
        List<Level> scale = c.levels().stream().map(l -> new Level(l.id, l.identifier, l.code, l.ordinal, l.label,
                l.labelEn, l.description)).toList();
        List<Target> targets = c.targets().stream().map(t -> new Target(t.position.name(), t.itemId,
                all.get(t.itemId).humanCode, levels.get(t.levelId).code)).toList();
        long count = c.items().size();
        return new Detail(version(c.framework(), count), c.framework().description, c.framework().publisher,
                c.framework().language, scale, tree(c.items(), levelsOf), crosswalks,
                incoming.stream().map(a -> association(a, all, levels)).toList(), associations, targets, versions);
    }

    private static Association association(CompetencyAssociation a, Map<Long, CompetencyItem> items,
            Map<Long, ProficiencyLevel> levels) {
        CompetencyItem o = a.originItemId == null ? null : items.get(a.originItemId);
        CompetencyItem d = a.destinationItemId == null ? null : items.get(a.destinationItemId);
        ProficiencyLevel l = a.destinationLevelId == null ? null : levels.get(a.destinationLevelId);
        return new Association(a.identifier, a.associationType, a.originItemId, o == null ? null : o.humanCode,
                a.originUri, a.destinationItemId, d == null ? null : d.frameworkId, d == null ? null : d.humanCode,
                l == null ? null : l.code, a.destinationUri);
    }

    private static List<Item> tree(List<CompetencyItem> items, Map<Long, List<String>> levelsOf) {
        Map<Long, List<CompetencyItem>> children = new HashMap<>();
        List<CompetencyItem> roots = new ArrayList<>();
        for (CompetencyItem i : items) {
            if (i.parentId == null) {
                roots.add(i);
            } else {
                children.computeIfAbsent(i.parentId, k -> new ArrayList<>()).add(i);
            }
        }
        return roots.stream().map(r -> node(r, children, levelsOf)).toList();
    }

    private static Item node(CompetencyItem i, Map<Long, List<CompetencyItem>> children,
            Map<Long, List<String>> levelsOf) {
        List<Item> kids = children.getOrDefault(i.id, List.of()).stream().map(c -> node(c, children, levelsOf))
                .toList();
        return new Item(i.id, i.identifier, i.humanCode, i.itemType, i.fullStatement, i.fullStatementEn, i.notes,
                levelsOf.getOrDefault(i.id, List.of()), kids);
    }
}
