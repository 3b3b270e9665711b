package vn.hocso.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.Hibernate;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.model.CourseItem;
import vn.hocso.catalog.model.Track;
import vn.hocso.catalog.persistence.CourseRepository;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.Enums;
import vn.hocso.platform.web.InputCheck;

/**
 * Creating and changing courses within the caller's TRAINER/ADMIN subtrees. Every write is validated as a whole (all
 * field errors at once, 422) and recorded in the audit log in the same transaction.
 */
@ApplicationScoped
@Transactional
public class CourseService {

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 10_000;
    static final BigDecimal MAX_HOURS = new BigDecimal("9999.9");

    @Inject
    jakarta.enterprise.event.Event<CourseChanged> changed;

    @Inject
    CourseRepository courses;

    @Inject
    PackageRepository packages;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    /** Who writes and where: the caller's account and TRAINER/ADMIN scope. */
    public record Author(long accountId, OrgScope scope) {
    }

    /**
     * Creates a course owned by {@code in.orgUnitId()} (or the author's only subtree).
     *
     * @throws DomainException 422 listing every invalid field (unknown track, position, level, package or
     *                         competency; owner unit outside the scope; bad completion rule)
     */
    public Course create(CourseInput in, Author author) {
        OrgUnit owner = owner(in.orgUnitId(), author.scope());
        Course c = new Course();
        c.orgUnit = owner;
        c.createdBy = author.accountId();
        apply(c, in);
        courses.persist(c);
        changed.fire(new CourseChanged(c.id));
        audit.recordForCaller("catalog.course.create", "course", Long.toString(c.id), owner.path,
                Map.of("title", c.title, "status", c.status.name(), "packages", c.items.size()));
        return c;
    }

    /**
     * Replaces a course's description, packages and rules (the owner unit stays).
     *
     * @throws DomainException 404 when the course does not exist or lies outside the author's scope
     * @throws DomainException 422 listing every invalid field
     */
    public Course update(long id, CourseInput in, Author author) {
        Course c = managed(id, author.scope());
        Course.Status before = c.status;
        apply(c, in);
        c.updatedAt = Instant.now();
        changed.fire(new CourseChanged(c.id));
        audit.recordForCaller("catalog.course.update", "course", Long.toString(c.id), c.orgUnit.path,
                Map.of("title", c.title, "status", c.status.name(), "statusBefore", before.name(),
                        "packages", c.items.size()));
        return c;
    }

    /**
     * A course the caller manages, with its collections loaded.
     *
     * @throws DomainException 404 when it does not exist or lies outside the scope
     */
    public Course managed(long id, OrgScope scope) {
        Course c = courses.findById(id);
        if (c == null || !scope.covers(c.orgUnit)) {
            throw DomainException.notFound();
        }
        load(c);
        return c;
    }

    /** Loads a course's lazy parts (for views outside the transaction). */
    static void load(Course c) {
        Hibernate.initialize(c.orgUnit);
        Hibernate.initialize(c.items);
        Hibernate.initialize(c.positions);
        Hibernate.initialize(c.schoolLevels);
        Hibernate.initialize(c.competencyIds);
    }

    private OrgUnit owner(Long orgUnitId, OrgScope scope) {
        if (orgUnitId == null) {
            if (scope.paths().size() != 1) {
                throw new DomainException(422, AppMessages::error_validation, List.of(
                        new DomainException.FieldError("orgUnitId", AppMessages::error_fieldRequired)));
            }
            return units.findByPaths(scope.paths()).get(0);
        }
        OrgUnit unit = units.findById(orgUnitId);
        if (unit == null || !scope.covers(unit)) {
            throw new DomainException(422, AppMessages::error_validation, List.of(
                    new DomainException.FieldError("orgUnitId", AppMessages::error_unitNotInScope)));
        }
        return unit;
    }

    private void apply(Course c, CourseInput in) {
        InputCheck check = new InputCheck();
        String title = VietnameseText.nfc(in.title());
        if (check.required(title, "title")) {
            check.check(title.length() <= MAX_TITLE, "title", m -> m.error_tooLong(MAX_TITLE));
        }
        String titleEn = blankToNull(VietnameseText.nfc(in.titleEn()));
        check.check(titleEn == null || titleEn.length() <= MAX_TITLE, "titleEn", m -> m.error_tooLong(MAX_TITLE));
        String description = blankToNull(in.description() == null ? null
                : java.text.Normalizer.normalize(in.description().strip(), java.text.Normalizer.Form.NFC));
        String descriptionEn = blankToNull(in.descriptionEn() == null ? null : in.descriptionEn().strip());
        check.check(description == null || description.length() <= MAX_DESCRIPTION, "description",
                m -> m.error_tooLong(MAX_DESCRIPTION));
        check.check(descriptionEn == null || descriptionEn.length() <= MAX_DESCRIPTION, "descriptionEn",
                m -> m.error_tooLong(MAX_DESCRIPTION));
        Track track = Enums.parse(Track.class, in.track(), "track", check);
        check.required(in.track(), "track");
        List<StaffPosition> positions = Enums.parseAll(StaffPosition.class, in.positions(), "positions", check);
        List<SchoolLevel> levels = Enums.parseAll(SchoolLevel.class, in.schoolLevels(), "schoolLevels", check);
        if (check.required(in.durationHours(), "durationHours")) {
            check.check(in.durationHours().signum() > 0 && in.durationHours().compareTo(MAX_HOURS) <= 0
                    && in.durationHours().stripTrailingZeros().scale() <= 1, "durationHours",
                    AppMessages::catalog_errorDuration);
        }
        Course.Status status = in.status() == null ? Course.Status.DRAFT
                : Enums.parse(Course.Status.class, in.status(), "status", check);
        Course.CompletionRule rule = in.completionRule() == null ? Course.CompletionRule.ALL
                : Enums.parse(Course.CompletionRule.class, in.completionRule(), "completionRule", check);
        List<CourseItem> items = items(in.packages(), c.orgUnit, check);
        if (rule == Course.CompletionRule.N_OF_M) {
            int m = items.size();
            check.check(in.completionMin() != null && in.completionMin() >= 1 && in.completionMin() <= Math.max(1, m),
                    "completionMin", msg -> msg.catalog_errorCompletionMin(Math.max(1, m)));
        } else if (rule == Course.CompletionRule.REQUIRED) {
            check.check(items.isEmpty() || items.stream().anyMatch(i -> i.required), "packages",
                    AppMessages::catalog_errorNoRequired);
        }
        List<Long> competencies = in.competencyIds() == null ? List.of()
                : in.competencyIds().stream().filter(java.util.Objects::nonNull).distinct().toList();
        Set<Long> known = new HashSet<>(courses.existingCompetencies(competencies));
        for (Long id : competencies) {
            check.check(known.contains(id), "competencyIds", m -> m.catalog_errorCompetencyUnknown(id));
        }
        check.throwIfInvalid();

        c.title = title;
        c.titleEn = titleEn;
        c.description = description;
        c.descriptionEn = descriptionEn;
        c.track = track;
        c.positions.clear();
        c.positions.addAll(positions.isEmpty() ? EnumSet.noneOf(StaffPosition.class) : EnumSet.copyOf(positions));
        c.schoolLevels.clear();
        c.schoolLevels.addAll(levels);
        c.durationHours = in.durationHours().setScale(1, java.math.RoundingMode.UNNECESSARY);
        c.status = status;
        c.selfEnrol = Boolean.TRUE.equals(in.selfEnrol());
        c.completionRule = rule;
        c.completionMin = rule == Course.CompletionRule.N_OF_M ? in.completionMin() : null;
        c.items.clear();
        c.items.addAll(items);
        c.competencyIds.clear();
        c.competencyIds.addAll(competencies);
        c.searchText = VietnameseText.searchKey(String.join(" ", title, titleEn == null ? "" : titleEn,
                description == null ? "" : description, descriptionEn == null ? "" : descriptionEn));
        if (c.searchText.length() > 4000) {
            c.searchText = c.searchText.substring(0, 4000);
        }
    }

    /**
     * The packages, checked: each must exist, be active and be takeable by the learners of the course's unit (owned by
     * that unit or one above it), and appear once.
     */
    private List<CourseItem> items(List<CourseInput.PackageRef> refs, OrgUnit owner, InputCheck check) {
        List<CourseItem> out = new ArrayList<>();
        if (refs == null || refs.isEmpty()) {
            check.check(false, "packages", AppMessages::catalog_errorPackagesRequired);
            return out;
        }
        Set<Long> seen = new LinkedHashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            CourseInput.PackageRef ref = refs.get(i);
            String field = "packages[" + i + "]";
            if (!check.required(ref == null ? null : ref.packageId(), field)) {
                continue;
            }
            long id = ref.packageId();
            ContentPackage p = packages.findById(id);
            boolean usable = p != null && p.status == ContentPackage.Status.ACTIVE
                    && owner.path.startsWith(p.orgUnit.path);
            if (check.check(usable, field, m -> m.catalog_errorPackageUnknown(id))
                    && check.check(seen.add(id), field, m -> m.catalog_errorPackageTwice(id))) {
                out.add(new CourseItem(id, ref.required() == null || ref.required()));
            }
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
