package vn.hocso.certification.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.model.CertificateRequirement;
import vn.hocso.certification.model.CertificateType;
import vn.hocso.certification.model.IssuanceMode;
import vn.hocso.certification.persistence.CertificateTypeRepository;
import vn.hocso.certification.persistence.FrameworkCatalog;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/**
 * Certificate types: created and changed by administrators for units of their subtrees, read by administrators and
 * auditors of the subtree (including types defined above it, which apply to its people). A change applies to
 * certificates issued afterwards; issued credentials keep their snapshot. {@link #save} also certifies the people who
 * already meet the (new or changed) rule.
 */
@ApplicationScoped
@Transactional
public class CertificateTypes {

    /** One pair of a rule. */
    public record RequirementInput(Long itemId, Long minLevelId) {
    }

    /** A type as submitted (create or full replacement). */
    public record TypeInput(String name, String nameEn, String description, String descriptionEn,
            String criteriaNarrative, IssuanceMode issuanceMode, Integer validityMonths, Long orgUnitId,
            Boolean active, List<RequirementInput> requirements) {
    }

    @Inject
    CertificateTypeRepository types;

    @Inject
    OrgUnitRepository units;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    AuditLog audit;

    @Inject
    Issuance issuance;

    /** A type just saved, and how many people of its subtree already holding its rule's items were evaluated. */
    public record Saved(CertificateType type, int peopleEvaluated) {
    }

    /**
     * Creates ({@code id} null) or replaces a type in its own transaction, then evaluates everyone of its subtree who
     * already holds its requirements ({@link Issuance#evaluateHolders}), so that people who met the rule before the
     * type existed get their certificate (or enter the approval queue) at once.
     *
     * @throws DomainException as {@link #create} and {@link #update}; nothing is stored then
     */
    @Transactional(Transactional.TxType.NEVER)
    public Saved save(Long id, TypeInput input, OrgScope writeScope, AuditLog.Actor actor) {
        CertificateType type = QuarkusTransaction.requiringNew().call(() -> {
            CertificateType t = id == null ? create(input, writeScope, actor) : update(id, input, writeScope, actor);
            org.hibernate.Hibernate.initialize(t.orgUnit);  // read after the transaction
            return t;
        });
        return new Saved(type, issuance.evaluateHolders(type.id, actor));
    }

    /**
     * Creates a type.
     *
     * @throws DomainException 422 listing every invalid field (unit outside {@code writeScope} included)
     */
    public CertificateType create(TypeInput input, OrgScope writeScope, AuditLog.Actor actor) {
        CertificateType type = new CertificateType();
        type.achievementId = UUID.randomUUID();
        type.createdBy = actor.id();
        apply(type, input, writeScope);
        types.persistAndFlush(type);
        audit.record(actor, "certificate.type.create", "certificate_type", Long.toString(type.id),
                type.orgUnit.path, Map.of("name", type.name));
        return type;
    }

    /**
     * Replaces a type's definition.
     *
     * @throws DomainException 404 when the type is not defined within {@code writeScope}; 422 for invalid input
     */
    public CertificateType update(long id, TypeInput input, OrgScope writeScope, AuditLog.Actor actor) {
        CertificateType type = types.findByIdOptional(id).filter(t -> writeScope.covers(t.orgUnit))
                .orElseThrow(DomainException::notFound);
        apply(type, input, writeScope);
        type.updatedAt = Instant.now();
        types.flush();
        audit.record(actor, "certificate.type.update", "certificate_type", Long.toString(type.id),
                type.orgUnit.path, Map.of("name", type.name));
        return type;
    }

    /** Types visible in the scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CertificateType> list(OrgScope readScope) {
        List<CertificateType> list = types.visibleIn(readScope);
        list.forEach(t -> t.requirements.size());
        return list;
    }

    /** @throws DomainException 404 when not visible in the scope */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CertificateType get(long id, OrgScope readScope) {
        return list(readScope).stream().filter(t -> t.id == id).findFirst().orElseThrow(DomainException::notFound);
    }

    private void apply(CertificateType type, TypeInput in, OrgScope writeScope) {
        if (in == null) {
            throw new DomainException(422, AppMessages::error_validation,
                    List.of(new DomainException.FieldError("name", AppMessages::error_fieldRequired)));
        }
        InputCheck check = new InputCheck();
        String name = VietnameseText.nfc(in.name());
        String description = in.description() == null ? null : in.description().strip();
        String criteria = in.criteriaNarrative() == null ? null : in.criteriaNarrative().strip();
        if (check.required(name, "name")) {
            check.check(name.length() <= 300, "name", m -> m.error_tooLong(300));
        }
        String nameEn = VietnameseText.nfc(in.nameEn());
        check.check(nameEn == null || nameEn.length() <= 300, "nameEn", m -> m.error_tooLong(300));
        if (check.required(description, "description")) {
            check.check(description.length() <= 5000, "description", m -> m.error_tooLong(5000));
        }
        if (check.required(criteria, "criteriaNarrative")) {
            check.check(criteria.length() <= 5000, "criteriaNarrative", m -> m.error_tooLong(5000));
        }
        check.required(in.issuanceMode(), "issuanceMode");
        check.check(in.validityMonths() == null || (in.validityMonths() >= 1 && in.validityMonths() <= 600),
                "validityMonths", AppMessages::certificate_errorValidity);
        OrgUnit unit = null;
        if (check.required(in.orgUnitId(), "orgUnitId")) {
            unit = units.findById(in.orgUnitId());
            check.check(unit != null && writeScope.covers(unit), "orgUnitId", AppMessages::error_unitNotInScope);
        }
        List<RequirementInput> reqs = in.requirements() == null ? List.of() : in.requirements();
        if (check.check(!reqs.isEmpty(), "requirements", AppMessages::certificate_errorRequirements)) {
            checkRequirements(reqs, check);
        }
        check.throwIfInvalid();
        type.name = name;
        type.nameEn = nameEn == null || nameEn.isEmpty() ? null : nameEn;
        type.description = VietnameseText.nfc(description);
        type.descriptionEn = in.descriptionEn() == null || in.descriptionEn().isBlank() ? null
                : in.descriptionEn().strip();
        type.criteriaNarrative = criteria;
        type.issuanceMode = in.issuanceMode();
        type.validityMonths = in.validityMonths();
        type.orgUnit = unit;
        type.active = in.active() == null || in.active();
        replaceRequirements(type, reqs);
    }

    private void checkRequirements(List<RequirementInput> reqs, InputCheck check) {
        Set<Long> seen = new HashSet<>();
        List<Long> itemIds = reqs.stream().map(RequirementInput::itemId).filter(java.util.Objects::nonNull).toList();
        List<Long> levelIds = reqs.stream().map(RequirementInput::minLevelId).filter(java.util.Objects::nonNull)
                .toList();
        Map<Long, FrameworkCatalog.Item> items = catalog.items(itemIds);
        Map<Long, FrameworkCatalog.Level> levels = catalog.levels(levelIds);
        for (int i = 0; i < reqs.size(); i++) {
            RequirementInput r = reqs.get(i);
            String field = "requirements[" + i + "]";
            if (r == null || r.itemId() == null || r.minLevelId() == null) {
                check.check(false, field, AppMessages::error_fieldRequired);
                continue;
            }
            FrameworkCatalog.Item item = items.get(r.itemId());
            FrameworkCatalog.Level level = levels.get(r.minLevelId());
            check.check(item != null, field + ".itemId", AppMessages::certificate_errorUnknownItem);
            check.check(level != null && (item == null || level.frameworkId() == item.frameworkId()),
                    field + ".minLevelId", AppMessages::certificate_errorUnknownLevel);
            check.check(seen.add(r.itemId()), field + ".itemId", AppMessages::certificate_errorDuplicateItem);
        }
    }

    private static void replaceRequirements(CertificateType type, List<RequirementInput> reqs) {
        Map<Long, Long> wanted = new java.util.LinkedHashMap<>();
        reqs.forEach(r -> wanted.put(r.itemId(), r.minLevelId()));
        type.requirements.removeIf(r -> !wanted.containsKey(r.itemId));
        for (CertificateRequirement existing : type.requirements) {
            existing.minLevelId = wanted.remove(existing.itemId);
        }
        wanted.forEach((item, level) -> {
            CertificateRequirement r = new CertificateRequirement();
            r.type = type;
            r.itemId = item;
            r.minLevelId = level;
            type.requirements.add(r);
        });
    }
}
