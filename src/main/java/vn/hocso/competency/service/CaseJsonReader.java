package vn.hocso.competency.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocso.competency.config.FrameworkConfig;
import vn.hocso.competency.model.CompetencyAssociation;
import vn.hocso.competency.model.Framework;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * Reads a CASE 1.1 CFPackage (CFDocument + CFItems + CFAssociations + optional CFDefinitions + CFRubrics) into an
 * {@link ImportedFramework}. The fields CASE requires are required (CFDocument identifier, uri, creator, title,
 * lastChangeDateTime; CFItem identifier, uri, fullStatement, lastChangeDateTime; CFAssociation identifier, uri,
 * associationType, originNodeURI, destinationNodeURI, lastChangeDateTime). Mapping:
 * <ul>
 * <li>the proficiency scale is the levels of the first rubric criterion that has levels (code from
 * {@code extensions.hocso.code}, else the level's {@code quality}; order from {@code position});</li>
 * <li>an item's parent is the item its {@code isChildOf} association inside the package points to;</li>
 * <li>HocSo's own fields travel in {@code extensions.hocso}: the framework code, English title, editable flag and role
 * targets on the document, English statements on items, English labels on levels;</li>
 * <li>CFDocument {@code notes} (else the licence's {@code licenseText}) is the licence and source note.</li>
 * </ul>
 */
@ApplicationScoped
public class CaseJsonReader {

    /** CASE 1.1 association types; extensions start with {@code ext:}. */
    static final Set<String> ASSOCIATION_TYPES = Set.of("isChildOf", "isPeerOf", "isPartOf", "exactMatchOf",
            "precedes", "isRelatedTo", "replacedBy", "exemplar", "hasSkillLevel", "isTranslationOf");

    @Inject
    ObjectMapper mapper;

    @Inject
    FrameworkConfig config;

    /**
     * Parses and checks a CFPackage.
     *
     * @throws DomainException 422 listing every fault (malformed JSON with its line and column, missing or mistyped
     *         fields by JSON path, duplicate identifiers or codes, unknown references, a parent cycle)
     */
    public ImportedFramework read(String json) {
        ImportReport report = new ImportReport();
        JsonNode root;
        try {
            root = json == null ? null : mapper.readTree(json);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getLineNr());
            String column = e.getLocation() == null ? "?" : String.valueOf(e.getLocation().getColumnNr());
            report.fault("$", m -> m.framework_malformedJson(line, column));
            report.throwIfAny();
            return null;
        }
        if (root == null || !root.isObject()) {
            report.fault("$", AppMessages::framework_notPackage);
            report.throwIfAny();
        }
        JsonFields f = new JsonFields(report);
        ImportedFramework.Document doc = document(root, f, report);
        List<ImportedFramework.Level> levels = levels(root, f, report);
        List<ImportedFramework.Link> links = associations(root, f, report);
        List<ImportedFramework.Item> items = items(root, f, report, links);
        List<ImportedFramework.Target> targets = targets(root.path("CFDocument"), report, items, levels);
        report.throwIfAny();
        return new ImportedFramework(doc, items, levels, links, targets);
    }

    private ImportedFramework.Document document(JsonNode root, JsonFields f, ImportReport report) {
        JsonNode d = f.object(root, "$", "CFDocument", true);
        String p = "CFDocument";
        UUID identifier = f.uuid(d, p, "identifier", true);
        f.text(d, p, "uri", true, 500);
        String creator = f.text(d, p, "creator", true, 200);
        String title = f.text(d, p, "title", true, 300);
        f.dateTime(d, p, "lastChangeDateTime");
        String version = f.text(d, p, "version", false, 40);
        String status = f.text(d, p, "adoptionStatus", false, 20);
        if (status != null && !Set.of(Framework.DRAFT, Framework.ADOPTED, Framework.DEPRECATED).contains(status)) {
            report.fault(p + ".adoptionStatus", m -> m.framework_badAdoptionStatus(status));
        }
        String code = JsonFields.extension(d, "code");
        if (code != null && !FrameworkCodes.valid(code)) {
            report.fault(p + ".extensions.hocso.code", m -> m.framework_badCode(code));
        }
        JsonNode licence = f.object(d, p, "licenseURI", false);
        String licenceUri = licence.isMissingNode() ? null : f.text(licence, p + ".licenseURI", "uri", true, 500);
        String notes = f.text(d, p, "notes", false, 20000);
        if (notes == null && !licence.isMissingNode()) {
            notes = licenceText(root, licence.path("identifier").asText(""));
        }
        String language = f.text(d, p, "language", false, 10);
        return new ImportedFramework.Document(identifier, code, version, title, JsonFields.extension(d, "titleEn"),
                creator, f.text(d, p, "publisher", false, 200), f.text(d, p, "description", false, 20000),
                language == null ? "vi" : language, f.text(d, p, "officialSourceURL", false, 500), licenceUri, notes,
                status == null ? Framework.ADOPTED : status, JsonFields.hocso(d).path("editable").asBoolean(false));
    }

    private static String licenceText(JsonNode root, String identifier) {
        for (JsonNode l : root.path("CFDefinitions").path("CFLicenses")) {
            if (identifier.equals(l.path("identifier").asText()) && l.path("licenseText").isTextual()) {
                return l.path("licenseText").textValue();
            }
        }
        return null;
    }

    private List<ImportedFramework.Item> items(JsonNode root, JsonFields f, ImportReport report,
            List<ImportedFramework.Link> links) {
        JsonNode array = f.array(root, "$", "CFItems", true);
        if (array.size() > config.maxNodes()) {
            report.fault("CFItems", m -> m.framework_tooMany(config.maxNodes()));
            return List.of();
        }
        Set<UUID> ids = new HashSet<>();
        for (JsonNode n : array) {
            if (n.isObject() && n.path("identifier").isTextual()) {
                try {
                    ids.add(UUID.fromString(n.path("identifier").textValue().strip()));
                } catch (IllegalArgumentException ignored) {
                    // reported below
                }
            }
        }
        Map<UUID, UUID> parents = parents(links, ids, report);
        List<ImportedFramework.Item> items = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String p = "CFItems[" + i + "]";
            JsonNode n = array.get(i);
            if (!n.isObject()) {
                report.fault(p, AppMessages::framework_notObject);
                continue;
            }
            UUID id = f.uuid(n, p, "identifier", true);
            f.text(n, p, "uri", true, 500);
            String statement = f.text(n, p, "fullStatement", true, 20000);
            f.dateTime(n, p, "lastChangeDateTime");
            String code = f.text(n, p, "humanCodingScheme", false, 60);
            if (code == null && id != null) {
                code = id.toString().substring(0, 8);
            }
            String type = f.text(n, p, "CFItemType", false, 40);
            if (id != null && !seen.add(id)) {
                report.fault(p + ".identifier", m -> m.framework_duplicate(id.toString()));
            }
            String dup = code;
            if (code != null && !codes.add(code)) {
                report.fault(p + ".humanCodingScheme", m -> m.framework_duplicate(dup));
            }
            JsonNode levels = n.path("educationLevel");
            List<String> education = new ArrayList<>();
            levels.forEach(e -> education.add(e.asText()));
            String educationLevel = education.isEmpty() ? null : String.join(",", education);
            if (educationLevel != null && educationLevel.length() > 100) {
                report.fault(p + ".educationLevel", m -> m.framework_tooLong(100));
            }
            items.add(new ImportedFramework.Item(id, code, type == null ? "Competency" : type, statement,
                    JsonFields.extension(n, "fullStatementEn"), f.text(n, p, "abbreviatedStatement", false, 300),
                    JsonFields.integer(n, "listEnumeration"), educationLevel, f.text(n, p, "notes", false, 20000),
                    id == null ? null : parents.get(id)));
        }
        return items;
    }

    /** Parent by child from the isChildOf associations between items of the package; faults for two parents or a cycle. */
    private static Map<UUID, UUID> parents(List<ImportedFramework.Link> links, Set<UUID> items, ImportReport report) {
        Map<UUID, UUID> parents = new HashMap<>();
        for (ImportedFramework.Link l : links) {
            UUID child = l.origin().identifier();
            UUID parent = l.destination().identifier();
            if (CompetencyAssociation.IS_CHILD_OF.equals(l.type()) && items.contains(child)
                    && items.contains(parent)) {
                UUID before = parents.put(child, parent);
                if (before != null && !before.equals(parent)) {
                    report.fault("CFAssociations", m -> m.framework_twoParents(child.toString()));
                }
            }
        }
        for (UUID start : parents.keySet()) {
            Set<UUID> path = new HashSet<>();
            for (UUID at = start; at != null; at = parents.get(at)) {
                if (!path.add(at)) {
                    report.fault("CFAssociations", m -> m.framework_cycle(start.toString()));
                    break;
                }
            }
        }
        return parents;
    }

    private List<ImportedFramework.Link> associations(JsonNode root, JsonFields f, ImportReport report) {
        JsonNode array = f.array(root, "$", "CFAssociations", false);
        if (array.size() > config.maxNodes()) {
            report.fault("CFAssociations", m -> m.framework_tooMany(config.maxNodes()));
            return List.of();
        }
        List<ImportedFramework.Link> links = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String p = "CFAssociations[" + i + "]";
            JsonNode n = array.get(i);
            if (!n.isObject()) {
                report.fault(p, AppMessages::framework_notObject);
                continue;
            }
            UUID id = f.uuid(n, p, "identifier", true);
            f.text(n, p, "uri", true, 500);
            String type = f.text(n, p, "associationType", true, 40);
            if (type != null && !ASSOCIATION_TYPES.contains(type) && !type.startsWith("ext:")) {
                report.fault(p + ".associationType", m -> m.framework_badAssociationType(type));
            }
            f.dateTime(n, p, "lastChangeDateTime");
            ImportedFramework.Node origin = node(n, p, "originNodeURI", f);
            ImportedFramework.Node destination = node(n, p, "destinationNodeURI", f);
            if (id != null && !seen.add(id)) {
                report.fault(p + ".identifier", m -> m.framework_duplicate(id.toString()));
            }
            links.add(new ImportedFramework.Link(id, type, origin, destination, JsonFields.integer(n, "sequenceNumber")));
        }
        return links;
    }

    /** A LinkGenURI: uri required; identifier kept when it is a UUID (outside nodes may use other identifiers). */
    private static ImportedFramework.Node node(JsonNode parent, String path, String field, JsonFields f) {
        JsonNode n = f.object(parent, path, field, true);
        if (n.isMissingNode()) {
            return new ImportedFramework.Node(null, null);
        }
        String uri = f.text(n, path + "." + field, "uri", true, 500);
        UUID identifier = null;
        try {
            identifier = n.path("identifier").isTextual() ? UUID.fromString(n.path("identifier").textValue().strip())
                    : null;
        } catch (IllegalArgumentException outside) {
            identifier = null;
        }
        return new ImportedFramework.Node(identifier, uri);
    }

    private List<ImportedFramework.Level> levels(JsonNode root, JsonFields f, ImportReport report) {
        JsonNode rubrics = f.array(root, "$", "CFRubrics", false);
        for (int r = 0; r < rubrics.size(); r++) {
            JsonNode criteria = rubrics.get(r).path("CFRubricCriteria");
            for (int c = 0; c < criteria.size(); c++) {
                JsonNode levels = criteria.get(c).path("CFRubricCriterionLevels");
                if (levels.isArray() && !levels.isEmpty()) {
                    return scale(levels, "CFRubrics[" + r + "].CFRubricCriteria[" + c + "].CFRubricCriterionLevels",
                            f, report);
                }
            }
        }
        return List.of();
    }

    private static List<ImportedFramework.Level> scale(JsonNode levels, String path, JsonFields f,
            ImportReport report) {
        List<ImportedFramework.Level> scale = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<Integer> ordinals = new HashSet<>();
        for (int i = 0; i < levels.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode n = levels.get(i);
            UUID id = f.uuid(n, p, "identifier", true);
            String quality = f.text(n, p, "quality", false, 200);
            String description = f.text(n, p, "description", false, 20000);
            String label = quality != null ? quality : description;
            if (label == null) {
                report.fault(p + ".quality", AppMessages::framework_fieldRequired);
                continue;
            }
            label = label.length() > 200 ? label.substring(0, 200) : label;
            String code = JsonFields.extension(n, "code");
            code = code != null ? code : label.length() > 40 ? label.substring(0, 40) : label;
            Integer position = JsonFields.integer(n, "position");
            int ordinal = position != null ? position : i + 1;
            String c = code;
            if (!codes.add(code)) {
                report.fault(p, m -> m.framework_duplicate(c));
            }
            if (!ordinals.add(ordinal)) {
                report.fault(p + ".position", m -> m.framework_duplicate(String.valueOf(ordinal)));
            }
            scale.add(new ImportedFramework.Level(id, code, ordinal, label, JsonFields.extension(n, "labelEn"),
                    description == null || description.equals(label) ? null : description));
        }
        scale.sort(java.util.Comparator.comparingInt(ImportedFramework.Level::ordinal));
        return scale;
    }

    private static List<ImportedFramework.Target> targets(JsonNode doc, ImportReport report,
            List<ImportedFramework.Item> items, List<ImportedFramework.Level> levels) {
        Set<UUID> itemIds = new HashSet<>();
        items.forEach(i -> itemIds.add(i.identifier()));
        Set<UUID> levelIds = new HashSet<>();
        levels.forEach(l -> levelIds.add(l.identifier()));
        List<ImportedFramework.Target> targets = new ArrayList<>();
        JsonNode array = JsonFields.hocso(doc).path("roleTargets");
        for (int i = 0; i < array.size(); i++) {
            String p = "CFDocument.extensions.hocso.roleTargets[" + i + "]";
            JsonNode t = array.get(i);
            String position = t.path("position").asText("");
            StaffPosition pos = FrameworkCodes.position(position);
            if (pos == null) {
                report.fault(p + ".position", m -> m.framework_badPosition(position));
            }
            UUID item = FrameworkCodes.uuidOrNull(t.path("item").asText(""));
            UUID level = FrameworkCodes.uuidOrNull(t.path("level").asText(""));
            if (item == null || !itemIds.contains(item)) {
                report.fault(p + ".item", m -> m.framework_unknownReference(t.path("item").asText("")));
            }
            if (level == null || !levelIds.contains(level)) {
                report.fault(p + ".level", m -> m.framework_unknownReference(t.path("level").asText("")));
            }
            if (pos != null && item != null && level != null) {
                targets.add(new ImportedFramework.Target(pos, item, level));
            }
        }
        return targets;
    }
}
