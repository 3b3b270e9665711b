package vn.hocso.competency.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.service.ModuleRuleService;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.FormNumbers;
import vn.hocso.platform.web.PageContext;

/**
 * The module-rule page ({@code /competency/rules}): every rule with its competency, level, modules and the attainments
 * it gives, for administrators, trainers and auditors. City administrators also get the form (choose a framework
 * version, then its competency and level, the packages and courses, how they combine and what each must show) and a
 * delete button per rule. A new rule is evaluated at once for everyone with evidence of its modules; invalid input
 * shows the form again with every problem and the values typed. Forms carry the session's CSRF token.
 */
@Path("/competency/rules")
@Blocking
@RolesAllowed({"ADMIN", "TRAINER", "AUDITOR"})
@Produces(MediaType.TEXT_HTML)
public class ModuleRulesPage {

    /** What the last action did, for the notice at the top. */
    public record Outcome(Long created, Integer evaluated, Long deleted) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rules(List<ModuleRuleViews.Row> rows, boolean mayEdit,
                ModuleRuleViews.Form form, Outcome outcome);
    }

    @Inject
    ModuleRuleViews views;

    @Inject
    ModuleRuleService rules;

    @Inject
    FrameworkAccess access;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance list(@QueryParam("framework") Long framework, @QueryParam("created") Long created,
            @QueryParam("evaluated") Integer evaluated, @QueryParam("deleted") Long deleted) {
        return render(framework, null, List.of(), new Outcome(created, evaluated, deleted));
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm("_csrf") String csrf, @RestForm Long framework, @RestForm Long itemId,
            @RestForm Long levelId, @RestForm List<String> modules, @RestForm String combinator,
            @RestForm String requiredCount, @RestForm String condition, @RestForm String minScore,
            @RestForm String validityMonths) {
        page.requireCsrf(csrf);
        access.requireCityAdmin();
        ModuleRuleViews.Values typed = new ModuleRuleViews.Values(itemId, levelId,
                modules == null ? List.of() : modules, combinator, requiredCount, condition, minScore, validityMonths);
        List<String> errors = new ArrayList<>();
        var m = language.messages();
        Integer n = FormNumbers.parse(requiredCount, Integer::valueOf, "requiredCount", errors, m);
        BigDecimal percent = FormNumbers.parse(minScore == null ? null : minScore.replace(',', '.'), BigDecimal::new,
                "minScore", errors, m);
        Integer months = FormNumbers.parse(validityMonths, Integer::valueOf, "validityMonths", errors, m);
        List<ModuleRuleService.ModuleInput> picked = new ArrayList<>();
        for (String module : typed.modules()) {
            int colon = module.indexOf(':');
            Long id = colon < 0 ? null : FormNumbers.parse(module.substring(colon + 1), Long::valueOf, "modules",
                    errors, m);
            picked.add(new ModuleRuleService.ModuleInput(colon < 0 ? module : module.substring(0, colon), id));
        }
        if (!errors.isEmpty()) {
            return invalid(framework, typed, errors);
        }
        try {
            ModuleRuleService.Defined d = rules.define(new ModuleRuleService.Draft(itemId, levelId, combinator, n,
                    condition, percent == null ? null : percent.movePointLeft(2), months, picked),
                    AuditLog.Actor.of(user));
            return Response.seeOther(URI.create("/competency/rules?" + (framework == null ? ""
                    : "framework=" + framework + "&") + "created=" + d.rule().id() + "&evaluated="
                    + d.peopleEvaluated())).build();
        } catch (DomainException e) {
            if (e.status() != 422) {
                throw e;
            }
            return invalid(framework, typed, e.describe(m));
        }
    }

    @POST
    @Path("{id}/delete")
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @RestForm("_csrf") String csrf) {
        page.requireCsrf(csrf);
        access.requireCityAdmin();
        rules.delete(id, AuditLog.Actor.of(user));
        return Response.seeOther(URI.create("/competency/rules?deleted=" + id)).build();
    }

    /** The form again, with the problems and the values typed (422). */
    private Response invalid(Long framework, ModuleRuleViews.Values typed, List<String> errors) {
        return Response.status(422).entity(render(framework, typed, errors, null)).type(MediaType.TEXT_HTML_TYPE)
                .build();
    }

    private TemplateInstance render(Long framework, ModuleRuleViews.Values typed, List<String> errors,
            Outcome outcome) {
        boolean mayEdit = access.cityAdmin();
        ModuleRuleViews.Page p = views.page(mayEdit, framework, typed, errors);
        return page.view(Templates.rules(p.rows(), mayEdit, p.form(), outcome));
    }
}
