package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
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
import vn.hocso.competency.persistence.AssociationRepository;
import vn.hocso.competency.persistence.FrameworkRepository;
import vn.hocso.competency.persistence.ItemRepository;
import vn.hocso.competency.persistence.LevelRepository;
import vn.hocso.competency.persistence.RoleTargetRepository;
import vn.hocso.platform.web.DomainException;

/**
 * Competency framework versions: reading them, importing new ones (CASE 1.1 JSON, Moodle CSV) and creating the next
 * draft version of an editable framework. Published versions never change; {@link FrameworkDrafts} edits drafts.
 */
@ApplicationScoped
@Transactional
public class FrameworkService {

    @Inject
    FrameworkRepository frameworks;

    @Inject
    ItemRepository items;

    @Inject
    LevelRepository levels;

    @Inject
    AssociationRepository associations;

    @Inject
    RoleTargetRepository targets;

    @Inject
    CaseJsonReader caseReader;

    @Inject
    MoodleCsvImport moodleReader;

    @Inject
    FrameworkWriter writer;

    @Inject
    CaseUris uris;

    /** Every version, grouped by code, oldest first within a code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Framework> versions() {
        return frameworks.allVersions();
    }

    /** Number of items of each version, by version id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> itemCounts() {
        return frameworks.itemCounts();
    }

    /**
     * @throws DomainException 404 when there is no such version
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Framework get(long id) {
        Framework fw = frameworks.findById(id);
        if (fw == null) {
            throw DomainException.notFound();
        }
        return fw;
    }

    /** The version with this CASE document identifier, or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Framework byIdentifier(UUID identifier) {
        return frameworks.byIdentifier(identifier);
    }

    /** The item with this CASE identifier (any version), or null. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CompetencyItem itemByIdentifier(UUID identifier) {
        return items.byIdentifier(identifier);
    }

    /**
     * A version with its items, levels, associations, role targets and the items of other versions its crosswalks
     * name.
     *
     * @throws DomainException 404 when there is no such version
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CaseJsonWriter.Content content(long id) {
        Framework fw = get(id);
        List<CompetencyItem> own = items.ofFramework(id);
        List<CompetencyAssociation> links = associations.ofFramework(id);
        Set<Long> ownIds = new HashSet<>();
        own.forEach(i -> ownIds.add(i.id));
        Set<Long> outsideIds = new HashSet<>();
        for (CompetencyAssociation a : links) {
            for (Long end : new Long[] {a.originItemId, a.destinationItemId}) {
                if (end != null && !ownIds.contains(end)) {
                    outsideIds.add(end);
                }
            }
        }
        Map<Long, CompetencyItem> outside = new HashMap<>();
        items.byIds(outsideIds).forEach(i -> outside.put(i.id, i));
        return new CaseJsonWriter.Content(fw, own, levels.ofFramework(id), links, targets.ofFramework(id), outside);
    }

    /** Associations other versions state about this version's items (incoming crosswalks) and those items' owners. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompetencyAssociation> incoming(long id) {
        return associations.pointingInto(id);
    }

    /**
     * Imports a CASE 1.1 CFPackage as a new, published version.
     *
     * @throws DomainException 422 with a report of every fault (nothing stored); 409 when that document identifier
     *         and version, or that code and version, already exist
     */
    public Framework importCase(String json, Long importedBy) {
        return writer.store(caseReader.read(json), importedBy, true);
    }

    /**
     * Imports a Moodle {@code tool_lpimportcsv} file as a new, published version (the next version number of its
     * code).
     *
     * @throws DomainException 422 with a report of every fault by row (nothing stored)
     */
    public Framework importMoodle(String csv, Long importedBy) {
        return writer.store(moodleReader.read(csv), importedBy, true);
    }

    /**
     * Imports an uploaded file: a CASE package when its text starts with <code>{</code> (or it is named .json), else
     * a Moodle CSV when it is named .csv or sent as text/csv.
     *
     * @throws DomainException 422 when it is neither, or as {@link #importCase} and {@link #importMoodle} say
     */
    public Framework importFile(java.nio.file.Path file, String filename, String contentType, Long importedBy) {
        String text;
        try {
            text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            throw new DomainException(422, vn.hocso.platform.i18n.AppMessages::framework_fileType);
        }
        String name = filename == null ? "" : filename.toLowerCase(java.util.Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        String start = text.stripLeading().replace("\uFEFF", "");
        if (start.startsWith("{") || name.endsWith(".json")) {
            return importCase(text, importedBy);
        }
        if (name.endsWith(".csv") || type.startsWith("text/csv")) {
            return importMoodle(text, importedBy);
        }
        throw new DomainException(422, vn.hocso.platform.i18n.AppMessages::framework_fileType);
    }

    /**
     * Starts the next version of an editable framework: a draft copied from its latest version (items, levels,
     * associations, role targets; new identifiers), each copied item linked to its predecessor by a
     * {@code replacedBy} association stated in the draft.
     *
     * @throws DomainException 404 unknown version; 409 when the framework is not editable or already has a draft
     */
    public Framework createDraft(long id, Long by) {
        Framework fw = get(id);
        if (!fw.editable) {
            throw DomainException.conflict(m -> m.framework_notEditable(fw.code));
        }
        Framework draft = frameworks.draftOf(fw.code);
        if (draft != null) {
            throw DomainException.conflict(m -> m.framework_draftExists(fw.code, draft.version));
        }
        Framework latest = frameworks.latestPublished(fw.code);
        CaseJsonWriter.Content from = content(latest == null ? id : latest.id);
        Framework copy = writer.store(copyOf(from), by, false);
        Map<String, CompetencyItem> copies = new HashMap<>();
        items.ofFramework(copy.id).forEach(i -> copies.put(i.humanCode, i));
        for (CompetencyItem old : from.items()) {
            CompetencyItem now = copies.get(old.humanCode);
            CompetencyAssociation a = new CompetencyAssociation();
            a.identifier = FrameworkCodes.derived(copy.identifier, "replacedBy/" + old.identifier);
            a.frameworkId = copy.id;
            a.associationType = CompetencyAssociation.REPLACED_BY;
            a.originItemId = old.id;
            a.originUri = uris.item(old.identifier);
            a.destinationItemId = now.id;
            a.destinationUri = uris.item(now.identifier);
            associations.persist(a);
        }
        return copy;
    }

    /** The file form of a stored version, for copying (isChildOf and replacedBy links are rebuilt, not copied). */
    private static ImportedFramework copyOf(CaseJsonWriter.Content c) {
        Framework f = c.framework();
        var doc = new ImportedFramework.Document(null, f.code, null, f.title, f.titleEn, f.creator, f.publisher,
                f.description, f.language, f.officialSourceUrl, f.licenceUri, f.licenceNote, Framework.DRAFT,
                f.editable);
        Map<Long, UUID> itemIds = new HashMap<>();
        c.items().forEach(i -> itemIds.put(i.id, i.identifier));
        c.outside().forEach((id, i) -> itemIds.put(id, i.identifier));
        Map<Long, UUID> levelIds = new HashMap<>();
        c.levels().forEach(l -> levelIds.put(l.id, l.identifier));
        List<ImportedFramework.Item> is = new ArrayList<>();
        for (CompetencyItem i : c.items()) {
            is.add(new ImportedFramework.Item(i.identifier, i.humanCode, i.itemType, i.fullStatement,
                    i.fullStatementEn, i.abbreviatedStatement, i.listEnumeration, i.educationLevel, i.notes,
                    i.parentId == null ? null : itemIds.get(i.parentId)));
        }
        List<ImportedFramework.Level> ls = c.levels().stream().map(l -> new ImportedFramework.Level(l.identifier,
                l.code, l.ordinal, l.label, l.labelEn, l.description)).toList();
        List<ImportedFramework.Link> links = new ArrayList<>();
        for (CompetencyAssociation a : c.associations()) {
            if (CompetencyAssociation.IS_CHILD_OF.equals(a.associationType)
                    || CompetencyAssociation.REPLACED_BY.equals(a.associationType)) {
                continue;
            }
            UUID origin = a.originItemId == null ? null : itemIds.get(a.originItemId);
            UUID destination = a.destinationItemId != null ? itemIds.get(a.destinationItemId)
                    : a.destinationLevelId != null ? levelIds.get(a.destinationLevelId) : null;
            links.add(new ImportedFramework.Link(a.identifier, a.associationType,
                    new ImportedFramework.Node(origin, a.originUri),
                    new ImportedFramework.Node(destination, a.destinationUri), a.sequenceNumber));
        }
        List<ImportedFramework.Target> ts = c.targets().stream().map(t -> new ImportedFramework.Target(t.position,
                itemIds.get(t.itemId), levelIds.get(t.levelId))).toList();
        return new ImportedFramework(doc, is, ls, links, ts);
    }

    /** Items by id, in any version. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CompetencyItem> items(java.util.Collection<Long> ids) {
        return items.byIds(ids);
    }

    /** Levels of a version, lowest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProficiencyLevel> levels(long id) {
        return levels.ofFramework(id);
    }
}
