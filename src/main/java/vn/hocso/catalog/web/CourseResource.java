package vn.hocso.catalog.web;

import io.smallrye.common.annotation.Blocking;
import io.quarkus.security.Authenticated;
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
import java.math.BigDecimal;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.service.Catalogue;
import vn.hocso.catalog.service.CourseInput;
import vn.hocso.catalog.service.CourseService;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/**
 * Courses: trainers and administrators create and change the courses of their subtrees; everyone signed in reads the
 * published courses of their units (and managers every course of their subtrees) and may self-enrol where allowed.
 */
@Path("/api/v1/courses")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class CourseResource {

    @Inject
    CourseService service;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogFilters filters;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "Create a course (422 lists every invalid field: unknown track, package, competency, …)")
    public Response create(CourseInput in) {
        Course c = service.create(in == null ? empty() : in, author());
        return Response.created(URI.create("/api/v1/courses/" + c.id)).entity(CourseViews.of(c)).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "Replace a course's description, packages and rules (404 outside the caller's subtrees)")
    public CourseViews.CourseView update(@PathParam("id") long id, CourseInput in) {
        return CourseViews.of(service.update(id, in == null ? empty() : in, author()));
    }

    @GET
    @Authenticated
    @Operation(summary = "Courses visible to the caller, by title; search is diacritic-insensitive; paged")
    public PageResult<CourseViews.CourseView> list(@QueryParam("q") String q, @QueryParam("track") String track,
            @QueryParam("position") String position, @QueryParam("level") String level,
            @QueryParam("maxHours") BigDecimal maxHours, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size) {
        return catalogue.search(user, filters.query(q, track, position, level, maxHours), false,
                PageRequest.of(page, size)).map(CourseViews::of);
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One course visible to the caller (404 otherwise)")
    public CourseViews.CourseView get(@PathParam("id") long id) {
        return CourseViews.of(catalogue.visible(id, user));
    }

    @POST
    @Path("{id}/enrolment")
    @Authenticated
    @Operation(summary = "Self-enrol in a course that allows it (201; 200 when already enrolled; 403 when closed)")
    public Response enrol(@PathParam("id") long id) {
        Catalogue.Enrolled e = catalogue.selfEnrol(id, user);
        return Response.status(e.created() ? 201 : 200).entity(CourseViews.of(e.enrolment())).build();
    }

    private CourseService.Author author() {
        return new CourseService.Author(user.id(), user.scope(Role.TRAINER, Role.ADMIN));
    }

    private static CourseInput empty() {
        return new CourseInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }
}
