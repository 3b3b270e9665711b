package vn.hocso.catalog.service;

/**
 * CDI event fired (in the transaction) when a course was created or changed, e.g. its packages: features that read a
 * course's composition (competency rules naming the course) observe it after the transaction succeeded.
 *
 * @param courseId the course
 */
public record CourseChanged(long courseId) {
}
