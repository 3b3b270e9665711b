package vn.hocso.reporting.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.reporting.model.ReportSnapshot;
import vn.hocso.reporting.service.ReportService;

/**
 * The report pack: administrators issue annual and monthly reports for the city or a district of their scope (202:
 * generated in the background); administrators and auditors read them; files can be downloaded once DONE (409
 * before).
 */
@Path("/api/v1/reports")
@Tag(name = "Targets")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed({"ADMIN", "AUDITOR"})
public class ReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @POST
    @RolesAllowed("ADMIN")
    @Operation(summary = "Issue a report {kind: ANNUAL|MONTHLY, year, month?, orgUnitId?}: 202, generated in the "
            + "background; poll GET /api/v1/reports/{id}")
    public Response issue(ReportService.Request in) {
        ReportSnapshot s = reports.issue(in);
        return Response.accepted(s).location(URI.create("/api/v1/reports/" + s.id())).build();
    }

    @GET
    @Operation(summary = "Reports of the caller's scope, newest first (status, progress, hashes)")
    public List<ReportSnapshot> list() {
        return reports.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report: status QUEUED / RUNNING (progress, step) / DONE (SHA-256 of the files) / FAILED")
    public ReportSnapshot get(@PathParam("id") long id) {
        return reports.get(id);
    }

    @GET
    @Path("{id}/xlsx")
    @Produces(XLSX)
    @Operation(summary = "The frozen Excel file (409 until DONE)")
    public Response xlsx(@PathParam("id") long id) {
        return file(id, "xlsx", XLSX);
    }

    @GET
    @Path("{id}/pdf")
    @Produces("application/pdf")
    @Operation(summary = "The frozen PDF file (409 until DONE)")
    public Response pdf(@PathParam("id") long id) {
        return file(id, "pdf", "application/pdf");
    }

    private Response file(long id, String format, String type) {
        ReportSnapshot s = reports.get(id);
        byte[] bytes = reports.file(id, format);
        String name = "bao-cao-" + s.kind().name().toLowerCase() + "-" + s.period().replace('/', '-') + "-"
                + s.orgUnitId() + "-lan-" + s.sequence() + "." + format;
        return Response.ok(bytes, type).header("Content-Disposition", "attachment; filename=\"" + name + "\"")
                .header("X-Content-SHA256", "xlsx".equals(format) ? s.xlsxSha256() : s.pdfSha256()).build();
    }
}
