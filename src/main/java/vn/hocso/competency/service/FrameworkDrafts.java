package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
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
import vn.hocso.org.model.StaffPosition;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/**
 * Editing a draft version (see {@link FrameworkService#createDraft}): add, change and remove items, replace the role
 * targets, publish. Every method refuses a published version with a 409: a published version is never edited in
 * place; the next version is.
 */
@ApplicationScoped
@Transactional
public class FrameworkDrafts {

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
    FrameworkWriter writer;

    @Inject
    CaseUris uris;

    /** An item's editable fields; {@code parentId} is only used when adding. */
    public record ItemInput(String humanCode, String fullStatement, String fullStatementEn, String notes,
            String itemType, Long parentId) {
    }

    /** One role target: the level (by code) the position should reach for the item. */
    public record TargetInput(String position, Long itemId, String level) {
    }

    /**
     * Adds an item (top level, or under {@code parentId} of the same draft) linked to every level of the scale.
     *
     * @throws DomainException 404 unknown version; 409 published; 422 invalid or duplicate fields
     */
    public CompetencyItem addItem(long frameworkId, ItemInput in) {
        Framework fw = draft(frameworkId);
        ItemInput input = in == null ? new ItemInput(null, null, null, null, null, null) : in;
        CompetencyItem parent = input.parentId() == null ? null : items.findById(input.parentId());
        InputCheck check = check(fw, input, null);
        check.check(input.parentId() == null || (parent != null && parent.frameworkId.equals(fw.id)), "parentId",
                AppMessages::error_notFound);
        check.throwIfInvalid();
        CompetencyItem i = new CompetencyItem();
        i.identifier = UUID.randomUUID();
        i.frameworkId = fw.id;
        i.parentId = parent == null ? null : parent.id;
        apply(i, input);
        i.itemType = blank(input.itemType()) ? "Competency" : input.itemType().strip();
        i.listEnumeration = (int) (parent == null ? items.count("frameworkId = ?1 and parentId is null", fw.id)
                : items.count("frameworkId = ?1 and parentId = ?2", fw.id, parent.id)) + 1;
        items.persist(i);
        link(fw, CompetencyAssociation.IS_CHILD_OF, i,
                parent == null ? uris.document(fw.identifier) : uris.item(parent.identifier), parent, null);
        for (ProficiencyLevel l : levels.ofFramework(fw.id)) {
            link(fw, CompetencyAssociation.HAS_SKILL_LEVEL, i, uris.inRubric(CaseUris.rubricOf(fw.identifier), l.identifier), null, l);
        }
        touch(fw);
        return i;
    }

    /**
     * Changes an item's code, statements and notes.
     *
     * @throws DomainException 404 unknown version or item; 409 published; 422 invalid or duplicate fields
     */
    public CompetencyItem updateItem(long frameworkId, long itemId, ItemInput in) {
        Framework fw = draft(frameworkId);
        CompetencyItem i = itemOf(fw, itemId);
        ItemInput input = in == null ? new ItemInput(null, null, null, null, null, null) : in;
        InputCheck check = check(fw, input, i);
        check.throwIfInvalid();
        apply(i, input);
        if (!blank(input.itemType())) {
            i.itemType = input.itemType().strip();
        }
        i.lastChange = Instant.now();
        touch(fw);
        return i;
    }

    /**
     * Removes an item with its associations and role targets.
     *
     * @throws DomainException 404 unknown version or item; 409 published or when the item has children
     */
    public void deleteItem(long frameworkId, long itemId) {
        Framework fw = draft(frameworkId);
        CompetencyItem i = itemOf(fw, itemId);
        if (items.hasChildren(i.id)) {
            throw DomainException.conflict(AppMessages::framework_itemHasChildren);
        }
        targets.deleteOfItem(fw.id, i.id);
        associations.deleteTouching(fw.id, i.id);
        items.delete(i);
        touch(fw);
    }

    /**
     * Replaces all role targets of a draft.
     *
     * @throws DomainException 404 unknown version; 409 published; 422 unknown position, item or level, or a
     *         position/item pair named twice
     */
    public List<RoleTarget> replaceTargets(long frameworkId, List<TargetInput> in) {
        Framework fw = draft(frameworkId);
        List<TargetInput> input = in == null ? List.of() : in;
        List<ProficiencyLevel> scale = levels.ofFramework(fw.id);
        InputCheck check = new InputCheck();
        Set<String> seen = new HashSet<>();
        for (int n = 0; n < input.size(); n++) {
            TargetInput t = input.get(n);
            String at = "[" + n + "]";
            check.check(t != null && FrameworkCodes.position(t.position()) != null, at + ".position",
                    m -> m.framework_badPosition(t == null ? "" : String.valueOf(t.position())));
            CompetencyItem item = t == null || t.itemId() == null ? null : items.findById(t.itemId());
            check.check(item != null && item.frameworkId.equals(fw.id), at + ".itemId", AppMessages::error_notFound);
            check.check(t != null && scale.stream().anyMatch(l -> l.code.equals(t.level())), at + ".level",
                    m -> m.framework_unknownReference(t == null ? "" : String.valueOf(t.level())));
            check.check(t == null || seen.add(t.position() + "/" + t.itemId()), at,
                    m -> m.framework_duplicate(t.position() + " " + t.itemId()));
        }
        check.throwIfInvalid();
        targets.deleteOfFramework(fw.id);
        targets.flush();
        for (TargetInput t : input) {
            RoleTarget rt = new RoleTarget();
            rt.frameworkId = fw.id;
            rt.position = StaffPosition.valueOf(t.position());
            rt.itemId = t.itemId();
            rt.levelId = scale.stream().filter(l -> l.code.equals(t.level())).findFirst().orElseThrow().id;
            targets.persist(rt);
        }
        touch(fw);
        return targets.ofFramework(fw.id);
    }

    /**
     * Publishes a draft as the Adopted version (older Adopted versions become Deprecated). From now on it is
     * immutable.
     *
     * @throws DomainException 404 unknown version; 409 already published
     */
    public Framework publish(long frameworkId) {
        Framework fw = draft(frameworkId);
        frameworks.flush();
        writer.publish(fw, Framework.ADOPTED);
        return fw;
    }

    /**
     * The version, which must be a draft.
     *
     * @throws DomainException 404 unknown; 409 published
     */
    private Framework draft(long id) {
        Framework fw = frameworks.findById(id);
        if (fw == null) {
            throw DomainException.notFound();
        }
        if (fw.published()) {
            throw DomainException.conflict(m -> m.framework_published(fw.code, fw.version));
        }
        return fw;
    }

    private CompetencyItem itemOf(Framework fw, long itemId) {
        CompetencyItem i = items.findById(itemId);
        if (i == null || !i.frameworkId.equals(fw.id)) {
            throw DomainException.notFound();
        }
        return i;
    }

    private InputCheck check(Framework fw, ItemInput in, CompetencyItem current) {
        InputCheck check = new InputCheck();
        if (check.required(in.humanCode(), "humanCode")) {
            check.check(in.humanCode().strip().length() <= 60, "humanCode", m -> m.error_tooLong(60));
            CompetencyItem same = items.find("frameworkId = ?1 and humanCode = ?2", fw.id, in.humanCode().strip())
                    .firstResult();
            check.check(same == null || (current != null && same.id.equals(current.id)), "humanCode",
                    m -> m.framework_duplicate(in.humanCode().strip()));
        }
        check.required(in.fullStatement(), "fullStatement");
        check.check(blank(in.itemType()) || in.itemType().strip().length() <= 40, "itemType",
                m -> m.error_tooLong(40));
        return check;
    }

    private static void apply(CompetencyItem i, ItemInput in) {
        i.humanCode = in.humanCode().strip();
        i.fullStatement = in.fullStatement().strip();
        i.fullStatementEn = blank(in.fullStatementEn()) ? null : in.fullStatementEn().strip();
        i.notes = blank(in.notes()) ? null : in.notes().strip();
    }

    private void link(Framework fw, String type, CompetencyItem origin, String destinationUri,
            CompetencyItem destinationItem, ProficiencyLevel level) {
        CompetencyAssociation a = new CompetencyAssociation();
        a.identifier = UUID.randomUUID();
        a.frameworkId = fw.id;
        a.associationType = type;
        a.originItemId = origin.id;
        a.originUri = uris.item(origin.identifier);
        a.destinationItemId = destinationItem == null ? null : destinationItem.id;
        a.destinationLevelId = level == null ? null : level.id;
        a.destinationUri = destinationUri;
        associations.persist(a);
    }

    private static void touch(Framework fw) {
        fw.lastChange = Instant.now();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
