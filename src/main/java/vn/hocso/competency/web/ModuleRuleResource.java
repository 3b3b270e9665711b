package vn.hocso.competency.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.model.ModuleRule;
import vn.hocso.competency.service.ModuleRuleService;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.DomainException;

/**
 * Module rules: which modules evidence which competency level. Rules are city-wide, so only administrators of the city
 * itself create and delete them (others get 403); other administrators, trainers and auditors read them. A new rule
 * is evaluated at once for everyone who already has evidence of its modules (header {@code X-People-Evaluated}).
 * Body of a new rule: {@code {"itemId", "levelId", "modules": [{"kind": "PACKAGE", "id"}], "combinator":
 * "ALL|ANY|N_OF_M", "requiredCount" (N_OF_M), "condition": "COMPLETED|PASSED|SCORE_AT_LEAST", "minScore" (0..1, for
 * SCORE_AT_LEAST), "validityMonths" (optional)}}.
 */
@Path("/api/v1/competency/rules")
@Tag(name = "Competency evidence")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
public class ModuleRuleResource {

    @Inject
    ModuleRuleService rules;

    @Inject
    CurrentUser user;

    @Inject
    FrameworkAccess access;

    @GET
    @RolesAllowed({"ADMIN", "TRAINER", "AUDITOR"})
    @Operation(summary = "Every module rule, newest first")
    public List<ModuleRule> list() {
        return rules.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({"ADMIN", "TRAINER", "AUDITOR"})
    @Operation(summary = "One module rule")
    public ModuleRule get(@PathParam("id") long id) {
        return rules.find(id).orElseThrow(DomainException::notFound);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Map modules to a competency level (city administrators; 422 names every invalid field)")
    public Response create(ModuleRuleService.Draft draft) {
        access.requireCityAdmin();
        ModuleRuleService.Defined d = rules.define(draft == null ? new ModuleRuleService.Draft(null, null, null, null,
                null, null, null, null) : draft, AuditLog.Actor.of(user));
        return Response.created(URI.create("/api/v1/competency/rules/" + d.rule().id())).entity(d.rule())
                .header("X-People-Evaluated", d.peopleEvaluated()).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed("ADMIN")
    @Operation(summary = "Delete a rule and the attainment it gave (city administrators)")
    public Response delete(@PathParam("id") long id) {
        access.requireCityAdmin();
        rules.delete(id, AuditLog.Actor.of(user));
        return Response.noContent().build();
    }
}
