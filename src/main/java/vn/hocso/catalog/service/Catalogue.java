package vn.hocso.catalog.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.model.Enrolment;
import vn.hocso.catalog.model.Track;
import vn.hocso.catalog.persistence.CourseRepository;
import vn.hocso.catalog.persistence.EnrolmentRepository;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/**
 * What signed-in users see of courses: a published course is visible to everyone whose unit lies in the owner unit's
 * subtree; trainers, administrators and auditors also see every course (any status) of the subtrees they hold those
 * roles on. Self-enrolment is open to learners of the subtree when the course allows it.
 */
@ApplicationScoped
@Transactional
public class Catalogue {

    @Inject
    CourseRepository courses;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CourseProgress progress;

    /** Catalogue filters; nulls mean "any". */
    public record Query(String text, Track track, StaffPosition position, SchoolLevel level, BigDecimal maxHours) {
    }

    /**
     * One page of the courses visible to the user that match the query, by title.
     *
     * @param publishedOnly true for the learners' catalogue; false for the API, which adds managed drafts
     */
    public PageResult<Course> search(CurrentUser user, Query q, boolean publishedOnly, PageRequest page) {
        PageResult<Course> result = courses.search(new CourseRepository.Filter(unitPaths(user), managerScope(user),
                VietnameseText.searchKey(q.text()), q.track(), q.position(), q.level(), q.maxHours(), publishedOnly),
                page);
        result.items().forEach(CourseService::load);
        return result;
    }

    /**
     * A course the user may see, loaded.
     *
     * @throws DomainException 404 when it does not exist or is not visible to the user
     */
    public Course visible(long id, CurrentUser user) {
        Course c = courses.findById(id);
        if (c == null || !(isPublishedFor(c, unitPaths(user)) || managerScope(user).covers(c.orgUnit))) {
            throw DomainException.notFound();
        }
        CourseService.load(c);
        return c;
    }

    /** A course as the learner sees it: the course, their enrolment (if any) and their progress. */
    public record CourseView(Course course, Enrolment enrolment, CourseProgress.Progress progress,
            boolean canSelfEnrol) {
    }

    /**
     * The course page's content for the user.
     *
     * @throws DomainException 404 when the course is not visible to the user
     */
    public CourseView view(long id, CurrentUser user) {
        Course c = visible(id, user);
        Optional<Enrolment> e = enrolments.of(user.id(), id);
        CourseProgress.Progress p = progress.of(user.id(), c);
        e.ifPresent(en -> markCompleted(en, p));
        boolean canEnrol = e.isEmpty() && c.selfEnrol && c.status == Course.Status.PUBLISHED
                && isPublishedFor(c, user.scope(Role.LEARNER).paths());
        return new CourseView(c, e.orElse(null), p, canEnrol);
    }

    /**
     * Enrols the user in a course that allows self-enrolment; enrolling again changes nothing.
     *
     * @return the enrolment and whether it was created now
     * @throws DomainException 404 when the course is not visible to the user
     * @throws DomainException 403 when the user is not a learner of the course's subtree or the course does not allow
     *                         self-enrolment (or is not published)
     */
    public Enrolled selfEnrol(long id, CurrentUser user) {
        Course c = visible(id, user);
        Optional<Enrolment> existing = enrolments.of(user.id(), id);
        if (existing.isPresent()) {
            return new Enrolled(existing.get(), false);
        }
        if (!c.selfEnrol || c.status != Course.Status.PUBLISHED
                || !isPublishedFor(c, user.scope(Role.LEARNER).paths())) {
            throw new DomainException(403, AppMessages::catalog_errorSelfEnrolClosed);
        }
        Enrolment e = new Enrolment();
        e.courseId = id;
        e.accountId = user.id();
        e.origin = Enrolment.Origin.SELF;
        enrolments.persist(e);
        return new Enrolled(e, true);
    }

    /** An enrolment and whether the call created it. */
    public record Enrolled(Enrolment enrolment, boolean created) {
    }

    /** Records completion the first time it is observed (reminders stop, the home page moves the course). */
    void markCompleted(Enrolment e, CourseProgress.Progress p) {
        if (p.completed() && e.completedAt == null) {
            Enrolment managed = enrolments.findById(e.id);
            managed.completedAt = Instant.now();
            e.completedAt = managed.completedAt;
        }
    }

    private static boolean isPublishedFor(Course c, List<String> unitPaths) {
        return c.status == Course.Status.PUBLISHED && unitPaths.stream().anyMatch(p -> p.startsWith(c.orgUnit.path));
    }

    /** The roots of every subtree the user holds any role on: courses above them are published for the user. */
    static List<String> unitPaths(CurrentUser user) {
        return new ArrayList<>(user.scope(Role.LEARNER, Role.TRAINER, Role.ADMIN, Role.AUDITOR).paths());
    }

    /** Where the user sees courses of any status. */
    static OrgScope managerScope(CurrentUser user) {
        return user.scope(Role.TRAINER, Role.ADMIN, Role.AUDITOR);
    }
}
