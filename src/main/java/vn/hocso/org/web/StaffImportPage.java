package vn.hocso.org.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.StaffImport;
import vn.hocso.org.service.StaffImportService;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;

/**
 * Administrators' staff-import page: the upload form with its options, the list of accepted columns, the recent
 * imports, and the report of the file just sent. "Preview" runs a dry run; "Confirm import" imports. The form works
 * without script (the file must then be chosen again to confirm); {@code /static/staff-import.js} sends it in the
 * background and keeps the chosen file, so that confirming sends the same file.
 */
@Path("/admin/staff-import")
@Blocking
public class StaffImportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance staffImport(List<StaffImport> recent, boolean canImport,
                StaffImportViews.Report report, String failure);
    }

    @Inject
    StaffImportService imports;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return view(null, null);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@RestForm(PageContext.CSRF_FIELD) String csrf, @RestForm("file") FileUpload file,
            @RestForm("action") String action, @RestForm("deactivateMissing") String deactivateMissing,
            @RestForm("allOrNothing") String allOrNothing) {
        page.requireCsrf(csrf);
        boolean dryRun = !"import".equals(action);
        try {
            var result = StaffImportResource.run(imports, user, file,
                    StaffImportResource.options(Boolean.toString(dryRun), deactivateMissing, allOrNothing));
            return Response.status(dryRun ? 200 : 201)
                    .entity(view(StaffImportViews.of(result, language.messages()), null)).build();
        } catch (DomainException e) {
            return Response.status(e.status()).entity(view(null, e.message().apply(language.messages()))).build();
        }
    }

    private TemplateInstance view(StaffImportViews.Report report, String failure) {
        return page.view(Templates.staffImport(imports.recent(user.readScope(), 10), !user.writeScope().isEmpty(),
                report, failure));
    }
}
