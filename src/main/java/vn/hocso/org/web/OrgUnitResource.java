package vn.hocso.org.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.service.OrgService;

/** The organisation tree (city → district → institution), limited to the caller's subtree. */
@Path("/api/v1/org-units")
@Tag(name = "Organisation")
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    @Inject
    OrgService org;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "Children of a unit (parent=id), units matching a text (q=…), or the caller's top units")
    public List<OrgViews.UnitView> list(@QueryParam("parent") Long parent, @QueryParam("q") String q) {
        List<OrgUnit> units;
        if (q != null && !q.isBlank()) {
            units = org.search(user.readScope(), q, 100);
        } else if (parent != null) {
            units = org.children(org.get(parent, user.readScope()));
        } else {
            units = org.roots(user.readScope());
        }
        return units.stream().map(OrgViews::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "One unit of the caller's subtree")
    public OrgViews.UnitView get(@PathParam("id") long id) {
        return OrgViews.of(org.get(id, user.readScope()));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a district under the city, or an institution under a district")
    public Response create(OrgService.NewUnit input) {
        OrgUnit created = org.create(
                input == null ? new OrgService.NewUnit(null, null, null, null, null, null, null) : input,
                user.writeScope());
        return Response.created(URI.create("/api/v1/org-units/" + created.id)).entity(OrgViews.of(created)).build();
    }
}
