package vn.hocso.competency.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.model.Framework;
import vn.hocso.competency.service.FrameworkService;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.Problem;

/**
 * Framework pages: the list (with licence and source notes), one version (item tree with levels, crosswalks, role
 * targets) and, for city-level administrators, the import form, which shows the fault report of a refused file.
 */
@Path("/competency/frameworks")
@Authenticated
@Blocking
@Produces(MediaType.TEXT_HTML)
public class FrameworkPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(List<FrameworkViews.Group> groups, boolean canImport);

        static native TemplateInstance detail(FrameworkViews.Detail d);

        static native TemplateInstance importForm(String error, List<Problem.FieldProblem> faults);
    }

    @Inject
    FrameworkService frameworks;

    @Inject
    FrameworkAccess access;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @GET
    public TemplateInstance list() {
        return page.view(Templates.list(FrameworkViews.groups(frameworks.versions(), frameworks.itemCounts()),
                access.cityAdmin()));
    }

    @GET
    @Path("{id:\\d+}")
    public TemplateInstance detail(@PathParam("id") long id) {
        return page.view(Templates.detail(access.detail(id)));
    }

    @GET
    @Path("import")
    public TemplateInstance importForm() {
        access.requireCityAdmin();
        return page.view(Templates.importForm(null, List.of()));
    }

    /** Imports the uploaded file; on success goes to the new version, else shows the form with the report. */
    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importFile(@RestForm("file") FileUpload file, @RestForm(PageContext.CSRF_FIELD) String csrf) {
        page.requireCsrf(csrf);
        access.requireCityAdmin();
        try {
            if (file == null || file.uploadedFile() == null) {
                throw new DomainException(400, AppMessages::framework_fileMissing);
            }
            Framework fw = frameworks.importFile(file.uploadedFile(), file.fileName(), file.contentType(), user.id());
            audit.recordForCaller("competency.framework.import", "competency_framework", Long.toString(fw.id), null,
                    Map.of("code", fw.code, "version", fw.version, "format", "page"));
            return Response.seeOther(URI.create("/competency/frameworks/" + fw.id)).build();
        } catch (DomainException e) {
            AppMessages m = language.messages();
            List<Problem.FieldProblem> faults = e.fieldErrors().stream()
                    .map(f -> new Problem.FieldProblem(f.field(), f.message().apply(m))).toList();
            return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                    .entity(page.view(Templates.importForm(e.message().apply(m), faults)).render()).build();
        }
    }
}
