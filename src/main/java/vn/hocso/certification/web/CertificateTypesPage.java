package vn.hocso.certification.web;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.model.CertificateType;
import vn.hocso.certification.model.IssuanceMode;
import vn.hocso.certification.service.CertificateTypes;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.FormNumbers;
import vn.hocso.platform.web.PageContext;

/**
 * The certificate-type page ({@code /admin/certificates/types}): the types that apply in the caller's subtrees with
 * their rules, for administrators and auditors; administrators add a type, or change one defined within their
 * subtrees ({@code ?edit=id}): names, description and criteria, the rule (a minimum level for each required
 * competency, offered per framework version), approval or automatic issue, validity and unit. After a save, people of
 * the unit who already meet the rule are certified (or queued). Invalid input comes back (422) with every problem and
 * the values typed. Forms carry the session's CSRF token.
 */
@Path("/admin/certificates/types")
@Blocking
@RolesAllowed({"ADMIN", "AUDITOR"})
@Produces(MediaType.TEXT_HTML)
public class CertificateTypesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance types(List<TypeForms.Row> rows, boolean mayEdit, TypeForms.Form form,
                Long saved, Integer evaluated);
    }

    @Inject
    CertificateTypes types;

    @Inject
    TypeForms forms;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance list(@QueryParam("edit") Long edit, @QueryParam("framework") Long framework,
            @QueryParam("saved") Long saved, @QueryParam("evaluated") Integer evaluated) {
        TypeForms.Values values = null;
        if (edit != null) {
            CertificateType t = types.get(edit, user.readScope());
            if (!user.writeScope().covers(t.orgUnit)) {
                throw DomainException.notFound();
            }
            values = TypeForms.values(t);
        }
        return render(edit, framework, values, List.of(), saved, evaluated);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm("_csrf") String csrf, @RestForm Long id, @RestForm Long framework,
            @RestForm String name, @RestForm String nameEn, @RestForm String description,
            @RestForm String descriptionEn, @RestForm String criteria, @RestForm String issuanceMode,
            @RestForm String validityMonths, @RestForm String unit, @RestForm String active,
            @RestForm List<String> req) {
        page.requireCsrf(csrf);
        AppMessages m = language.messages();
        List<String> errors = new ArrayList<>();
        Map<Long, Long> requirements = new LinkedHashMap<>();
        for (String r : req == null ? List.<String>of() : req) {
            String[] parts = r.split(":", 2);
            Long item = FormNumbers.parse(parts[0], Long::valueOf, "req", errors, m);
            Long level = parts.length < 2 ? null : FormNumbers.parse(parts[1], Long::valueOf, "req", errors, m);
            if (item != null && level != null) {
                requirements.put(item, level);
            }
        }
        TypeForms.Values typed = new TypeForms.Values(name, nameEn, description, descriptionEn, criteria,
                issuanceMode, validityMonths, unit, active != null, requirements);
        Integer months = FormNumbers.parse(validityMonths, Integer::valueOf, "validityMonths", errors, m);
        IssuanceMode mode = null;
        try {
            mode = issuanceMode == null ? null : IssuanceMode.valueOf(issuanceMode);
        } catch (IllegalArgumentException e) {
            errors.add("issuanceMode: " + m.error_badParameter());
        }
        Long unitId = unit == null || unit.isBlank() ? null
                : units.findByCode(unit.strip()).map(u -> u.id).orElse(-1L);
        if (!errors.isEmpty()) {
            return invalid(id, framework, typed, errors);
        }
        try {
            CertificateTypes.Saved s = types.save(id, new CertificateTypes.TypeInput(name, nameEn, description,
                    descriptionEn, criteria, mode, months, unitId, active != null,
                    requirements.entrySet().stream().map(e -> new CertificateTypes.RequirementInput(e.getKey(),
                            e.getValue())).toList()), user.writeScope(), AuditLog.Actor.of(user));
            return Response.seeOther(URI.create("/admin/certificates/types?saved=" + s.type().id + "&evaluated="
                    + s.peopleEvaluated())).build();
        } catch (DomainException e) {
            if (e.status() != 422) {
                throw e;
            }
            return invalid(id, framework, typed, e.describe(m));
        }
    }

    private Response invalid(Long id, Long framework, TypeForms.Values typed, List<String> errors) {
        return Response.status(422).entity(render(id, framework, typed, errors, null, null))
                .type(MediaType.TEXT_HTML_TYPE).build();
    }

    private TemplateInstance render(Long id, Long framework, TypeForms.Values values, List<String> errors,
            Long saved, Integer evaluated) {
        boolean mayEdit = !user.writeScope().isEmpty();
        TypeForms.Form form = null;
        if (mayEdit) {
            String unitCode = units.roots(user.writeScope()).stream().findFirst().map(u -> u.code).orElse("");
            form = forms.form(id, framework, values != null ? values : new TypeForms.Values("", "", "", "", "",
                    IssuanceMode.APPROVAL.name(), "", unitCode, true, Map.of()), errors);
        }
        return page.view(Templates.types(forms.rows(types.list(user.readScope()), user.writeScope()), mayEdit, form,
                saved, evaluated));
    }
}
