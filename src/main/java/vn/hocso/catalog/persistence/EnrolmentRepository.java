package vn.hocso.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import vn.hocso.catalog.model.Enrolment;

/** Enrolments of learners in courses. */
@ApplicationScoped
public class EnrolmentRepository implements PanacheRepository<Enrolment> {

    /** The learner's enrolment in a course, if any. */
    public Optional<Enrolment> of(long accountId, long courseId) {
        return find("accountId = ?1 and courseId = ?2", accountId, courseId).firstResultOptional();
    }

    /** All enrolments of a learner. */
    public List<Enrolment> ofAccount(long accountId) {
        return list("accountId = ?1 order by id", accountId);
    }
}
