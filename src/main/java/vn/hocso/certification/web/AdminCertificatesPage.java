package vn.hocso.certification.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateStatus;
import vn.hocso.certification.service.Certificates;
import vn.hocso.certification.service.Issuance;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/**
 * Administrators' certificate page: the approval queue (approve, or reject with a reason) and the issued list
 * (revoke with a reason), each within the caller's subtrees, plus the bulk PDF export of a unit. Auditors read.
 * Forms carry the session's CSRF token.
 */
@Path("/admin/certificates")
@Blocking
public class AdminCertificatesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(List<Certificate> pending, PageResult<Certificate> issued,
                boolean canDecide, List<OrgUnit> units, String done);
    }

    @Inject
    Certificates certificates;

    @Inject
    Issuance issuance;

    @Inject
    CurrentUser user;

    @Inject
    OrgUnitRepository units;

    @Inject
    PageContext page;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance admin(@QueryParam("page") Integer pageNo, @QueryParam("done") String done) {
        var scope = user.readScope();
        List<Certificate> pending = certificates.inScope(scope, CertificateStatus.PENDING, PageRequest.of(0, 200))
                .items();
        PageResult<Certificate> issued = certificates.inScope(scope, CertificateStatus.ISSUED,
                PageRequest.of(pageNo, null));
        String doneKey = done != null && done.matches("approved|rejected|revoked") ? done : null;
        return page.view(Templates.admin(pending, issued, !user.writeScope().isEmpty(), units.roots(scope),
                doneKey));
    }

    @POST
    @Path("{id}/approve")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response approve(@PathParam("id") long id, @FormParam(PageContext.CSRF_FIELD) String csrf) {
        page.requireCsrf(csrf);
        issuance.approve(id, user.writeScope(), actor());
        return back("approved");
    }

    @POST
    @Path("{id}/reject")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reject(@PathParam("id") long id, @FormParam(PageContext.CSRF_FIELD) String csrf,
            @FormParam("reason") String reason) {
        page.requireCsrf(csrf);
        issuance.reject(id, reason, user.writeScope(), actor());
        return back("rejected");
    }

    @POST
    @Path("{id}/revoke")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id, @FormParam(PageContext.CSRF_FIELD) String csrf,
            @FormParam("reason") String reason) {
        page.requireCsrf(csrf);
        issuance.revoke(id, reason, user.writeScope(), actor());
        return back("revoked");
    }

    private static Response back(String done) {
        return Response.seeOther(URI.create("/admin/certificates?done=" + done)).build();
    }

    private AuditLog.Actor actor() {
        return AuditLog.Actor.of(user);
    }
}
