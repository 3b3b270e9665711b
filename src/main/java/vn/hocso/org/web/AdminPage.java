package vn.hocso.org.web;

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
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.service.AdminOverview;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.PageRequest;

/** Administration page: browse the org tree of the caller's scope and search its people. */
@Path("/admin")
@Blocking
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(AdminOverview.View view);
    }

    @Inject
    AdminOverview overview;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance admin(@QueryParam("unit") Long unitId, @QueryParam("q") String q,
            @QueryParam("position") StaffPosition position, @QueryParam("page") Integer pageNo) {
        return page.view(Templates.admin(overview.of(user.readScope(), unitId, q, position,
                PageRequest.of(pageNo, 25))));
    }
}
