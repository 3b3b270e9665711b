package vn.hocso.cmi5.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.cmi5.service.Cmi5LaunchService;
import vn.hocso.content.delivery.ContentServer;
import vn.hocso.content.service.PackageService;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.security.CurrentUser;

/**
 * cmi5 launches for an actor given by the caller (test suites such as ADL's cmi5 LMS test suite, portals): trainers
 * and administrators of the package's subtree only.
 */
@Path("/api/v1/cmi5")
@Tag(name = "Content")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class Cmi5LaunchResource {

    /**
     * A launch request.
     *
     * @param auIndex position of the AU in the course (document order, from 0)
     * @param registration an existing or new registration UUID, or null for the actor's latest (or a new one)
     * @param launchMode Normal (default), Browse or Review
     */
    public record LaunchInput(long packageId, int auIndex, JsonNode actor, UUID registration, String launchMode,
            String returnUrl) {
    }

    /** The AU URL to open, with its registration and session. */
    public record LaunchView(String url, UUID registration, UUID sessionId, String launchMethod) {
    }

    @Inject
    Cmi5LaunchService launches;

    @Inject
    PackageService packages;

    @Inject
    ContentServer contentServer;

    @Inject
    CurrentUser user;

    @POST
    @Path("/launches")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Launch a cmi5 AU for an actor (LaunchData, launched statement, one-time fetch URL)")
    public LaunchView launch(LaunchInput in, @Context HttpServerRequest request) {
        packages.get(in.packageId(), user.scope(Role.TRAINER, Role.ADMIN));
        String lmsOrigin = request.scheme() + "://" + request.authority().toString();
        Cmi5LaunchService.Launch l = launches.launch(new Cmi5LaunchService.Request(in.packageId(), in.auIndex(),
                        in.actor(), null, user.id(), in.registration(), in.launchMode(), in.returnUrl()),
                contentServer.origin(request.scheme(), request.authority().host()), lmsOrigin);
        return new LaunchView(l.url(), l.registration(), l.sessionId(), l.launchMethod());
    }

    /** Which session to abandon (null: every started, unterminated session of the registration). */
    public record AbandonInput(UUID sessionId) {
    }

    /** A waiver: one of the reasons cmi5 defines. */
    public record WaiveInput(String reason) {
    }

    @POST
    @Path("/registrations/{registration}/aus/{auIndex}/waive")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Waive an AU for a registration (\"waived\" statement; counts as meeting moveOn)")
    public jakarta.ws.rs.core.Response waive(@jakarta.ws.rs.PathParam("registration") UUID registration,
            @jakarta.ws.rs.PathParam("auIndex") int auIndex, WaiveInput in) {
        administration.waive(registration, auIndex, in == null ? null : in.reason());
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @POST
    @Path("/registrations/{registration}/abandon")
    @RolesAllowed({"TRAINER", "ADMIN"})
    @Operation(summary = "Abandon the registration's sessions that started and never terminated")
    public jakarta.ws.rs.core.Response abandon(@jakarta.ws.rs.PathParam("registration") UUID registration,
            AbandonInput in) {
        administration.abandon(registration, in == null ? null : in.sessionId());
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    @Inject
    vn.hocso.cmi5.service.Cmi5Administration administration;
}
