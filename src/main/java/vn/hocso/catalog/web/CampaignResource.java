package vn.hocso.catalog.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.catalog.service.CampaignInput;
import vn.hocso.catalog.service.CampaignService;
import vn.hocso.identity.security.CurrentUser;

/** Campaigns: administrators assign a course to a cohort of their subtree with a due date. */
@Path("/api/v1/campaigns")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed("ADMIN")
public class CampaignResource {

    @Inject
    CampaignService campaigns;

    @Inject
    CurrentUser user;

    @POST
    @Path("preview")
    @Operation(summary = "Count a cohort (and report unknown national ids) without changing anything")
    public CampaignService.Preview preview(CampaignInput in) {
        return campaigns.preview(orEmpty(in), admin());
    }

    @POST
    @Operation(summary = "Launch a campaign: store it and enrol its cohort (ASSIGNED, due date) in one statement")
    public Response launch(CampaignInput in) {
        CampaignService.Launched l = campaigns.launch(orEmpty(in), admin());
        return Response.created(URI.create("/api/v1/campaigns/" + l.campaign().id())).entity(CourseViews.of(l))
                .build();
    }

    @POST
    @Path("{id}/run")
    @Operation(summary = "Run a campaign again: enrol people new to its cohort; nobody is enrolled twice")
    public CourseViews.LaunchView rerun(@PathParam("id") long id) {
        return CourseViews.of(campaigns.rerun(id, admin()));
    }

    @GET
    @Operation(summary = "Campaigns of the caller's subtrees, newest first (at most 200)")
    public List<CourseViews.CampaignView> list() {
        return campaigns.list(user.writeScope()).stream().map(CourseViews::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One campaign of the caller's subtrees (404 otherwise)")
    public CourseViews.CampaignView get(@PathParam("id") long id) {
        return CourseViews.of(campaigns.get(id, user.writeScope()));
    }

    private CampaignService.Admin admin() {
        return new CampaignService.Admin(user.id(), user.writeScope());
    }

    private static CampaignInput orEmpty(CampaignInput in) {
        return in != null ? in : new CampaignInput(null, null, null, null, null, null, null, null, null, null);
    }
}
