package vn.hocso.reporting.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;
import vn.hocso.reporting.model.ReportSnapshot;
import vn.hocso.reporting.service.ReportService;

/**
 * The report pack page: the reports of the caller's scope with their status and progress (the page refreshes itself
 * while one is being generated), download links, and for administrators the form that issues a report.
 */
@Path("/reports")
@Blocking
@RolesAllowed({"ADMIN", "AUDITOR"})
@Produces(MediaType.TEXT_HTML)
public class ReportsPage {

    /** The form: units the caller may issue for, the current year, errors of the last attempt. */
    public record Form(List<OrgUnit> units, int year, List<String> errors, ReportSnapshot issued) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(List<ReportSnapshot> reports, boolean working, boolean mayIssue,
                Form form);
    }

    @Inject
    ReportService reports;

    @Inject
    OrgService org;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance list() {
        return render(List.of(), null);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance issue(@RestForm("_csrf") String csrf, @RestForm String kind, @RestForm Integer year,
            @RestForm Integer month, @RestForm Long orgUnitId) {
        page.requireCsrf(csrf);
        try {
            ReportSnapshot s = reports.issue(new ReportService.Request(kind, year,
                    "MONTHLY".equals(kind) ? month : null, orgUnitId));
            return render(List.of(), s);
        } catch (DomainException e) {
            if (e.status() != 422) {
                throw e;
            }
            return render(e.describe(language.messages()), null);
        }
    }

    private TemplateInstance render(List<String> errors, ReportSnapshot issued) {
        List<ReportSnapshot> list = reports.list();
        boolean mayIssue = !user.writeScope().isEmpty();
        List<OrgUnit> units = new ArrayList<>();
        if (mayIssue) {
            for (OrgUnit root : org.roots(user.writeScope())) {
                if (root.kind != OrgUnitKind.INSTITUTION) {
                    units.add(root);
                }
                if (root.kind == OrgUnitKind.CITY) {
                    org.children(root).stream().filter(u -> u.kind == OrgUnitKind.DISTRICT).forEach(units::add);
                }
            }
        }
        boolean working = list.stream().anyMatch(ReportSnapshot::working);
        return page.view(Templates.reports(list, working, mayIssue && !units.isEmpty(),
                new Form(units, java.time.LocalDate.now().getYear(), errors, issued)));
    }
}
