package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
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
import vn.hocso.competency.model.RoleTarget;
import vn.hocso.competency.persistence.AssociationRepository;
import vn.hocso.competency.persistence.FrameworkRepository;
import vn.hocso.competency.persistence.ItemRepository;
import vn.hocso.competency.persistence.LevelRepository;
import vn.hocso.competency.persistence.RoleTargetRepository;
import vn.hocso.platform.web.DomainException;

/**
 * Stores a checked {@link ImportedFramework} as a new framework version, in one transaction: all of it or nothing.
 * <ul>
 * <li>A document whose identifier is already stored with the same version, or whose code and version are taken, is a
 * 409. One whose identifier is stored with another version is a new version of that framework (same code).</li>
 * <li>Identifiers of the file that are already taken (a re-imported export) are replaced by new ones derived from the
 * new document's identifier; references inside the file follow.</li>
 * <li>Association ends are resolved to items and levels of the file, then to items of stored versions (crosswalks);
 * the rest stay outside URIs. Items without an {@code isChildOf} get one (to their parent or the document).</li>
 * <li>A published version becomes immutable; publishing an Adopted version deprecates the older Adopted ones.</li>
 * </ul>
 */
@ApplicationScoped
public class FrameworkWriter {

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
    CaseUris uris;

    /**
     * @param createdBy the importing account, null for the seeder
     * @param publish true to publish (freeze) the version at once, false to keep it a draft
     * @throws DomainException 409 when the version already exists; 422 when an association cannot be placed
     */
    @Transactional
    public Framework store(ImportedFramework in, Long createdBy, boolean publish) {
        ImportedFramework.Document d = in.document();
        Framework earlier = d.identifier() == null ? null : frameworks.byIdentifier(d.identifier());
        String code = earlier != null ? earlier.code : d.code() != null ? d.code() : codeFromTitle(d);
        String version = d.version() != null ? d.version() : nextVersion(code);
        if ((earlier != null && earlier.version.equals(version)) || frameworks.byCodeAndVersion(code, version) != null) {
            throw DomainException.conflict(m -> m.framework_exists(code, version));
        }
        UUID docId = d.identifier() == null ? UUID.randomUUID()
                : earlier != null ? FrameworkCodes.derived(d.identifier(), version) : d.identifier();
        Framework fw = newFramework(d, code, version, docId, createdBy);
        frameworks.persist(fw);
        Ids ids = new Ids(docId, taken(in));
        Map<UUID, ProficiencyLevel> levelsByFileId = persistLevels(in, fw, ids);
        Map<UUID, CompetencyItem> itemsByFileId = persistItems(in, fw, ids);
        persistAssociations(in, fw, ids, d.identifier(), itemsByFileId, levelsByFileId);
        for (ImportedFramework.Target t : in.targets()) {
            RoleTarget rt = new RoleTarget();
            rt.frameworkId = fw.id;
            rt.position = t.position();
            rt.itemId = itemsByFileId.get(t.item()).id;
            rt.levelId = levelsByFileId.get(t.level()).id;
            targets.persist(rt);
        }
        frameworks.flush();
        if (publish) {
            publish(fw, d.adoptionStatus());
        }
        return fw;
    }

    /**
     * Publishes a draft version: from now on immutable. With status Adopted, older Adopted versions of the same
     * framework become Deprecated.
     */
    @Transactional
    public void publish(Framework fw, String status) {
        fw.publishedAt = Instant.now();
        fw.adoptionStatus = status == null ? Framework.ADOPTED : status;
        fw.lastChange = fw.publishedAt;
        if (Framework.ADOPTED.equals(fw.adoptionStatus)) {
            for (Framework older : frameworks.versionsOf(fw.code)) {
                if (!older.id.equals(fw.id) && older.published() && Framework.ADOPTED.equals(older.adoptionStatus)) {
                    older.adoptionStatus = Framework.DEPRECATED;
                    older.lastChange = fw.publishedAt;
                }
            }
        }
    }

    /** The next free numeric version label of a framework ("1" for a new one). */
    public String nextVersion(String code) {
        int max = 0;
        for (Framework f : frameworks.versionsOf(code)) {
            try {
                max = Math.max(max, Integer.parseInt(f.version));
            } catch (NumberFormatException ignored) {
                max = Math.max(max, 1);
            }
        }
        return String.valueOf(max + 1);
    }

    private static String codeFromTitle(ImportedFramework.Document d) {
        String code = FrameworkCodes.fromText(d.title());
        return code != null ? code : "FW-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    private static Framework newFramework(ImportedFramework.Document d, String code, String version, UUID id,
            Long createdBy) {
        Framework fw = new Framework();
        fw.identifier = id;
        fw.code = code;
        fw.version = version;
        fw.title = d.title();
        fw.titleEn = d.titleEn();
        fw.creator = d.creator();
        fw.publisher = d.publisher();
        fw.description = d.description();
        fw.language = d.language();
        fw.officialSourceUrl = d.officialSourceUrl();
        fw.licenceUri = d.licenceUri();
        fw.licenceNote = d.licenceNote();
        fw.adoptionStatus = Framework.DRAFT;
        fw.editable = d.editable();
        fw.createdBy = createdBy;
        return fw;
    }

    /** Identifiers of the file that stored rows already use. */
    private Set<UUID> taken(ImportedFramework in) {
        Set<UUID> taken = new HashSet<>(items.takenIdentifiers(in.items().stream()
                .map(ImportedFramework.Item::identifier).toList()));
        taken.addAll(levels.takenIdentifiers(in.levels().stream().map(ImportedFramework.Level::identifier).toList()));
        taken.addAll(associations.takenIdentifiers(in.associations().stream()
                .map(ImportedFramework.Link::identifier).toList()));
        return taken;
    }

    /** The stored identifier of each identifier of the file. */
    private record Ids(UUID document, Set<UUID> taken) {
        UUID of(UUID fileId) {
            return taken.contains(fileId) ? FrameworkCodes.derived(document, fileId) : fileId;
        }
    }

    private Map<UUID, ProficiencyLevel> persistLevels(ImportedFramework in, Framework fw, Ids ids) {
        Map<UUID, ProficiencyLevel> byFileId = new HashMap<>();
        for (ImportedFramework.Level l : in.levels()) {
            ProficiencyLevel p = new ProficiencyLevel();
            p.identifier = ids.of(l.identifier());
            p.frameworkId = fw.id;
            p.code = l.code();
            p.ordinal = l.ordinal();
            p.label = l.label();
            p.labelEn = l.labelEn();
            p.description = l.description();
            levels.persist(p);
            byFileId.put(l.identifier(), p);
        }
        return byFileId;
    }

    /** Persists items parents first (the readers refused cycles and unknown parents). */
    private Map<UUID, CompetencyItem> persistItems(ImportedFramework in, Framework fw, Ids ids) {
        Map<UUID, CompetencyItem> byFileId = new HashMap<>();
        List<ImportedFramework.Item> pending = new ArrayList<>(in.items());
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.iterator(); it.hasNext();) {
                ImportedFramework.Item i = it.next();
                CompetencyItem parent = i.parent() == null ? null : byFileId.get(i.parent());
                if (i.parent() != null && parent == null) {
                    continue;
                }
                byFileId.put(i.identifier(), persistItem(i, fw, ids, parent));
                it.remove();
            }
            if (pending.size() == before) {
                throw new IllegalStateException("unresolvable item parents: " + pending.size());
            }
        }
        return byFileId;
    }

    private CompetencyItem persistItem(ImportedFramework.Item i, Framework fw, Ids ids, CompetencyItem parent) {
        CompetencyItem c = new CompetencyItem();
        c.identifier = ids.of(i.identifier());
        c.frameworkId = fw.id;
        c.parentId = parent == null ? null : parent.id;
        c.humanCode = i.humanCode();
        c.itemType = i.itemType();
        c.fullStatement = i.fullStatement();
        c.fullStatementEn = i.fullStatementEn();
        c.abbreviatedStatement = i.abbreviatedStatement();
        c.listEnumeration = i.listEnumeration();
        c.educationLevel = i.educationLevel();
        c.notes = i.notes();
        items.persist(c);
        return c;
    }

    private void persistAssociations(ImportedFramework in, Framework fw, Ids ids, UUID fileDocId,
            Map<UUID, CompetencyItem> itemsByFileId, Map<UUID, ProficiencyLevel> levelsByFileId) {
        Map<UUID, CompetencyItem> stored = storedEnds(in, itemsByFileId, levelsByFileId);
        UUID rubric = CaseUris.rubricOf(fw.identifier);
        Set<Long> hasParentLink = new HashSet<>();
        for (ImportedFramework.Link l : in.associations()) {
            CompetencyAssociation a = new CompetencyAssociation();
            a.identifier = ids.of(l.identifier());
            a.frameworkId = fw.id;
            a.associationType = l.type();
            a.sequenceNumber = l.sequenceNumber();
            CompetencyItem origin = end(l.origin(), itemsByFileId, stored);
            a.originItemId = origin == null ? null : origin.id;
            a.originUri = origin != null ? uris.item(origin.identifier) : l.origin().uri();
            CompetencyItem destination = end(l.destination(), itemsByFileId, stored);
            ProficiencyLevel level = l.destination().identifier() == null ? null
                    : levelsByFileId.get(l.destination().identifier());
            a.destinationItemId = destination == null ? null : destination.id;
            a.destinationLevelId = level == null ? null : level.id;
            boolean toDocument = fileDocId != null && fileDocId.equals(l.destination().identifier());
            a.destinationUri = destination != null ? uris.item(destination.identifier)
                    : level != null ? uris.inRubric(rubric, level.identifier)
                    : toDocument ? uris.document(fw.identifier) : l.destination().uri();
            if (a.originUri == null || a.destinationUri == null) {
                throw new IllegalStateException("association without an end: " + l.identifier());
            }
            if (CompetencyAssociation.IS_CHILD_OF.equals(a.associationType) && origin != null
                    && origin.frameworkId.equals(fw.id)) {
                hasParentLink.add(origin.id);
            }
            associations.persist(a);
        }
        for (CompetencyItem i : itemsByFileId.values()) {
            if (!hasParentLink.contains(i.id)) {
                associations.persist(parentLink(fw, i, itemsByFileId));
            }
        }
    }

    /** Items of stored versions that association ends of the file name (crosswalks), by identifier; one query. */
    private Map<UUID, CompetencyItem> storedEnds(ImportedFramework in, Map<UUID, CompetencyItem> inFile,
            Map<UUID, ProficiencyLevel> levelsInFile) {
        Set<UUID> outside = new HashSet<>();
        for (ImportedFramework.Link l : in.associations()) {
            for (ImportedFramework.Node n : List.of(l.origin(), l.destination())) {
                if (n.identifier() != null && !inFile.containsKey(n.identifier())
                        && !levelsInFile.containsKey(n.identifier())) {
                    outside.add(n.identifier());
                }
            }
        }
        Map<UUID, CompetencyItem> found = new HashMap<>();
        if (!outside.isEmpty()) {
            items.list("identifier in ?1", outside).forEach(i -> found.put(i.identifier, i));
        }
        return found;
    }

    private static CompetencyItem end(ImportedFramework.Node n, Map<UUID, CompetencyItem> inFile,
            Map<UUID, CompetencyItem> stored) {
        if (n.identifier() == null) {
            return null;
        }
        CompetencyItem i = inFile.get(n.identifier());
        return i != null ? i : stored.get(n.identifier());
    }

    private CompetencyAssociation parentLink(Framework fw, CompetencyItem child, Map<UUID, CompetencyItem> all) {
        CompetencyAssociation a = new CompetencyAssociation();
        a.identifier = FrameworkCodes.derived(fw.identifier, "isChildOf/" + child.identifier);
        a.frameworkId = fw.id;
        a.associationType = CompetencyAssociation.IS_CHILD_OF;
        a.originItemId = child.id;
        a.originUri = uris.item(child.identifier);
        CompetencyItem parent = child.parentId == null ? null
                : all.values().stream().filter(p -> p.id.equals(child.parentId)).findFirst().orElse(null);
        a.destinationItemId = parent == null ? null : parent.id;
        a.destinationUri = parent == null ? uris.document(fw.identifier) : uris.item(parent.identifier);
        a.sequenceNumber = child.listEnumeration;
        return a;
    }
}
