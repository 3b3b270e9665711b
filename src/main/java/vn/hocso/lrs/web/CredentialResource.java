package vn.hocso.lrs.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.lrs.model.LrsCredential;
import vn.hocso.lrs.service.CredentialService;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.web.DomainException;

/**
 * LRS client credentials, administered by city-level administrators (read by city-level auditors too). The secret
 * is returned once, when the credential is created.
 */
@Path("/api/v1/lrs/credentials")
@Tag(name = "xAPI LRS")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialResource {

    /** A new credential's request. */
    public record NewCredential(String name, List<String> scopes, Instant expiresAt) {
    }

    /** A credential as listed (no secret). */
    public record CredentialView(Long id, String key, String name, Set<String> scopes, String authority,
            Instant expiresAt, Instant revokedAt, Instant createdAt) {
        static CredentialView of(LrsCredential c) {
            return new CredentialView(c.id, c.apiKey, c.name, c.scopeSet(), c.authority, c.expiresAt, c.revokedAt,
                    c.createdAt);
        }
    }

    /** A credential just created, with its secret (shown only this once). */
    public record CreatedView(CredentialView credential, String secret) {
    }

    @Inject
    CredentialService credentials;

    @Inject
    CurrentUser user;

    @Inject
    OrgService org;

    @Inject
    vn.hocso.audit.service.AuditLog audit;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "All LRS credentials (city-level administrators and auditors)")
    public List<CredentialView> list() {
        requireCityWide(user.readScope());
        return credentials.list().stream().map(CredentialView::of).toList();
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an LRS credential (key + secret, xAPI scopes); the secret is shown once")
    @jakarta.transaction.Transactional
    public Response create(NewCredential input) {
        requireCityWide(user.writeScope());
        NewCredential in = input == null ? new NewCredential(null, null, null) : input;
        CredentialService.Created created = credentials.create(in.name(), in.scopes(), in.expiresAt(), user.id());
        audit.recordForCaller("lrs.credential.create", "lrs_credential", created.credential().id.toString(), null,
                java.util.Map.of("key", created.credential().apiKey, "name", created.credential().name,
                        "scopes", created.credential().scopeSet()));
        return Response.created(URI.create("/api/v1/lrs/credentials/" + created.credential().id))
                .entity(new CreatedView(CredentialView.of(created.credential()), created.secret())).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Revoke an LRS credential")
    @jakarta.transaction.Transactional
    public CredentialView revoke(@PathParam("id") long id) {
        requireCityWide(user.writeScope());
        LrsCredential revoked = credentials.revoke(id);
        audit.recordForCaller("lrs.credential.revoke", "lrs_credential", Long.toString(id), null,
                java.util.Map.of("key", revoked.apiKey));
        return CredentialView.of(revoked);
    }

    /** The LRS is city-wide: only roles held on the city itself administer its credentials. */
    private void requireCityWide(OrgScope scope) {
        if (org.roots(scope).stream().noneMatch(u -> u.parent == null)) {
            throw DomainException.forbidden();
        }
    }
}
