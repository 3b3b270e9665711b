package vn.hocso.catalog.web;

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
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.persistence.CampaignStore;
import vn.hocso.catalog.service.CampaignInput;
import vn.hocso.catalog.service.CampaignService;
import vn.hocso.catalog.service.Catalogue;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.PageRequest;

/**
 * Administrators' campaign page: the campaigns of their subtrees and a form that previews a cohort's size, then
 * launches the campaign. Invalid input re-shows the form with every problem listed.
 */
@Path("/admin/campaigns")
@Blocking
@RolesAllowed("ADMIN")
public class CampaignPage {

    /** What the form shows: choices, the values typed, and the outcome of the last action. */
    public record Form(List<Course> courses, List<OrgUnit> districts, List<StaffPosition> positions,
            List<SchoolLevel> levels, CampaignInput input, String institutionCodes, List<String> errors,
            CampaignService.Preview preview, CampaignService.Launched launched) {

        public boolean hasPosition(StaffPosition p) {
            return input != null && input.positions() != null && input.positions().contains(p.name());
        }

        public boolean hasLevel(SchoolLevel l) {
            return input != null && input.schoolLevels() != null && input.schoolLevels().contains(l.name());
        }

        public boolean hasDistrict(OrgUnit d) {
            return input != null && input.districtIds() != null && input.districtIds().contains(d.id);
        }

        public boolean isCourse(Course c) {
            return input != null && c.id.equals(input.courseId());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance campaigns(List<CampaignStore.Row> campaigns, Form form);
    }

    @Inject
    CampaignService campaigns;

    @Inject
    Catalogue catalogue;

    @Inject
    OrgUnitRepository units;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return render(null, "", List.of(), null, null);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance submit(@RestForm("_csrf") String csrf, @RestForm String action,
            @RestForm Long courseId, @RestForm String name, @RestForm String dueDate,
            @RestForm List<String> positions, @RestForm List<String> schoolLevels, @RestForm List<Long> districtIds,
            @RestForm String institutionCodes, @RestForm("nationalIds") FileUpload nationalIds) {
        page.requireCsrf(csrf);
        List<Long> institutionIds = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String code : codes(institutionCodes)) {
            units.findByCode(code).ifPresentOrElse(u -> institutionIds.add(u.id),
                    () -> errors.add(language.messages().catalog_errorInstitutionCode(code)));
        }
        String csv = nationalIds == null || nationalIds.uploadedFile() == null || nationalIds.size() == 0 ? null
                : read(nationalIds);
        CampaignInput in = new CampaignInput(courseId, null, name, dueDate, positions, schoolLevels, districtIds,
                institutionIds, null, csv);
        if (!errors.isEmpty()) {
            return render(in, institutionCodes, errors, null, null);
        }
        CampaignService.Admin admin = new CampaignService.Admin(user.id(), user.writeScope());
        try {
            if ("launch".equals(action)) {
                return render(null, "", List.of(), null, campaigns.launch(in, admin));
            }
            return render(in, institutionCodes, List.of(), campaigns.preview(in, admin), null);
        } catch (DomainException e) {
            if (e.status() != 422) {
                throw e;
            }
            List<String> messages = new ArrayList<>();
            e.fieldErrors().forEach(f -> messages.add(language.messages().catalog_fieldError(
                    language.messages().catalog_field(f.field().replaceAll("\\[.*", "")),
                    f.message().apply(language.messages()))));
            return render(in, institutionCodes, messages, null, null);
        }
    }

    private TemplateInstance render(CampaignInput in, String codes, List<String> errors,
            CampaignService.Preview preview, CampaignService.Launched launched) {
        List<Course> courses = catalogue.search(user, new Catalogue.Query(null, null, null, null, null), true,
                PageRequest.of(0, PageRequest.MAX_SIZE)).items();
        Form form = new Form(courses, campaigns.districts(user.writeScope()), List.of(StaffPosition.values()),
                List.of(SchoolLevel.values()), in, codes == null ? "" : codes, errors, preview, launched);
        return page.view(Templates.campaigns(campaigns.list(user.writeScope()), form));
    }

    private static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(java.util.Locale.ROOT)).distinct().toList();
    }

    private static String read(FileUpload file) {
        try {
            return Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
