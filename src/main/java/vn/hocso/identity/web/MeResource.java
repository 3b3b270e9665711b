package vn.hocso.identity.web;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.identity.service.AccountService;

/** The caller's own account. */
@Path("/api/v1/me")
@Tag(name = "Identity")
@Authenticated
public class MeResource {

    @Inject
    CurrentUser user;

    @Inject
    AccountService accounts;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The authenticated user, with roles and their org units")
    public UserViews.UserView me() {
        return UserViews.of(accounts.own(user.id()));
    }
}
