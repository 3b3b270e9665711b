package vn.hocso.audit.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.audit.persistence.AuditStore;
import vn.hocso.audit.service.AuditEntry;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * The audit log, read by administrators and auditors within their scope (city-wide entries only for roles held on
 * the city), and its integrity check.
 */
@Path("/api/v1/audit")
@Tag(name = "Audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "AUDITOR"})
public class AuditResource {

    @Inject
    AuditStore store;

    @Inject
    AuditLog log;

    @Inject
    CurrentUser user;

    @Inject
    OrgService org;

    @GET
    @Operation(summary = "Audit entries in the caller's scope, newest first (page size ≤ 500)")
    public List<AuditEntry> list(@QueryParam("action") String action, @QueryParam("offset") @DefaultValue("0")
            int offset, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new DomainException(400, AppMessages::error_badParameter);
        }
        OrgScope scope = user.readScope();
        boolean cityWide = cityWide(scope);
        return store.page(cityWide ? null : scope.paths(), cityWide, action, offset, limit);
    }

    @GET
    @Path("verify")
    @Operation(summary = "Recompute the hash chain: valid, or the first entry that was altered, inserted or removed")
    public AuditLog.Verification verify() {
        return log.verify();
    }

    private boolean cityWide(OrgScope scope) {
        return org.roots(scope).stream().anyMatch(u -> u.parent == null);
    }
}
