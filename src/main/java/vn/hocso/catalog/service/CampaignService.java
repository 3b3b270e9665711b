package vn.hocso.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.catalog.config.CatalogConfig;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.persistence.CampaignStore;
import vn.hocso.catalog.persistence.CourseRepository;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.Enums;
import vn.hocso.platform.web.InputCheck;

/**
 * Campaigns: an administrator assigns a published course to a cohort of their subtree with a due date. Launching
 * stores the campaign and materialises the enrolments in one SQL statement (CampaignStore); a re-run adds people who
 * joined the cohort since and never duplicates an enrolment. Launches and re-runs are audited in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CampaignService {

    /** Ids listed in a report are capped to keep responses small; the counts are always complete. */
    static final int REPORT_LIMIT = 1000;

    @Inject
    CampaignStore store;

    @Inject
    CourseRepository courses;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    CatalogConfig config;

    /** Who launches: the account and its ADMIN scope. */
    public record Admin(long accountId, OrgScope scope) {
    }

    /**
     * What a cohort would get.
     *
     * @param matching        people the campaign would reach
     * @param alreadyEnrolled of those, people already enrolled in the course
     * @param unknownNationalIds listed ids not found in the owner's subtree (at most {@value #REPORT_LIMIT})
     * @param withoutAccount  listed ids of inactive people or people without an active account (capped likewise)
     */
    public record Preview(long matching, long alreadyEnrolled, int listed, List<String> unknownNationalIds,
            int unknownCount, List<String> withoutAccount, int withoutAccountCount) {

        /** The unknown ids, comma-separated (for pages). */
        public String unknownText() {
            return String.join(", ", unknownNationalIds);
        }

        /** The ids without an active account, comma-separated (for pages). */
        public String withoutAccountText() {
            return String.join(", ", withoutAccount);
        }
    }

    /** A launched (or re-run) campaign: its row, what the run did and the list report. */
    public record Launched(CampaignStore.Row campaign, CampaignStore.RunCounts run, Preview preview) {
    }

    /** A validated request: the course, owner, due date and cohort. */
    private record Plan(Course course, OrgUnit owner, String name, LocalDate due, CampaignStore.Cohort cohort,
            List<Long> districtIds) {
    }

    /**
     * Counts the cohort without changing anything.
     *
     * @throws DomainException 422 listing every invalid field
     */
    public Preview preview(CampaignInput in, Admin admin) {
        return preview(plan(in, admin));
    }

    /**
     * Creates the campaign and enrols its cohort (ASSIGNED, due date).
     *
     * @throws DomainException 422 listing every invalid field
     */
    public Launched launch(CampaignInput in, Admin admin) {
        Plan plan = plan(in, admin);
        Preview preview = preview(plan);
        long id = store.insert(plan.course().id, plan.owner().id, plan.name(), plan.due(), plan.cohort(),
                plan.districtIds(), admin.accountId());
        CampaignStore.RunCounts run = store.materialise(id, plan.course().id, plan.due(), plan.cohort());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("course", plan.course().id);
        details.put("dueDate", plan.due().toString());
        details.put("created", run.created());
        details.put("upgraded", run.upgraded());
        details.put("unknownNationalIds", preview.unknownCount());
        audit.recordForCaller("catalog.campaign.launch", "campaign", Long.toString(id), plan.owner().path, details);
        return new Launched(store.find(id).orElseThrow(), run, preview);
    }

    /**
     * Runs a campaign again: people who joined its cohort since are enrolled; nobody is enrolled twice.
     *
     * @throws DomainException 404 when the campaign does not exist or lies outside the admin's scope
     */
    public Launched rerun(long id, Admin admin) {
        CampaignStore.Row row = get(id, admin.scope());
        List<String> ids = row.byNationalId() ? store.nationalIds(id) : List.of();
        CampaignStore.Cohort cohort = new CampaignStore.Cohort(row.orgUnitPath(), row.positions(), row.levels(),
                store.districtPaths(row.districtIds()), row.institutionIds(), row.byNationalId(), ids);
        CampaignStore.RunCounts run = store.materialise(id, row.courseId(), row.dueDate(), cohort);
        audit.recordForCaller("catalog.campaign.rerun", "campaign", Long.toString(id), row.orgUnitPath(),
                Map.of("created", run.created(), "upgraded", run.upgraded()));
        Preview preview = preview(new Plan(null, null, row.name(), row.dueDate(), cohort, row.districtIds()),
                row.courseId());
        return new Launched(store.find(id).orElseThrow(), run, preview);
    }

    /**
     * A campaign in the scope.
     *
     * @throws DomainException 404 when it does not exist or lies outside the scope
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CampaignStore.Row get(long id, OrgScope scope) {
        return store.find(id).filter(r -> scope.covers(r.orgUnitPath())).orElseThrow(DomainException::notFound);
    }

    /** The newest campaigns of the scope (at most 200). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CampaignStore.Row> list(OrgScope scope) {
        return scope.isEmpty() ? List.of() : store.list(scope.paths(), 200);
    }

    /** The districts of the scope (the campaign form's choices), by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OrgUnit> districts(OrgScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        io.quarkus.panache.common.Parameters params = new io.quarkus.panache.common.Parameters();
        String where = "kind = 'DISTRICT' and " + OrgUnitRepository.pathFilter("path", scope, params);
        return units.find(where + " order by name", params).list();
    }

    private Preview preview(Plan plan) {
        return preview(plan, plan.course().id);
    }

    private Preview preview(Plan plan, long courseId) {
        long[] counts = store.count(plan.cohort(), courseId);
        List<String> listed = plan.cohort().nationalIds();
        CampaignStore.ListReport report = listed.isEmpty() ? new CampaignStore.ListReport(List.of(), List.of())
                : store.report(listed, plan.cohort().ownerPath());
        return new Preview(counts[0], counts[1], listed.size(), cap(report.unknown()), report.unknown().size(),
                cap(report.withoutAccount()), report.withoutAccount().size());
    }

    private static List<String> cap(List<String> ids) {
        return ids.size() <= REPORT_LIMIT ? ids : ids.subList(0, REPORT_LIMIT);
    }

    private Plan plan(CampaignInput in, Admin admin) {
        InputCheck check = new InputCheck();
        OrgUnit owner = owner(in.orgUnitId(), admin.scope(), check);
        Course course = null;
        if (check.required(in.courseId(), "courseId")) {
            course = courses.findById(in.courseId());
            boolean assignable = course != null && course.status == Course.Status.PUBLISHED
                    && (owner == null || owner.path.startsWith(course.orgUnit.path));
            check.check(assignable, "courseId", AppMessages::catalog_errorCourseNotAssignable);
        }
        LocalDate due = null;
        if (check.required(in.dueDate(), "dueDate")) {
            try {
                due = LocalDate.parse(in.dueDate().strip());
                LocalDate today = Instant.now().atZone(config.zone()).toLocalDate();
                check.check(!due.isBefore(today), "dueDate", AppMessages::catalog_errorDueInPast);
            } catch (DateTimeParseException e) {
                check.check(false, "dueDate", AppMessages::catalog_errorDateFormat);
            }
        }
        String name = VietnameseText.nfc(in.name());
        check.check(name == null || name.length() <= 300, "name", m -> m.error_tooLong(300));
        List<StaffPosition> positions = Enums.parseAll(StaffPosition.class, in.positions(), "positions", check);
        List<SchoolLevel> levels = Enums.parseAll(SchoolLevel.class, in.schoolLevels(), "schoolLevels", check);
        List<Long> districtIds = distinct(in.districtIds());
        List<String> districtPaths = new ArrayList<>();
        for (Long id : districtIds) {
            OrgUnit d = units.findById(id);
            boolean ok = d != null && d.kind == OrgUnitKind.DISTRICT && (owner == null || d.path.startsWith(owner.path));
            if (check.check(ok, "districtIds", m -> m.catalog_errorDistrictUnknown(id))) {
                districtPaths.add(d.path);
            }
        }
        List<Long> institutionIds = distinct(in.institutionIds());
        for (Long id : institutionIds) {
            OrgUnit u = units.findById(id);
            boolean ok = u != null && u.kind == OrgUnitKind.INSTITUTION
                    && (owner == null || u.path.startsWith(owner.path));
            check.check(ok, "institutionIds", m -> m.catalog_errorInstitutionUnknown(id));
        }
        NationalIdList list = in.nationalIdsCsv() != null ? NationalIdList.parse(in.nationalIdsCsv())
                : NationalIdList.of(in.nationalIds());
        String listField = in.nationalIdsCsv() != null ? "nationalIdsCsv" : "nationalIds";
        if (!list.invalidLines().isEmpty()) {
            String lines = list.invalidLines().stream().limit(20).map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("");
            check.check(false, listField, m -> m.catalog_errorNationalIdLines(lines));
        }
        boolean byList = in.nationalIdsCsv() != null || (in.nationalIds() != null && !in.nationalIds().isEmpty());
        check.check(!byList || !list.ids().isEmpty() || !list.invalidLines().isEmpty(), listField,
                AppMessages::catalog_errorNationalIdsEmpty);
        check.check(list.ids().size() <= config.maxNationalIds(), listField,
                m -> m.catalog_errorNationalIdsTooMany(config.maxNationalIds()));
        check.throwIfInvalid();
        CampaignStore.Cohort cohort = new CampaignStore.Cohort(owner.path, positions.stream().map(Enum::name).toList(),
                levels.stream().map(Enum::name).toList(), districtPaths, institutionIds, byList, list.ids());
        return new Plan(course, owner, name == null || name.isBlank() ? course.title : name, due, cohort,
                districtIds);
    }

    private OrgUnit owner(Long orgUnitId, OrgScope scope, InputCheck check) {
        if (orgUnitId == null) {
            if (check.check(scope.paths().size() == 1, "orgUnitId", AppMessages::error_fieldRequired)) {
                return units.findByPaths(scope.paths()).get(0);
            }
            return null;
        }
        OrgUnit unit = units.findById(orgUnitId);
        return check.check(unit != null && scope.covers(unit), "orgUnitId", AppMessages::error_unitNotInScope)
                ? unit : null;
    }

    private static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(java.util.Objects::nonNull).distinct().toList();
    }
}
