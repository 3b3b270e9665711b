package vn.hocso.competency.web;

import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.competency.service.CompetencyProfileService;
import vn.hocso.competency.service.CompetencyProfileService.Profile;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.DomainException;

/** The signed-in learner's competency profile as JSON (the page is {@link CompetencyProfilePage}). */
@Path("/api/v1/me/competencies")
@Tag(name = "Competency evidence")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class CompetencyProfileResource {

    @Inject
    CompetencyProfileService profiles;

    @Inject
    CurrentUser user;

    @GET
    @Authenticated
    @Operation(summary = "My competency profile: attainment, my position's targets, gaps and the modules that close "
            + "them (404 when my account is linked to no staff record)")
    public Profile get() {
        return profiles.ofAccount(user.id()).orElseThrow(() -> new DomainException(404,
                EvidenceText.of(m -> m.error_noPerson())));
    }
}
