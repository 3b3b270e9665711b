package vn.hocso.competency.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocso.competency.model.CompetencyAssociation;
import vn.hocso.competency.model.CompetencyItem;
import vn.hocso.competency.model.Framework;
import vn.hocso.competency.model.ProficiencyLevel;
import vn.hocso.competency.model.RoleTarget;

/**
 * Writes a stored version as a CASE 1.1 CFPackage: CFDocument, CFItems, CFAssociations, CFDefinitions (item types and
 * the licence) and one CFRubric whose single criterion's levels are the proficiency levels (items point at them with
 * {@code hasSkillLevel}). No field is ever {@code null} (CASE types forbid it): absent values are left out. HocSo's own
 * fields go to {@code extensions.hocso}, as {@link CaseJsonReader} expects them, so an export imports back unchanged.
 */
@ApplicationScoped
public class CaseJsonWriter {

    @Inject
    ObjectMapper mapper;

    @Inject
    CaseUris uris;

    /** What a version consists of, as loaded by the service. */
    public record Content(Framework framework, List<CompetencyItem> items, List<ProficiencyLevel> levels,
            List<CompetencyAssociation> associations, List<RoleTarget> targets, Map<Long, CompetencyItem> outside) {
    }

    /** The CFPackage of a version. */
    public ObjectNode pkg(Content c) {
        ObjectNode root = mapper.createObjectNode();
        root.set("CFDocument", document(c.framework(), c));
        ArrayNode items = root.putArray("CFItems");
        c.items().forEach(i -> items.add(item(i, c.framework())));
        ArrayNode links = root.putArray("CFAssociations");
        c.associations().forEach(a -> links.add(association(a, c)));
        root.set("CFDefinitions", definitions(c));
        if (!c.levels().isEmpty()) {
            root.putArray("CFRubrics").add(rubric(c.framework(), c.levels()));
        }
        return root;
    }

    /** The CFDocument of a version. */
    public ObjectNode document(Framework fw, Content c) {
        ObjectNode d = mapper.createObjectNode();
        d.put("identifier", fw.identifier.toString());
        d.put("uri", uris.document(fw.identifier));
        d.put("creator", fw.creator);
        d.put("title", fw.title);
        d.put("lastChangeDateTime", time(fw.lastChange));
        put(d, "officialSourceURL", fw.officialSourceUrl);
        put(d, "publisher", fw.publisher);
        put(d, "description", fw.description);
        d.put("language", fw.language);
        d.put("version", fw.version);
        d.put("adoptionStatus", fw.adoptionStatus);
        if (fw.publishedAt != null) {
            d.put("statusStartDate", fw.publishedAt.toString().substring(0, 10));
        }
        if (fw.licenceUri != null) {
            d.set("licenseURI", link(licenceId(fw), uris.licence(licenceId(fw)), fw.licenceUri));
        }
        put(d, "notes", fw.licenceNote);
        d.set("CFPackageURI", link(fw.identifier, uris.pkg(fw.identifier), fw.title));
        ObjectNode ext = d.putObject("extensions").putObject("hocso");
        ext.put("code", fw.code);
        put(ext, "titleEn", fw.titleEn);
        ext.put("editable", fw.editable);
        if (c != null && !c.targets().isEmpty()) {
            Map<Long, UUID> itemIds = new HashMap<>();
            c.items().forEach(i -> itemIds.put(i.id, i.identifier));
            Map<Long, UUID> levelIds = new HashMap<>();
            c.levels().forEach(l -> levelIds.put(l.id, l.identifier));
            ArrayNode targets = ext.putArray("roleTargets");
            for (RoleTarget t : c.targets()) {
                targets.addObject().put("position", t.position.name()).put("item", itemIds.get(t.itemId).toString())
                        .put("level", levelIds.get(t.levelId).toString());
            }
        }
        return d;
    }

    /** A CFItem. */
    public ObjectNode item(CompetencyItem i, Framework fw) {
        ObjectNode n = mapper.createObjectNode();
        n.put("identifier", i.identifier.toString());
        n.put("uri", uris.item(i.identifier));
        n.put("fullStatement", i.fullStatement);
        n.put("humanCodingScheme", i.humanCode);
        if (i.listEnumeration != null) {
            n.put("listEnumeration", i.listEnumeration.toString());
        }
        put(n, "abbreviatedStatement", i.abbreviatedStatement);
        n.put("CFItemType", i.itemType);
        n.set("CFItemTypeURI", link(itemTypeId(fw, i.itemType), uris.itemType(itemTypeId(fw, i.itemType)),
                i.itemType));
        put(n, "notes", i.notes);
        n.put("language", fw.language);
        if (i.educationLevel != null) {
            ArrayNode levels = n.putArray("educationLevel");
            for (String e : i.educationLevel.split(",")) {
                levels.add(e);
            }
        }
        n.set("CFDocumentURI", link(fw.identifier, uris.document(fw.identifier), fw.title));
        n.put("lastChangeDateTime", time(i.lastChange));
        if (i.fullStatementEn != null) {
            n.putObject("extensions").putObject("hocso").put("fullStatementEn", i.fullStatementEn);
        }
        return n;
    }

    /** A CFAssociation; its ends carry the title of the node they name. */
    public ObjectNode association(CompetencyAssociation a, Content c) {
        ObjectNode n = mapper.createObjectNode();
        n.put("identifier", a.identifier.toString());
        n.put("uri", uris.association(a.identifier));
        n.put("associationType", a.associationType);
        if (a.sequenceNumber != null) {
            n.put("sequenceNumber", a.sequenceNumber);
        }
        n.set("originNodeURI", end(a.originItemId, null, a.originUri, c));
        n.set("destinationNodeURI", end(a.destinationItemId, a.destinationLevelId, a.destinationUri, c));
        n.set("CFDocumentURI", link(c.framework().identifier, uris.document(c.framework().identifier),
                c.framework().title));
        n.put("lastChangeDateTime", time(a.lastChange));
        return n;
    }

    private ObjectNode end(Long itemId, Long levelId, String uri, Content c) {
        if (itemId != null) {
            CompetencyItem i = c.items().stream().filter(x -> x.id.equals(itemId)).findFirst()
                    .orElse(c.outside().get(itemId));
            if (i != null) {
                return link(i.identifier, uris.item(i.identifier), i.humanCode);
            }
        }
        if (levelId != null) {
            for (ProficiencyLevel l : c.levels()) {
                if (l.id.equals(levelId)) {
                    ObjectNode n = link(l.identifier, uris.inRubric(CaseUris.rubricOf(c.framework().identifier),
                            l.identifier), l.code);
                    n.put("targetType", "CFRubricCriterionLevel");
                    return n;
                }
            }
        }
        if (uri.equals(uris.document(c.framework().identifier))) {
            return link(c.framework().identifier, uri, c.framework().title);
        }
        return link(UUID.nameUUIDFromBytes(uri.getBytes(java.nio.charset.StandardCharsets.UTF_8)), uri, uri);
    }

    private ObjectNode definitions(Content c) {
        ObjectNode defs = mapper.createObjectNode();
        ArrayNode types = defs.putArray("CFItemTypes");
        Set<String> seen = new HashSet<>();
        for (CompetencyItem i : c.items()) {
            if (seen.add(i.itemType)) {
                UUID id = itemTypeId(c.framework(), i.itemType);
                types.addObject().put("identifier", id.toString()).put("uri", uris.itemType(id))
                        .put("title", i.itemType).put("description", i.itemType).put("hierarchyCode", i.itemType)
                        .put("lastChangeDateTime", time(c.framework().lastChange));
            }
        }
        Framework fw = c.framework();
        if (fw.licenceUri != null) {
            ObjectNode licence = defs.putArray("CFLicenses").addObject();
            licence.put("identifier", licenceId(fw).toString()).put("uri", uris.licence(licenceId(fw)))
                    .put("title", fw.licenceUri).put("licenseText", fw.licenceNote == null ? fw.licenceUri
                            : fw.licenceNote).put("lastChangeDateTime", time(fw.lastChange));
        }
        return defs;
    }

    private ObjectNode rubric(Framework fw, List<ProficiencyLevel> levels) {
        UUID rubric = CaseUris.rubricOf(fw.identifier);
        UUID criterion = CaseUris.criterionOf(fw.identifier);
        ObjectNode r = mapper.createObjectNode();
        r.put("identifier", rubric.toString()).put("uri", uris.rubric(rubric))
                .put("title", "Proficiency levels / Các mức thành thạo").put("description", fw.title)
                .put("lastChangeDateTime", time(fw.lastChange));
        ObjectNode c = r.putArray("CFRubricCriteria").addObject();
        c.put("identifier", criterion.toString()).put("uri", uris.inRubric(rubric, criterion))
                .put("category", "Proficiency scale").put("description", fw.title).put("position", 1)
                .put("rubricId", rubric.toString()).put("lastChangeDateTime", time(fw.lastChange));
        ArrayNode ls = c.putArray("CFRubricCriterionLevels");
        for (ProficiencyLevel l : levels) {
            ObjectNode n = ls.addObject();
            n.put("identifier", l.identifier.toString()).put("uri", uris.inRubric(rubric, l.identifier));
            put(n, "description", l.description);
            n.put("quality", l.label).put("score", l.ordinal).put("position", l.ordinal)
                    .put("criterionId", criterion.toString()).put("lastChangeDateTime", time(fw.lastChange));
            ObjectNode ext = n.putObject("extensions").putObject("hocso");
            ext.put("code", l.code);
            put(ext, "labelEn", l.labelEn);
        }
        return r;
    }

    private ObjectNode link(UUID identifier, String uri, String title) {
        ObjectNode n = mapper.createObjectNode();
        n.put("title", title == null ? uri : title);
        n.put("identifier", identifier.toString());
        n.put("uri", uri);
        return n;
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static String time(Instant t) {
        return (t == null ? Instant.EPOCH : t).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private static UUID itemTypeId(Framework fw, String type) {
        return FrameworkCodes.derived(fw.identifier, "itemType/" + type);
    }

    private static UUID licenceId(Framework fw) {
        return FrameworkCodes.derived(fw.identifier, "licence");
    }
}
