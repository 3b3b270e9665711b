package vn.hocso.certification.web;

import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateStatus;
import vn.hocso.certification.service.CertificatePdf;
import vn.hocso.certification.service.Certificates;
import vn.hocso.certification.service.Issuance;
import vn.hocso.certification.service.IssuerUrls;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/**
 * Issued certificates: the holder's own list and downloads (PDF, OB 3.0 credential JSON, VC-JWT); administrators'
 * scoped list, approval queue, rejection, revocation and bulk ZIP export; auditors read.
 */
@Path("/api/v1/certificates")
@Tag(name = "Certificates")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class CertificateResource {

    /** Media type of a VC-JWT (VC-JOSE-COSE). */
    public static final String VC_JWT = "application/vc+jwt";

    /** Body of reject and revoke. */
    public record Decision(String reason) {
    }

    @Inject
    Certificates certificates;

    @Inject
    Issuance issuance;

    @Inject
    CertificatePdf pdf;

    @Inject
    IssuerUrls urls;

    @Inject
    CurrentUser user;

    @Inject
    CallerPerson person;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "Certificates of holders in the caller's subtrees, newest first; status filter; paged")
    public PageResult<CertificateViews.CertificateView> list(@QueryParam("status") String status,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
        return certificates.inScope(user.readScope(), status(status), PageRequest.of(page, size)).map(this::view);
    }

    @GET
    @Path("mine")
    @Authenticated
    @Operation(summary = "The caller's own certificates (issued, revoked, superseded and pending)")
    public List<CertificateViews.CertificateView> mine() {
        Long me = person.id();
        return me == null ? List.of() : certificates.ofPerson(me).stream().map(this::view).toList();
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One certificate: the holder's own, or one of a holder in the caller's subtrees")
    public CertificateViews.CertificateView get(@PathParam("id") long id) {
        return view(readable(id));
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "The certificate's trail: who queued, issued, approved, rejected, revoked or renewed it")
    public List<CertificateViews.EventView> events(@PathParam("id") long id) {
        Certificate c = certificates.readable(id, null, user.readScope());
        return certificates.trail(c.id).stream().map(CertificateViews::event).toList();
    }

    @GET
    @Path("{id}/pdf")
    @Authenticated
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The printable certificate (PDF with QR code to the verification page)")
    public Response pdf(@PathParam("id") long id) {
        Certificate c = issued(readable(id));
        return Response.ok(pdf.bytes(c), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"certificate-" + c.verificationCode + ".pdf\"")
                .build();
    }

    @GET
    @Path("{id}/credential")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The Open Badges 3.0 credential (JSON; its proof is the VC-JWT)")
    public Response credential(@PathParam("id") long id) {
        Certificate c = issued(readable(id));
        return Response.ok(c.credentialJson, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"credential-" + c.verificationCode + ".json\"")
                .build();
    }

    @GET
    @Path("{id}/jwt")
    @Authenticated
    @Produces({VC_JWT, MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @Operation(summary = "The credential as VC-JWT (compact JWS, EdDSA)")
    public Response jwt(@PathParam("id") long id) {
        Certificate c = issued(readable(id));
        return Response.ok(c.credentialJwt, VC_JWT)
                .header("Content-Disposition", "attachment; filename=\"credential-" + c.verificationCode + ".jwt\"")
                .build();
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Approve a pending certificate: it is signed and issued now")
    public CertificateViews.CertificateView approve(@PathParam("id") long id) {
        return view(issuance.approve(id, user.writeScope(), actor()));
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending certificate (reason required)")
    public CertificateViews.CertificateView reject(@PathParam("id") long id, Decision decision) {
        return view(issuance.reject(id, decision == null ? null : decision.reason(), user.writeScope(), actor()));
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Revoke an issued certificate (reason required); its status-list bit is set")
    public CertificateViews.CertificateView revoke(@PathParam("id") long id, Decision decision) {
        return view(issuance.revoke(id, decision == null ? null : decision.reason(), user.writeScope(), actor()));
    }

    @GET
    @Path("export")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Produces({"application/zip", MediaType.APPLICATION_JSON})
    @Operation(summary = "ZIP of the PDFs of every issued certificate of holders in the unit's subtree (streamed)")
    public Response export(@QueryParam("orgUnit") Long orgUnit) {
        if (orgUnit == null) {
            throw new DomainException(400, AppMessages::certificate_errorOrgUnitRequired);
        }
        OrgUnit unit = certificates.exportUnit(orgUnit, user.readScope());
        StreamingOutput body = out -> certificates.exportZip(unit, out);
        return Response.ok(body, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"certificates-" + unit.code + ".zip\"")
                .build();
    }

    private Certificate readable(long id) {
        return certificates.readable(id, person.id(), user.readScope());
    }

    private static Certificate issued(Certificate c) {
        if (c.credentialJwt == null) {
            throw DomainException.conflict(AppMessages::certificate_errorNotIssued);
        }
        return c;
    }

    private CertificateViews.CertificateView view(Certificate c) {
        return CertificateViews.certificate(c, urls.verify(c.verificationCode));
    }

    private AuditLog.Actor actor() {
        return AuditLog.Actor.of(user);
    }

    private static CertificateStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CertificateStatus.valueOf(status.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new DomainException(400, AppMessages::error_badParameter);
        }
    }
}
