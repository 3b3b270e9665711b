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
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;

/**
 * "Năng lực số của tôi": the signed-in learner's competency profile against their position's target profile, as a
 * page ({@code /me/competencies}) and as JSON ({@code /api/v1/me/competencies}; 404 when the account is linked to no
 * staff record).
 */
@Path("/")
@Blocking
public class CompetencyProfileResource {

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
    @Path("me/competencies")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page() {
        return page.view(Templates.competencies(profiles.ofAccount(user.id()).orElse(null)));
    }

    @GET
    @Path("api/v1/me/competencies")
    @Authenticated
    @Produces(MediaType.APPLICATION_JSON)
    public Profile json() {
        return profiles.ofAccount(user.id()).orElseThrow(() -> new DomainException(404,
                EvidenceText.of(m -> m.error_noPerson())));
    }
}
