package vn.hocso.org.web;

import vn.hocso.org.model.Division;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.Person;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;

/** JSON shapes of org units and people. */
final class OrgViews {

    private OrgViews() {
    }

    record UnitView(Long id, String code, String name, OrgUnitKind kind, Division division, SchoolLevel schoolLevel,
            Ownership ownership, Long parentId, String path, boolean active) {
    }

    record PersonView(Long id, String nationalId, String fullName, String email, StaffPosition position,
            Long institutionId, String institutionName, String subject, boolean active) {
    }

    static UnitView of(OrgUnit u) {
        return new UnitView(u.id, u.code, u.name, u.kind, u.division, u.schoolLevel, u.ownership,
                u.parent == null ? null : u.parent.id, u.path, u.active);
    }

    static PersonView of(Person p) {
        return new PersonView(p.id, p.nationalId, p.fullName, p.email, p.position, p.institution.id,
                p.institution.name, p.subject, p.active);
    }
}
