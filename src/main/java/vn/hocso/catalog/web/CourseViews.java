package vn.hocso.catalog.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.model.CourseItem;
import vn.hocso.catalog.model.Enrolment;
import vn.hocso.catalog.persistence.CampaignStore;
import vn.hocso.catalog.service.CampaignService;

/** JSON shapes of the catalogue API. */
final class CourseViews {

    private CourseViews() {
    }

    record PackageRef(long packageId, boolean required) {
    }

    record CourseView(long id, long orgUnitId, String orgUnitName, String title, String titleEn, String description,
            String descriptionEn, String track, List<String> positions, List<String> schoolLevels,
            BigDecimal durationHours, List<Long> competencyIds, List<PackageRef> packages, String completionRule,
            Integer completionMin, String status, boolean selfEnrol, Instant createdAt, Instant updatedAt) {
    }

    static CourseView of(Course c) {
        return new CourseView(c.id, c.orgUnit.id, c.orgUnit.name, c.title, c.titleEn, c.description, c.descriptionEn,
                c.track.name(), c.positions.stream().map(Enum::name).sorted().toList(),
                c.schoolLevels.stream().map(Enum::name).sorted().toList(), c.durationHours,
                c.competencyIds.stream().sorted().toList(),
                c.items.stream().map((CourseItem i) -> new PackageRef(i.packageId, i.required)).toList(),
                c.completionRule.name(), c.completionMin, c.status.name(), c.selfEnrol, c.createdAt, c.updatedAt);
    }

    record EnrolmentView(long id, long courseId, String origin, String dueDate, Instant enrolledAt,
            Instant completedAt) {
    }

    static EnrolmentView of(Enrolment e) {
        return new EnrolmentView(e.id, e.courseId, e.origin.name(), e.dueDate == null ? null : e.dueDate.toString(),
                e.enrolledAt, e.completedAt);
    }

    record CampaignView(long id, long courseId, long orgUnitId, String name, String dueDate, List<String> positions,
            List<String> schoolLevels, List<Long> districtIds, List<Long> institutionIds, int nationalIdCount,
            long enrolled, Instant createdAt, Instant lastRunAt) {
    }

    static CampaignView of(CampaignStore.Row r) {
        return new CampaignView(r.id(), r.courseId(), r.orgUnitId(), r.name(), r.dueDate().toString(), r.positions(),
                r.levels(), r.districtIds(), r.institutionIds(), r.nationalIdCount(), r.enrolled(), r.createdAt(),
                r.lastRunAt());
    }

    record LaunchView(CampaignView campaign, long created, long upgraded, CampaignService.Preview preview) {
    }

    static LaunchView of(CampaignService.Launched l) {
        return new LaunchView(of(l.campaign()), l.run().created(), l.run().upgraded(), l.preview());
    }
}
