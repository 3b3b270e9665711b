package vn.hocso.reporting.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.reporting.service.TargetAttainment;

/**
 * What a dashboard or target request may read: the caller's administration read scope (ADMIN and AUDITOR subtrees).
 * Resolves the {@code orgUnit} / {@code unit} and {@code asOf} query parameters the same way for the API and pages.
 */
@RequestScoped
public class ReportScope {

    @Inject
    CurrentUser user;

    @Inject
    OrgService org;

    @Inject
    TargetAttainment attainment;

    /**
     * The unit with that id if the caller may read it, else the top unit of the caller's scope.
     *
     * @throws DomainException 404 for a unit outside the scope; 403 when the caller reads nothing
     */
    public OrgUnit unit(Long id) {
        OrgScope scope = user.readScope();
        if (id != null) {
            return org.get(id, scope);
        }
        List<OrgUnit> roots = org.roots(scope);
        if (roots.isEmpty()) {
            throw DomainException.forbidden();
        }
        return roots.get(0);
    }

    /** The caller's units from the top of their scope down to {@code unit}, for breadcrumbs. */
    public List<OrgUnit> trail(OrgUnit unit) {
        return org.trail(unit, user.readScope());
    }

    /** The direct children of a unit. */
    public List<OrgUnit> children(OrgUnit unit) {
        return org.children(unit);
    }

    /**
     * The measurement date: {@code yyyy-MM-dd}, or today when blank.
     *
     * @throws DomainException 400 naming the field {@code asOf} when it is not a date
     */
    public LocalDate asOf(String value) {
        if (value == null || value.isBlank()) {
            return attainment.today();
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException(400, AppMessages::error_badParameter, List.of(
                    new DomainException.FieldError("asOf", AppMessages::error_badParameter)));
        }
    }
}
