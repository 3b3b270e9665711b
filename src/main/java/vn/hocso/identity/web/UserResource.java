package vn.hocso.identity.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.identity.service.AccountService;

/** Login accounts and their scoped roles, administered within the caller's subtree. */
@Path("/api/v1/users")
@Tag(name = "Identity")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    AccountService accounts;

    @Inject
    CurrentUser user;

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account with roles on units of the caller's ADMIN subtree")
    public Response create(AccountService.NewAccount input) {
        UserViews.UserView created = UserViews.of(accounts.create(
                input == null ? new AccountService.NewAccount(null, null, null, null, null, null) : input,
                user.writeScope()));
        return Response.created(URI.create("/api/v1/users/" + created.id())).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "An account in the caller's subtree")
    public UserViews.UserView get(@PathParam("id") long id) {
        return UserViews.of(accounts.get(id, user.readScope()));
    }

    /** Body of the password reset. */
    public record NewPassword(String password) {
    }

    @POST
    @Path("{id}/deactivate")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Deactivate an account (its sessions end at once)")
    public UserViews.UserView deactivate(@PathParam("id") long id) {
        return UserViews.of(accounts.setActive(id, false, user.writeScope()));
    }

    @POST
    @Path("{id}/activate")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Reactivate an account")
    public UserViews.UserView activate(@PathParam("id") long id) {
        return UserViews.of(accounts.setActive(id, true, user.writeScope()));
    }

    @POST
    @Path("{id}/password")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set a new password chosen by an administrator (lifts any lock, ends sessions)")
    public UserViews.UserView resetPassword(@PathParam("id") long id, NewPassword body) {
        return UserViews.of(accounts.resetPassword(id, body == null ? null : body.password(), user.writeScope()));
    }

    @POST
    @Path("{id}/unlock")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Lift the lock that repeated failed logins put on an account")
    public UserViews.UserView unlock(@PathParam("id") long id) {
        return UserViews.of(accounts.unlock(id, user.writeScope()));
    }
}
