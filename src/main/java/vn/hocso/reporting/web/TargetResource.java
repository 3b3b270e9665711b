package vn.hocso.reporting.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;
import vn.hocso.reporting.model.PlanTarget;
import vn.hocso.reporting.persistence.UntrainedPeople;
import vn.hocso.reporting.service.TargetAttainment;
import vn.hocso.reporting.service.TargetCatalogue;
import vn.hocso.reporting.service.TargetInput;

/**
 * Plan targets with their attainment for the caller's scope (administrators and auditors read; city administrators
 * change the catalogue). {@code orgUnit} narrows to a subtree of the caller's scope (404 outside it); {@code asOf}
 * (yyyy-MM-dd, default today) measures at the end of that day.
 */
@Path("/api/v1/targets")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed({"ADMIN", "AUDITOR"})
public class TargetResource {

    @Inject
    TargetCatalogue catalogue;

    @Inject
    TargetAttainment attainment;

    @Inject
    ReportScope scope;

    @GET
    @Operation(summary = "The targets with current attainment (numerator, denominator, percentage) in the caller's "
            + "scope or ?orgUnit=; ?all=true includes inactive targets")
    public TargetViews.TargetList list(@QueryParam("orgUnit") Long orgUnit, @QueryParam("asOf") String asOf,
            @QueryParam("all") boolean all) {
        return TargetViews.TargetList.of(attainment.measure(scope.unit(orgUnit), scope.asOf(asOf), all));
    }

    @GET
    @Path("topics")
    @Operation(summary = "The plan's topics and the competency that measures each")
    public List<TargetViews.TopicView> topics() {
        return catalogue.topics().stream().map(TargetViews.TopicView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One target measured, split by position, school level, ownership and child unit")
    public TargetViews.TargetDetail get(@PathParam("id") long id, @QueryParam("orgUnit") Long orgUnit,
            @QueryParam("asOf") String asOf) {
        OrgUnit unit = scope.unit(orgUnit);
        LocalDate day = scope.asOf(asOf);
        return TargetViews.TargetDetail.of(unit, day, attainment.measure(unit, day, catalogue.get(id)));
    }

    @GET
    @Path("{id}/untrained")
    @Operation(summary = "The people the target counts who are not yet trained (paged, by unit and name)")
    public PageResult<TargetViews.PersonView> untrained(@PathParam("id") long id, @QueryParam("orgUnit") Long orgUnit,
            @QueryParam("asOf") String asOf, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        PageResult<UntrainedPeople.Row> rows = attainment.untrained(scope.unit(orgUnit), scope.asOf(asOf),
                catalogue.get(id), PageRequest.of(page, size));
        return new PageResult<>(rows.items().stream().map(TargetViews.PersonView::of).toList(), rows.total(),
                rows.page(), rows.size());
    }

    @GET
    @Path("{id}/untrained.csv")
    @Produces("text/csv")
    @Operation(summary = "The same list as CSV (UTF-8 with BOM)")
    public Response untrainedCsv(@PathParam("id") long id, @QueryParam("orgUnit") Long orgUnit,
            @QueryParam("asOf") String asOf) {
        OrgUnit unit = scope.unit(orgUnit);
        LocalDate day = scope.asOf(asOf);
        PlanTarget target = catalogue.get(id);
        return UntrainedCsv.response(target, unit, day, sink -> attainment.eachUntrained(unit, day, target, sink));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Add a target (city administrators)")
    public Response create(TargetInput in) {
        PlanTarget t = catalogue.create(in);
        return Response.created(URI.create("/api/v1/targets/" + t.id)).entity(TargetViews.TargetView.of(t, null,
                null)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Change a target (city administrators); send back the version you read")
    public TargetViews.TargetView update(@PathParam("id") long id, TargetInput in) {
        return TargetViews.TargetView.of(catalogue.update(id, in), null, null);
    }

    @POST
    @Path("facts/rebuild")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Derive the training facts from competency attainment again (city administrators)")
    public Map<String, Integer> rebuild() {
        return Map.of("rows", catalogue.rebuildFacts());
    }
}
