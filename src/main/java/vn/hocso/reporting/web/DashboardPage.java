package vn.hocso.reporting.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;
import vn.hocso.reporting.persistence.UntrainedPeople;
import vn.hocso.reporting.service.TargetAttainment;
import vn.hocso.reporting.service.TargetCatalogue;
import vn.hocso.reporting.service.TargetResult;

/**
 * The plan-target dashboards (administrators and auditors, their scope): a unit's attainment of every target with
 * bars against the target line and its child units' score; one target in a unit split by position, school level,
 * ownership and child unit; the people not yet trained (paged, CSV). {@code unit} outside the caller's scope is a 404.
 */
@Path("/reports/dashboard")
@Blocking
@RolesAllowed({"ADMIN", "AUDITOR"})
@Produces(MediaType.TEXT_HTML)
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView view);

        static native TemplateInstance target(DashboardView view, TargetResult result);

        static native TemplateInstance untrained(DashboardView view, TargetResult result,
                PageResult<UntrainedPeople.Row> people);
    }

    @Inject
    TargetAttainment attainment;

    @Inject
    TargetCatalogue catalogue;

    @Inject
    ReportScope scope;

    @Inject
    PageContext page;

    @GET
    public TemplateInstance dashboard(@QueryParam("unit") Long unitId, @QueryParam("asOf") String asOf,
            @QueryParam("year") Integer year, @QueryParam("all") boolean all) {
        OrgUnit unit = scope.unit(unitId);
        LocalDate day = scope.asOf(asOf);
        TargetAttainment.Dashboard d = attainment.measure(unit, day, all);
        return page.view(Templates.dashboard(view(unit, day, year, all, d.results())));
    }

    @GET
    @Path("targets/{id}")
    public TemplateInstance target(@PathParam("id") long id, @QueryParam("unit") Long unitId,
            @QueryParam("asOf") String asOf) {
        OrgUnit unit = scope.unit(unitId);
        LocalDate day = scope.asOf(asOf);
        TargetResult r = attainment.measure(unit, day, catalogue.get(id));
        return page.view(Templates.target(view(unit, day, null, false, java.util.List.of(r)), r));
    }

    @GET
    @Path("targets/{id}/untrained")
    public TemplateInstance untrained(@PathParam("id") long id, @QueryParam("unit") Long unitId,
            @QueryParam("asOf") String asOf, @QueryParam("page") Integer pageNo) {
        OrgUnit unit = scope.unit(unitId);
        LocalDate day = scope.asOf(asOf);
        TargetResult r = attainment.measure(unit, day, catalogue.get(id));
        PageResult<UntrainedPeople.Row> people = attainment.untrained(unit, day, r.target(),
                PageRequest.of(pageNo, 50));
        return page.view(Templates.untrained(view(unit, day, null, false, java.util.List.of(r)), r, people));
    }

    private DashboardView view(OrgUnit unit, LocalDate day, Integer year, boolean all,
            java.util.List<TargetResult> results) {
        return DashboardView.of(unit, scope.trail(unit), day, day.equals(attainment.today()), year, all, results,
                page.lang());
    }
}
