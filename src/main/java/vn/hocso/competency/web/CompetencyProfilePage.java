package vn.hocso.competency.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocso.competency.service.CompetencyProfileService;
import vn.hocso.competency.service.CompetencyProfileService.Profile;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.PageContext;

/**
 * "Năng lực số của tôi" ({@code /me/competencies}): the learner's profile against their position's targets, the gaps
 * and links to the modules that close them; an explanation when the account is linked to no staff record.
 */
@Path("/me/competencies")
@Blocking
public class CompetencyProfilePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance competencies(Profile profile);
    }

    @Inject
    CompetencyProfileService profiles;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance get() {
        return page.view(Templates.competencies(profiles.ofAccount(user.id()).orElse(null)));
    }
}
