package vn.hocso.reporting.web;

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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.FormNumbers;
import vn.hocso.platform.web.PageContext;
import vn.hocso.reporting.model.PlanTarget;
import vn.hocso.reporting.model.PlanTopic;
import vn.hocso.reporting.model.TargetKind;
import vn.hocso.reporting.model.TrainingLevel;
import vn.hocso.reporting.service.TargetCatalogue;
import vn.hocso.reporting.service.TargetInput;

/**
 * The target catalogue page: every target (active first) for administrators and auditors; city administrators add a
 * target or change one through the form ({@code ?edit=id}). Invalid input shows the form again with every problem and
 * the values typed; a stale version (someone else saved meanwhile) is reported the same way.
 */
@Path("/reports/targets")
@Blocking
@RolesAllowed({"ADMIN", "AUDITOR"})
@Produces(MediaType.TEXT_HTML)
public class TargetCataloguePage {

    /** The form: the target being edited (null = new), the values typed, the choices, the problems, the outcome. */
    public record Form(Long id, TargetInput input, List<PlanTopic> topics, List<String> errors, String saved) {

        public List<StaffPosition> positions() {
            return List.of(StaffPosition.values());
        }

        public List<SchoolLevel> schoolLevels() {
            return List.of(SchoolLevel.values());
        }

        public List<Ownership> ownerships() {
            return List.of(Ownership.values());
        }

        public List<TrainingLevel> levels() {
            return List.of(TrainingLevel.values());
        }

        public List<TargetKind> kinds() {
            return List.of(TargetKind.values());
        }

        public boolean has(List<String> values, Object value) {
            return values != null && values.contains(value.toString());
        }

        public String value(Object v) {
            return v == null ? "" : v.toString();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance targets(List<PlanTarget> targets, boolean mayEdit, Form form);
    }

    private static final TargetInput EMPTY = new TargetInput(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    @Inject
    TargetCatalogue catalogue;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @GET
    public TemplateInstance list(@QueryParam("edit") Long edit) {
        TargetInput input = null;
        if (edit != null) {
            PlanTarget t = catalogue.get(edit);
            input = new TargetInput(t.code, t.topicCode, t.trainingLevel.name(), t.year, t.kind.name(), t.percent,
                    Arrays.asList(t.positions), Arrays.asList(t.schoolLevels), Arrays.asList(t.ownerships),
                    t.description, t.descriptionEn, t.sourceRef, t.active, t.version);
        }
        return render(edit, input, List.of(), null);
    }

    @POST
    @RolesAllowed("ADMIN")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance save(@RestForm("_csrf") String csrf, @RestForm Long id, @RestForm String code,
            @RestForm String topic, @RestForm String level, @RestForm String year, @RestForm String kind,
            @RestForm String percent, @RestForm List<String> positions, @RestForm List<String> schoolLevels,
            @RestForm List<String> ownerships, @RestForm String description, @RestForm String descriptionEn,
            @RestForm String sourceRef, @RestForm String active, @RestForm Integer version) {
        page.requireCsrf(csrf);
        List<String> errors = new ArrayList<>();
        Integer y = FormNumbers.parse(year, Integer::valueOf, "year", errors, language.messages());
        BigDecimal p = FormNumbers.parse(percent == null ? null : percent.replace(',', '.'), BigDecimal::new, "percent",
                errors, language.messages());
        TargetInput in = new TargetInput(code, topic, level, y, kind, p, positions, schoolLevels, ownerships,
                description, descriptionEn, sourceRef, active != null, version);
        if (!errors.isEmpty()) {
            return render(id, in, errors, null);
        }
        try {
            PlanTarget saved = id == null ? catalogue.create(in) : catalogue.update(id, in);
            return render(null, null, List.of(), saved.code);
        } catch (DomainException e) {
            if (e.status() != 422 && e.status() != 409) {
                throw e;
            }
            return render(id, in, e.describe(language.messages()), null);
        }
    }

    private TemplateInstance render(Long id, TargetInput input, List<String> errors, String saved) {
        return page.view(Templates.targets(catalogue.list(true), catalogue.mayEdit(),
                new Form(id, input == null ? EMPTY : input, catalogue.topics(), errors, saved)));
    }
}
