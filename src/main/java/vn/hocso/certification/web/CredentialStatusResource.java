package vn.hocso.certification.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.certification.service.CredentialJson;
import vn.hocso.certification.service.StatusLists;
import vn.hocso.platform.web.DomainException;

/**
 * Public Bitstring Status List credentials: the signed VC-JWT by default, the credential JSON when the client accepts
 * JSON and not a JWT. Cached briefly: revocation shows within a minute.
 */
@Path("/credentials/status")
@Tag(name = "Certificates")
@Blocking
public class CredentialStatusResource {

    @Inject
    StatusLists lists;

    @GET
    @Path("{listId}")
    @PermitAll
    @Produces({CertificateResource.VC_JWT, MediaType.APPLICATION_JSON, "application/vc+ld+json"})
    @Operation(summary = "A BitstringStatusListCredential (revocation), as VC-JWT or JSON")
    public Response statusList(@PathParam("listId") String listId, @HeaderParam("Accept") String accept) {
        UUID id;
        try {
            id = UUID.fromString(listId);
        } catch (IllegalArgumentException e) {
            throw DomainException.notFound();
        }
        StatusLists.ListCredential list = lists.credential(id).orElseThrow(DomainException::notFound);
        boolean json = accept != null && accept.contains("json") && !accept.contains("jwt");
        Response.ResponseBuilder r = json
                ? Response.ok(CredentialJson.write(list.credential()), MediaType.APPLICATION_JSON_TYPE)
                : Response.ok(list.jwt(), CertificateResource.VC_JWT);
        return r.header("Cache-Control", "public, max-age=60").build();
    }
}
