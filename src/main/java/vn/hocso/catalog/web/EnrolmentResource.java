package vn.hocso.catalog.web;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.catalog.service.MyCourses;
import vn.hocso.identity.security.CurrentUser;

/** The caller's own courses, as the home page shows them. */
@Path("/api/v1/enrolments")
@Tag(name = "Catalogue")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EnrolmentResource {

    @Inject
    MyCourses myCourses;

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    @Operation(summary = "My courses: assigned (earliest due date first, overdue flagged), in progress, completed")
    public MyCourses.Home mine() {
        return myCourses.of(user.id(), Instant.now());
    }
}
