package vn.hocso.competency.web;

import io.smallrye.common.annotation.Blocking;
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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.model.Evidence;
import vn.hocso.competency.service.EvidenceService;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.DomainException;

/**
 * Competency evidence of staff: read it, and record recognised prior qualifications with their proof (multipart:
 * {@code personId, itemId, levelId, occurredOn (YYYY-MM-DD, default today), validUntil (optional), note, file} —
 * PDF, PNG or JPEG up to 10 MiB). Administrators only, within their subtrees.
 */
@Path("/api/v1/competency/evidence")
@Tag(name = "Competency evidence")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class EvidenceResource {

    @Inject
    EvidenceService evidence;

    @Inject
    CurrentUser user;

    @GET
    @RolesAllowed("ADMIN")
    @Operation(summary = "A person's evidence, newest first")
    public List<Evidence> list(@QueryParam("person") Long personId) {
        if (personId == null) {
            throw new DomainException(422, m -> m.error_validation(), List.of(
                    new DomainException.FieldError("person", m -> m.error_fieldRequired())));
        }
        return evidence.ofPerson(personId, user.writeScope());
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Record a prior qualification (with its proof file) against a competency level")
    public Response recordPrior(@RestForm("personId") Long personId, @RestForm("itemId") Long itemId,
            @RestForm("levelId") Long levelId, @RestForm("occurredOn") String occurredOn,
            @RestForm("validUntil") String validUntil, @RestForm("note") String note,
            @RestForm("file") FileUpload file) {
        Evidence e = evidence.recordPrior(
                new EvidenceService.PriorDraft(personId, itemId, levelId, occurredOn, validUntil, note),
                file == null ? null : new EvidenceService.Upload(file.uploadedFile(), file.fileName()),
                user.writeScope(), AuditLog.Actor.of(user));
        return Response.created(URI.create("/api/v1/competency/evidence/" + e.id())).entity(e).build();
    }

    @GET
    @Path("{id}/proof")
    @RolesAllowed("ADMIN")
    @Produces({"application/pdf", "image/png", "image/jpeg", MediaType.APPLICATION_JSON})
    @Operation(summary = "The proof file of a prior qualification")
    public Response proof(@PathParam("id") long id) {
        EvidenceService.Proof p = evidence.proof(id, user.writeScope());
        try {
            return Response.ok(p.file().openStream(), p.mediaType()).header("Content-Length", p.file().size())
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Disposition", "attachment; filename=\"evidence-" + id + "\"").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
