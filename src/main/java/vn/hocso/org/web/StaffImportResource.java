package vn.hocso.org.web;

import io.smallrye.common.annotation.Blocking;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.StaffImport;
import vn.hocso.org.model.StaffImportOptions;
import vn.hocso.org.model.StaffImportRowError;
import vn.hocso.org.service.StaffImportResult;
import vn.hocso.org.service.StaffImportService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;

/**
 * Staff import over the API: upload a CSV/XLSX file (multipart field {@code file}) as a dry run (200, nothing
 * written) or for real (201, recorded); read a recorded import and download its row errors as CSV.
 */
@Path("/api/v1/staff-imports")
@Tag(name = "Organisation")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class StaffImportResource {

    /** Row errors a JSON report of a stored import lists; errors.csv has all. */
    static final int ERRORS_SHOWN = 1000;

    @Inject
    StaffImportService imports;

    @Inject
    CurrentUser user;

    @Inject
    RequestLanguage language;

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import staff from CSV (UTF-8, comma or semicolon) or XLSX: upsert by national id, "
            + "transfers kept as history; dryRun=true previews (200, nothing written), otherwise 201 and a record. "
            + "Options: deactivateMissing, allOrNothing")
    public Response create(@RestForm("file") FileUpload file, @RestForm("dryRun") String dryRun,
            @RestForm("deactivateMissing") String deactivateMissing, @RestForm("allOrNothing") String allOrNothing) {
        StaffImportResult result = run(imports, user, file, options(dryRun, deactivateMissing, allOrNothing));
        StaffImportViews.Report report = StaffImportViews.of(result, language.messages());
        if (result.dryRun()) {
            return Response.ok(report).build();
        }
        return Response.created(URI.create("/api/v1/staff-imports/" + report.id())).entity(report).build();
    }

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "The latest imports made within the caller's subtrees (at most 50)")
    public List<StaffImportViews.Report> list() {
        AppMessages m = language.messages();
        return imports.recent(user.readScope(), 50).stream()
                .map(r -> StaffImportViews.of(r, List.of(), 0, m)).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Operation(summary = "A recorded import: options, counts, status and its first 1,000 row errors")
    public StaffImportViews.Report get(@PathParam("id") long id) {
        StaffImport record = imports.get(id, user.readScope());
        List<StaffImportRowError> errors = new ArrayList<>();
        imports.errors(record, ERRORS_SHOWN, errors::add);
        return StaffImportViews.of(record, errors, imports.errorCount(record), language.messages());
    }

    @GET
    @Path("{id}/errors.csv")
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Produces("text/csv")
    @Operation(summary = "Every row error of a recorded import as CSV (UTF-8 with BOM): row, column, value, message")
    public Response errorsCsv(@PathParam("id") long id) {
        StaffImport record = imports.get(id, user.readScope());
        AppMessages m = language.messages();
        StreamingOutput body = out -> {
            BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            w.write('\uFEFF');
            w.write(String.join(",", csv(m.staffImport_colRow()), csv(m.staffImport_colColumn()),
                    csv(m.staffImport_colValue()), csv(m.staffImport_colMessage())));
            w.write("\r\n");
            try {
                imports.errors(record, 0, e -> {
                    try {
                        w.write(e.row() + "," + csv(e.column()) + "," + csv(e.value()) + ","
                                + csv(e.problem().message(m, e.detail())) + "\r\n");
                    } catch (IOException io) {
                        throw new UncheckedIOException(io);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            w.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"staff-import-" + id + "-errors.csv\"").build();
    }

    /** Runs an upload for the current user (shared with the page). */
    static StaffImportResult run(StaffImportService imports, CurrentUser user, FileUpload file,
            StaffImportOptions options) {
        if (file == null || file.uploadedFile() == null) {
            throw new DomainException(400, AppMessages::staffImport_fileMissing);
        }
        return imports.importFile(new StaffImportService.Upload(file.uploadedFile(), file.fileName()), options,
                user.writeScope(), new StaffImportService.Importer(user.id(), user.username()));
    }

    /**
     * The options from form fields: true, on, 1 or yes are true; absent, empty, false, off, 0 or no are false.
     *
     * @throws DomainException 422 for any other value
     */
    static StaffImportOptions options(String dryRun, String deactivateMissing, String allOrNothing) {
        List<DomainException.FieldError> bad = new ArrayList<>();
        boolean d = flag("dryRun", dryRun, bad);
        boolean m = flag("deactivateMissing", deactivateMissing, bad);
        boolean a = flag("allOrNothing", allOrNothing, bad);
        if (!bad.isEmpty()) {
            throw new DomainException(422, AppMessages::error_validation, bad);
        }
        return new StaffImportOptions(d, m, a);
    }

    private static boolean flag(String name, String value, List<DomainException.FieldError> bad) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        switch (v) {
            case "true", "on", "1", "yes":
                return true;
            case "", "false", "off", "0", "no":
                return false;
            default:
                bad.add(new DomainException.FieldError(name, AppMessages::error_badParameter));
                return false;
        }
    }

    /** A CSV field (see {@link vn.hocso.platform.text.CsvCell#of}). */
    static String csv(String value) {
        return vn.hocso.platform.text.CsvCell.of(value);
    }
}
