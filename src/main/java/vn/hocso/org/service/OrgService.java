package vn.hocso.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hocso.org.model.Division;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/** Reads and grows the organisation tree within a caller's scope. */
@ApplicationScoped
@Transactional
public class OrgService {

    /** A new district or institution. */
    public record NewUnit(String code, String name, Long parentId, OrgUnitKind kind, Division division,
            SchoolLevel schoolLevel, Ownership ownership) {
    }

    @Inject
    OrgUnitRepository units;

    /**
     * The unit, if it lies in the scope.
     *
     * @throws DomainException 404 when it does not exist or is outside the scope
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public OrgUnit get(long id, OrgScope scope) {
        OrgUnit unit = units.findById(id);
        if (unit == null || !scope.covers(unit)) {
            throw DomainException.notFound();
        }
        return unit;
    }

    /** The top units of the scope (the city for a city-wide user, a district for a district administrator…). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> roots(OrgScope scope) {
        return units.roots(scope);
    }

    /** Direct children of a unit, districts before institutions, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> children(OrgUnit unit) {
        return units.children(unit.id);
    }

    /** Active people in each child's subtree, keyed by child id. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Long> peopleCountByChild(OrgUnit unit) {
        return units.peopleCountByChild(unit.id);
    }

    /** The chain from the highest unit the scope can see down to {@code unit}, for breadcrumbs. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> trail(OrgUnit unit, OrgScope scope) {
        List<String> paths = new ArrayList<>();
        int from = 1;
        int slash;
        while ((slash = unit.path.indexOf('/', from)) > 0) {
            String p = unit.path.substring(0, slash + 1);
            if (scope.covers(p)) {
                paths.add(p);
            }
            from = slash + 1;
        }
        return units.findByPaths(paths);
    }

    /** Units of the scope whose name or code contains {@code text}, at most {@code limit}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> search(OrgScope scope, String text, int limit) {
        return units.search(scope, text.trim(), limit);
    }

    /**
     * Adds a district under the city or an institution under a district.
     *
     * @throws DomainException 422 for invalid fields (also a parent outside the scope), 409 for a code in use
     */
    public OrgUnit create(NewUnit input, OrgScope scope) {
        InputCheck check = new InputCheck();
        String code = input.code() == null ? null : input.code().trim().toUpperCase();
        if (check.required(code, "code")) {
            check.check(code.matches("[A-Z0-9][A-Z0-9_-]{0,39}"), "code", AppMessages::error_orgCodeFormat);
        }
        check.required(input.name(), "name");
        check.required(input.parentId(), "parentId");
        if (check.required(input.kind(), "kind")) {
            check.check(input.kind() != OrgUnitKind.CITY, "kind", AppMessages::error_orgKindCity);
            if (input.kind() == OrgUnitKind.DISTRICT) {
                check.required(input.division(), "division");
            } else if (input.kind() == OrgUnitKind.INSTITUTION) {
                check.required(input.schoolLevel(), "schoolLevel");
                check.required(input.ownership(), "ownership");
            }
        }
        check.throwIfInvalid();
        OrgUnit parent = units.findById(input.parentId());
        if (parent == null || !scope.covers(parent)) {
            throw new DomainException(422, AppMessages::error_validation, List.of(
                    new DomainException.FieldError("parentId", AppMessages::error_unitNotInScope)));
        }
        OrgUnitKind expectedParent = input.kind() == OrgUnitKind.DISTRICT ? OrgUnitKind.CITY : OrgUnitKind.DISTRICT;
        if (parent.kind != expectedParent) {
            throw new DomainException(422, AppMessages::error_orgParentKind);
        }
        if (units.findByCode(code).isPresent()) {
            throw DomainException.conflict(m -> m.error_orgCodeTaken(code));
        }
        OrgUnit unit = new OrgUnit();
        unit.code = code;
        unit.name = VietnameseText.nfc(input.name());
        unit.kind = input.kind();
        unit.parent = parent;
        unit.path = parent.childPath(code);
        if (unit.kind == OrgUnitKind.DISTRICT) {
            unit.division = input.division();
        } else {
            unit.schoolLevel = input.schoolLevel();
            unit.ownership = input.ownership();
        }
        units.persist(unit);
        return unit;
    }
}
