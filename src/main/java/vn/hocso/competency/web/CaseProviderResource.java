package vn.hocso.competency.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.competency.model.CompetencyItem;
import vn.hocso.competency.model.Framework;
import vn.hocso.competency.service.CaseJsonWriter;
import vn.hocso.competency.service.FrameworkService;

/**
 * Read-only CASE 1.1 provider ({@code /ims/case/v1p1}), public like most CASE Network servers: the published
 * versions' documents, packages and items. Drafts are not served. Unknown or malformed identifiers answer 404 with
 * an {@code imsx_StatusInfo} body, as CASE specifies.
 */
@Path("/ims/case/v1p1")
@Tag(name = "CASE 1.1 provider")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Blocking
public class CaseProviderResource {

    @Inject
    FrameworkService frameworks;

    @Inject
    CaseJsonWriter caseJson;

    @Inject
    ObjectMapper mapper;

    @GET
    @Path("CFDocuments")
    @Operation(summary = "getAllCFDocuments: the published framework versions")
    public ObjectNode documents() {
        ObjectNode root = mapper.createObjectNode();
        var list = root.putArray("CFDocuments");
        for (Framework f : frameworks.versions()) {
            if (f.published()) {
                list.add(caseJson.document(f, null));
            }
        }
        return root;
    }

    @GET
    @Path("CFDocuments/{sourcedId}")
    @Operation(summary = "getCFDocument")
    public Response document(@PathParam("sourcedId") String sourcedId) {
        Framework f = published(sourcedId);
        return f == null ? unknown(sourcedId) : Response.ok(caseJson.document(f, null)).build();
    }

    @GET
    @Path("CFPackages/{sourcedId}")
    @Operation(summary = "getCFPackage")
    public Response pkg(@PathParam("sourcedId") String sourcedId) {
        Framework f = published(sourcedId);
        return f == null ? unknown(sourcedId) : Response.ok(caseJson.pkg(frameworks.content(f.id))).build();
    }

    @GET
    @Path("CFItems/{sourcedId}")
    @Operation(summary = "getCFItem")
    public Response item(@PathParam("sourcedId") String sourcedId) {
        UUID id = uuid(sourcedId);
        CompetencyItem item = id == null ? null : frameworks.itemByIdentifier(id);
        Framework f = item == null ? null : frameworks.get(item.frameworkId);
        return f == null || !f.published() ? unknown(sourcedId) : Response.ok(caseJson.item(item, f)).build();
    }

    private Framework published(String sourcedId) {
        UUID id = uuid(sourcedId);
        Framework f = id == null ? null : frameworks.byIdentifier(id);
        return f != null && f.published() ? f : null;
    }

    private static UUID uuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Response unknown(String sourcedId) {
        ObjectNode status = mapper.createObjectNode();
        status.put("imsx_codeMajor", "failure").put("imsx_severity", "error")
                .put("imsx_description", "Unknown object: " + sourcedId);
        status.putObject("imsx_CodeMinor").putArray("imsx_codeMinorField").addObject()
                .put("imsx_codeMinorFieldName", "sourcedId").put("imsx_codeMinorFieldValue", "unknownobject");
        return Response.status(404).type(MediaType.APPLICATION_JSON).entity(status).build();
    }
}
