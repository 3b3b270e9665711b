package vn.hocso.org.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.Person;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.PersonRepository;
import vn.hocso.org.service.PersonService;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Staff records in the caller's subtree. */
@Path("/api/v1/people")
@Tag(name = "Organisation")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    @Inject
    PersonService people;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "Search staff by name (diacritics optional), national id or e-mail; paged")
    public PageResult<OrgViews.PersonView> search(@QueryParam("q") String q, @QueryParam("orgUnit") Long orgUnit,
            @QueryParam("position") StaffPosition position, @QueryParam("active") Boolean active,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return people.search(user.readScope(), orgUnit, new PersonRepository.Criteria(q, position, active),
                PageRequest.of(page, size)).map(OrgViews::of);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "One staff record")
    public OrgViews.PersonView get(@PathParam("id") long id) {
        return OrgViews.of(people.get(id, user.readScope()));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a staff record")
    public Response create(PersonService.PersonInput input) {
        Person created = people.create(orEmpty(input), user.writeScope());
        return Response.created(URI.create("/api/v1/people/" + created.id)).entity(OrgViews.of(created)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a staff record (transfer = new institutionId; deactivate = active false)")
    public OrgViews.PersonView update(@PathParam("id") long id, PersonService.PersonInput input) {
        return OrgViews.of(people.update(id, orEmpty(input), user.writeScope()));
    }

    private static PersonService.PersonInput orEmpty(PersonService.PersonInput input) {
        return input == null ? new PersonService.PersonInput(null, null, null, null, null, null, null) : input;
    }
}
