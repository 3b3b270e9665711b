package vn.hocso.content.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.service.PackageService;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/**
 * Trainers' content page: the packages of their subtrees and the upload form (with a progress bar: bytes sent, then
 * "processing"; script {@code /static/upload.js}, which posts to {@code POST /api/v1/packages}).
 */
@Path("/content")
@Blocking
public class ContentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance content(PageResult<ContentPackage> packages, boolean canUpload,
                List<OrgUnit> units);
    }

    @Inject
    PackageService packages;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @GET
    @RolesAllowed({"TRAINER", "ADMIN", "AUDITOR"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance content(@QueryParam("page") Integer pageNo) {
        var manage = user.scope(Role.TRAINER, Role.ADMIN);
        return page.view(Templates.content(
                packages.list(user.scope(Role.TRAINER, Role.ADMIN, Role.AUDITOR), true, PageRequest.of(pageNo, null)),
                !manage.isEmpty(), manage.isEmpty() ? List.of() : packages.uploadTargets(manage)));
    }
}
