package vn.hocso.competency.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.model.Framework;
import vn.hocso.competency.service.CaseJsonWriter;
import vn.hocso.competency.service.FrameworkDrafts;
import vn.hocso.competency.service.FrameworkService;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * Competency frameworks: read by any signed-in user; imported (CASE 1.1 JSON, Moodle CSV, or either as a multipart
 * file) and edited (drafts of editable frameworks) by city-level administrators. Bad files answer 422 with a problem
 * listing each fault (JSON path or CSV row and column) in the caller's language; nothing of them is stored.
 */
@Path("/api/v1/frameworks")
@Tag(name = "Competency frameworks")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class FrameworkResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkDrafts drafts;

    @Inject
    FrameworkAccess access;

    @Inject
    CaseJsonWriter caseJson;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @GET
    @Authenticated
    @Operation(summary = "Every framework with its versions (newest published version as 'latest')")
    public List<FrameworkViews.Group> list() {
        return FrameworkViews.groups(frameworks.versions(), frameworks.itemCounts());
    }

    @GET
    @Path("{id}")
    @Authenticated
    @Operation(summary = "One framework version: item tree with levels, levels, associations, crosswalks, role "
            + "targets")
    public FrameworkViews.Detail get(@PathParam("id") long id) {
        return access.detail(id);
    }

    @GET
    @Path("{id}/case")
    @Authenticated
    @Operation(summary = "The version as a CASE 1.1 CFPackage (CFDocument, CFItems, CFAssociations, CFDefinitions, "
            + "CFRubrics with the proficiency levels)")
    public ObjectNode exportCase(@PathParam("id") long id) {
        return caseJson.pkg(frameworks.content(id));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import a CASE 1.1 CFPackage as a new published version (city administrators; 422 report, "
            + "409 when the document identifier and version exist)")
    public Response importCase(String body) {
        access.requireCityAdmin();
        return created(frameworks.importCase(body, user.id()), "case");
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes("text/csv")
    @Operation(summary = "Import a Moodle tool_lpimportcsv competency framework CSV as a new published version")
    public Response importCsv(String body) {
        access.requireCityAdmin();
        return created(frameworks.importMoodle(body, user.id()), "moodle-csv");
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import a CASE 1.1 JSON or Moodle CSV file (multipart field 'file')")
    public Response importFile(@RestForm("file") FileUpload file) {
        access.requireCityAdmin();
        if (file == null || file.uploadedFile() == null) {
            throw new DomainException(400, AppMessages::framework_fileMissing);
        }
        return created(frameworks.importFile(file.uploadedFile(), file.fileName(), file.contentType(), user.id()),
                "file");
    }

    @POST
    @Path("{id}/drafts")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Start the next version of an editable framework: a draft copied from its latest version "
            + "(409 when not editable or a draft exists)")
    public Response createDraft(@PathParam("id") long id) {
        access.requireCityAdmin();
        Framework draft = frameworks.createDraft(id, user.id());
        audited("competency.framework.draft", draft);
        return Response.created(URI.create("/api/v1/frameworks/" + draft.id)).entity(access.detail(draft.id)).build();
    }

    @POST
    @Path("{id}/items")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add an item to a draft (409 when the version is published)")
    public Response addItem(@PathParam("id") long id, FrameworkDrafts.ItemInput input) {
        access.requireCityAdmin();
        drafts.addItem(id, input);
        return Response.status(201).entity(access.detail(id)).build();
    }

    @PUT
    @Path("{id}/items/{itemId}")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an item of a draft (409 when the version is published)")
    public FrameworkViews.Detail updateItem(@PathParam("id") long id, @PathParam("itemId") long itemId,
            FrameworkDrafts.ItemInput input) {
        access.requireCityAdmin();
        drafts.updateItem(id, itemId, input);
        return access.detail(id);
    }

    @DELETE
    @Path("{id}/items/{itemId}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Remove an item (without children) from a draft (409 when the version is published)")
    public FrameworkViews.Detail deleteItem(@PathParam("id") long id, @PathParam("itemId") long itemId) {
        access.requireCityAdmin();
        drafts.deleteItem(id, itemId);
        return access.detail(id);
    }

    @PUT
    @Path("{id}/targets")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the role targets (position, item, level code) of a draft")
    public FrameworkViews.Detail replaceTargets(@PathParam("id") long id,
            List<FrameworkDrafts.TargetInput> input) {
        access.requireCityAdmin();
        drafts.replaceTargets(id, input);
        return access.detail(id);
    }

    @POST
    @Path("{id}/publish")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Publish a draft: it becomes the adopted, immutable version; older ones are deprecated")
    public FrameworkViews.Detail publish(@PathParam("id") long id) {
        access.requireCityAdmin();
        Framework fw = drafts.publish(id);
        audited("competency.framework.publish", fw);
        return access.detail(id);
    }

    private Response created(Framework fw, String format) {
        audit.recordForCaller("competency.framework.import", "competency_framework", Long.toString(fw.id), null,
                Map.of("code", fw.code, "version", fw.version, "format", format));
        return Response.created(URI.create("/api/v1/frameworks/" + fw.id)).entity(access.detail(fw.id)).build();
    }

    private void audited(String action, Framework fw) {
        audit.recordForCaller(action, "competency_framework", Long.toString(fw.id), null,
                Map.of("code", fw.code, "version", fw.version));
    }
}
