package vn.hocso.competency.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocso.competency.config.FrameworkConfig;
import vn.hocso.competency.model.CompetencyAssociation;
import vn.hocso.competency.model.Framework;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * Reads a competency framework exported by Moodle's {@code tool_lpimportcsv} (14 columns: Parent id number, Id number,
 * Shortname, Description, Description format, Scale values, Scale configuration, Rule type, Rule outcome, Rule config,
 * Cross referenced competency id numbers, Exported id, Is framework, Taxonomy). Line 1 is the header (its names may be
 * translated, so only its width is checked); the first record after it must be the framework ({@code Is framework} =
 * 1). Mapping: the framework's id number becomes the code, its shortname the title, its scale values the proficiency
 * levels (in order; every competency {@code hasSkillLevel} each); a competency's id number is its human code, its
 * shortname the statement, its description (HTML stripped) the notes, its parent id number an {@code isChildOf}, its
 * cross-referenced id numbers {@code isRelatedTo}; taxonomy terms name the item type by depth. Moodle's completion
 * rules and per-competency scales have no CASE equivalent and are not imported.
 */
@ApplicationScoped
public class MoodleCsvImport {

    static final int COLUMNS = 14;
    private static final String[] NAMES = {"Parent id number", "Id number", "Shortname", "Description",
        "Description format", "Scale values", "Scale configuration", "Rule type (optional)",
        "Rule outcome (optional)", "Rule config (optional)", "Cross referenced competency id numbers",
        "Exported id (optional)", "Is framework", "Taxonomy"};

    @Inject
    ObjectMapper mapper;

    @Inject
    FrameworkConfig config;

    /** A competency row as read. */
    private record Row(int line, String idNumber, String parent, String name, String notes, List<String> related) {
    }

    /**
     * Parses and checks a Moodle competency CSV.
     *
     * @throws DomainException 422 listing every fault with its row (line) number and column
     */
    public ImportedFramework read(String csv) {
        ImportReport report = new ImportReport();
        List<Rfc4180.Row> rows;
        try {
            rows = Rfc4180.parse(csv == null ? "" : csv);
        } catch (Rfc4180.Malformed e) {
            report.rowFault(e.line, "CSV", AppMessages::framework_csvQuote);
            report.throwIfAny();
            return null;
        }
        if (rows.size() < 2) {
            report.fault("CSV", AppMessages::framework_csvEmpty);
            report.throwIfAny();
        }
        if (rows.size() > config.maxNodes()) {
            report.fault("CSV", m -> m.framework_tooMany(config.maxNodes()));
            report.throwIfAny();
        }
        for (Rfc4180.Row r : rows) {
            if (r.fields().size() != COLUMNS) {
                int found = r.fields().size();
                report.rowFault(r.line(), "CSV", m -> m.framework_csvColumns(COLUMNS, found));
            }
        }
        report.throwIfAny();
        Rfc4180.Row head = rows.get(1);
        if (!"1".equals(head.fields().get(12).strip())) {
            report.rowFault(head.line(), NAMES[12], AppMessages::framework_csvNoFramework);
            report.throwIfAny();
        }
        List<ImportedFramework.Level> levels = levels(head, report);
        ImportedFramework.Document doc = document(head, report);
        List<String> taxonomy = List.of(head.fields().get(13).split(","));
        Map<String, Row> competencies = competencies(rows.subList(2, rows.size()), report);
        checkReferences(competencies, report);
        report.throwIfAny();
        return build(doc, levels, taxonomy, competencies);
    }

    private ImportedFramework.Document document(Rfc4180.Row r, ImportReport report) {
        List<String> f = r.fields();
        String code = FrameworkCodes.fromText(f.get(1).strip());
        if (code == null) {
            report.rowFault(r.line(), NAMES[1], m -> m.framework_badCode(f.get(1)));
        }
        String title = required(r, 2, 300, report);
        String description = text(f.get(3), f.get(4));
        return new ImportedFramework.Document(null, code, null, title, null, "Moodle (tool_lpimportcsv)", null,
                description, "vi", null, null, null, Framework.ADOPTED, false);
    }

    private List<ImportedFramework.Level> levels(Rfc4180.Row r, ImportReport report) {
        List<String> values = new ArrayList<>();
        for (String v : r.fields().get(5).split(",")) {
            if (!v.isBlank()) {
                values.add(v.strip());
            }
        }
        if (values.isEmpty()) {
            report.rowFault(r.line(), NAMES[5], AppMessages::framework_csvScaleValues);
        }
        Set<Integer> proficient = proficient(r, report);
        List<ImportedFramework.Level> levels = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String label = values.get(i);
            if (label.length() > 200) {
                report.rowFault(r.line(), NAMES[5], m -> m.framework_tooLong(200));
                continue;
            }
            String code = FrameworkCodes.fromText(label);
            code = code == null || !codes.add(code) ? "L" + (i + 1) : code;
            codes.add(code);
            levels.add(new ImportedFramework.Level(UUID.randomUUID(), code, i + 1, label, null,
                    proficient.contains(i + 1) ? "Moodle: proficient" : null));
        }
        return levels;
    }

    /** Scale item numbers (1-based) flagged proficient in the scale configuration JSON. */
    private Set<Integer> proficient(Rfc4180.Row r, ImportReport report) {
        String json = r.fields().get(6).strip();
        Set<Integer> ids = new HashSet<>();
        if (json.isEmpty()) {
            return ids;
        }
        try {
            JsonNode config = mapper.readTree(json);
            if (!config.isArray()) {
                throw new IllegalArgumentException("not an array");
            }
            for (JsonNode n : config) {
                if (n.path("proficient").asInt(0) == 1 && n.path("id").canConvertToInt()) {
                    ids.add(n.path("id").asInt());
                }
            }
        } catch (Exception e) {
            report.rowFault(r.line(), NAMES[6], AppMessages::framework_csvScaleConfig);
        }
        return ids;
    }

    private Map<String, Row> competencies(List<Rfc4180.Row> rows, ImportReport report) {
        Map<String, Row> byId = new LinkedHashMap<>();
        for (Rfc4180.Row r : rows) {
            List<String> f = r.fields();
            String flag = f.get(12).strip();
            if (!flag.isEmpty() && !"0".equals(flag)) {
                report.rowFault(r.line(), NAMES[12], m -> m.framework_csvFlag(flag));
            }
            String id = required(r, 1, 60, report);
            String name = required(r, 2, 20000, report);
            if (id != null && byId.containsKey(id)) {
                report.rowFault(r.line(), NAMES[1], m -> m.framework_duplicate(id));
                continue;
            }
            List<String> related = new ArrayList<>();
            for (String ref : f.get(10).split(",")) {
                if (!ref.isBlank()) {
                    related.add(ref.strip().replace("%2C", ","));
                }
            }
            String parent = f.get(0).strip();
            if (id != null) {
                byId.put(id, new Row(r.line(), id, parent.isEmpty() ? null : parent, name, text(f.get(3), f.get(4)),
                        related));
            }
        }
        return byId;
    }

    private static void checkReferences(Map<String, Row> rows, ImportReport report) {
        for (Row r : rows.values()) {
            if (r.parent() != null && !rows.containsKey(r.parent())) {
                report.rowFault(r.line(), NAMES[0], m -> m.framework_unknownReference(r.parent()));
            }
            for (String ref : r.related()) {
                if (!rows.containsKey(ref)) {
                    report.rowFault(r.line(), NAMES[10], m -> m.framework_unknownReference(ref));
                }
            }
            Set<String> seen = new HashSet<>();
            for (Row at = r; at != null && at.parent() != null; at = rows.get(at.parent())) {
                if (!seen.add(at.idNumber())) {
                    report.rowFault(r.line(), NAMES[0], m -> m.framework_cycle(r.idNumber()));
                    break;
                }
            }
        }
    }

    private static ImportedFramework build(ImportedFramework.Document doc, List<ImportedFramework.Level> levels,
            List<String> taxonomy, Map<String, Row> rows) {
        Map<String, UUID> ids = new HashMap<>();
        rows.keySet().forEach(k -> ids.put(k, UUID.randomUUID()));
        List<ImportedFramework.Item> items = new ArrayList<>();
        List<ImportedFramework.Link> links = new ArrayList<>();
        Set<String> relatedPairs = new HashSet<>();
        int n = 0;
        for (Row r : rows.values()) {
            UUID id = ids.get(r.idNumber());
            UUID parent = r.parent() == null ? null : ids.get(r.parent());
            String notes = r.notes();
            items.add(new ImportedFramework.Item(id, r.idNumber(), itemType(taxonomy, depth(r, rows)),
                    r.name(), null, r.name().length() <= 300 ? null : r.name().substring(0, 300), ++n, null, notes,
                    parent));
            if (parent != null) {
                links.add(link(CompetencyAssociation.IS_CHILD_OF, id, parent));
            }
            for (String ref : r.related()) {
                String pair = r.idNumber().compareTo(ref) < 0 ? r.idNumber() + "\n" + ref : ref + "\n" + r.idNumber();
                if (relatedPairs.add(pair)) {
                    links.add(link(CompetencyAssociation.IS_RELATED_TO, id, ids.get(ref)));
                }
            }
            for (ImportedFramework.Level l : levels) {
                links.add(link(CompetencyAssociation.HAS_SKILL_LEVEL, id, l.identifier()));
            }
        }
        return new ImportedFramework(doc, items, levels, links, List.of());
    }

    private static ImportedFramework.Link link(String type, UUID origin, UUID destination) {
        return new ImportedFramework.Link(UUID.randomUUID(), type, new ImportedFramework.Node(origin, null),
                new ImportedFramework.Node(destination, null), null);
    }

    private static int depth(Row r, Map<String, Row> rows) {
        int depth = 1;
        for (Row at = rows.get(r.parent() == null ? "" : r.parent()); at != null && depth < 100;
                at = at.parent() == null ? null : rows.get(at.parent())) {
            depth++;
        }
        return depth;
    }

    private static String itemType(List<String> taxonomy, int depth) {
        String term = depth <= taxonomy.size() ? taxonomy.get(depth - 1).strip() : "";
        if (term.isEmpty()) {
            return "Competency";
        }
        String type = term.substring(0, 1).toUpperCase(Locale.ROOT) + term.substring(1);
        return type.length() > 40 ? type.substring(0, 40) : type;
    }

    private static String required(Rfc4180.Row r, int column, int max, ImportReport report) {
        String v = r.fields().get(column).strip();
        if (v.isEmpty()) {
            report.rowFault(r.line(), NAMES[column], AppMessages::framework_fieldRequired);
            return null;
        }
        if (v.length() > max) {
            report.rowFault(r.line(), NAMES[column], m -> m.framework_tooLong(max));
            return null;
        }
        return v;
    }

    /** Description text: HTML (format 1) reduced to plain text; null when blank. */
    private static String text(String description, String format) {
        String s = "1".equals(format.strip()) ? description.replaceAll("<[^>]*>", " ").replace("&nbsp;", " ")
                .replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").replaceAll("\\s+", " ")
                : description;
        s = s.strip();
        return s.isEmpty() ? null : s;
    }
}
