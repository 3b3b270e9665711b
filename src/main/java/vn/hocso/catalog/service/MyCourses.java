package vn.hocso.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.hocso.catalog.config.CatalogConfig;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.model.Enrolment;
import vn.hocso.catalog.persistence.CourseRepository;
import vn.hocso.catalog.persistence.EnrolmentRepository;

/**
 * A learner's courses for the home page: assigned ones first (earliest due date first, overdue ones flagged), then
 * the other courses in progress, then the completed ones.
 */
@ApplicationScoped
public class MyCourses {

    /** Date format of due dates everywhere (pages and e-mails). */
    public static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CourseRepository courses;

    @Inject
    CourseProgress progress;

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogConfig config;

    /**
     * One course of the learner.
     *
     * @param due      due date as dd/MM/yyyy, or null for self-enrolments
     * @param daysLeft days until the due date (negative when overdue), or null
     */
    public record Row(long courseId, String title, String titleEn, Enrolment.Origin origin, String due,
            Long daysLeft, boolean overdue, int done, int needed, boolean started, Instant completedAt) {

        /** Days past the due date (for overdue rows), else 0. */
        public long overdueDays() {
            return overdue ? -daysLeft : 0;
        }

        public String titleIn(String lang) {
            return "en".equals(lang) && titleEn != null ? titleEn : title;
        }
    }

    /** The three sections of the home page. */
    public record Home(List<Row> assigned, List<Row> inProgress, List<Row> completed) {

        public boolean isEmpty() {
            return assigned.isEmpty() && inProgress.isEmpty() && completed.isEmpty();
        }
    }

    /** The learner's courses, sorted into the home page's sections, as of {@code now}. */
    @Transactional
    public Home of(long accountId, Instant now) {
        LocalDate today = now.atZone(config.zone()).toLocalDate();
        List<Row> assigned = new ArrayList<>();
        List<Row> inProgress = new ArrayList<>();
        List<Row> completed = new ArrayList<>();
        for (Enrolment e : enrolments.ofAccount(accountId)) {
            Course c = courses.findById(e.courseId);
            CourseProgress.Progress p = progress.of(accountId, c);
            catalogue.markCompleted(e, p);
            Long daysLeft = e.dueDate == null ? null : ChronoUnit.DAYS.between(today, e.dueDate);
            Row row = new Row(c.id, c.title, c.titleEn, e.origin, e.dueDate == null ? null : DUE.format(e.dueDate),
                    daysLeft, daysLeft != null && daysLeft < 0 && e.completedAt == null, p.done(), p.needed(),
                    p.started(), e.completedAt);
            if (e.completedAt != null) {
                completed.add(row);
            } else if (e.origin == Enrolment.Origin.ASSIGNED) {
                assigned.add(row);
            } else {
                inProgress.add(row);
            }
        }
        assigned.sort(Comparator.comparing(Row::daysLeft).thenComparing(Row::title));
        inProgress.sort(Comparator.comparing(Row::started).reversed().thenComparing(Row::title));
        completed.sort(Comparator.comparing(Row::completedAt).reversed());
        return new Home(assigned, inProgress, completed);
    }
}
