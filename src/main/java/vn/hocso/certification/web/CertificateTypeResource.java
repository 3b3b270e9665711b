package vn.hocso.certification.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.service.CertificateTypes;
import vn.hocso.identity.security.CurrentUser;

/**
 * Certificate types (definitions): administrators create and change those of their subtrees; administrators and
 * auditors list those that apply there.
 */
@Path("/api/v1/certificate-types")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Blocking
public class CertificateTypeResource {

    /** Response header: how many people already holding the rule's items were evaluated after the save. */
    static final String PEOPLE_EVALUATED = "X-People-Evaluated";

    @Inject
    CertificateTypes types;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "Certificate types defined in or above the caller's subtrees")
    public List<CertificateViews.TypeView> list() {
        return types.list(user.readScope()).stream().map(CertificateViews::type).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "One certificate type")
    public CertificateViews.TypeView get(@PathParam("id") long id) {
        return CertificateViews.type(types.get(id, user.readScope()));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Create a certificate type: names, description, criteria, rule (item × minimum level "
            + "pairs), issuance mode AUTOMATIC or APPROVAL, validity in months, org unit")
    public Response create(CertificateTypes.TypeInput input) {
        CertificateTypes.Saved saved = types.save(null, input, user.writeScope(), actor());
        return Response.created(URI.create("/api/v1/certificate-types/" + saved.type().id))
                .entity(CertificateViews.type(saved.type())).header(PEOPLE_EVALUATED, saved.peopleEvaluated())
                .build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Replace a certificate type's definition (applies to certificates issued afterwards)")
    public Response update(@PathParam("id") long id, CertificateTypes.TypeInput input) {
        CertificateTypes.Saved saved = types.save(id, input, user.writeScope(), actor());
        return Response.ok(CertificateViews.type(saved.type())).header(PEOPLE_EVALUATED, saved.peopleEvaluated())
                .build();
    }

    private AuditLog.Actor actor() {
        return AuditLog.Actor.of(user);
    }
}
