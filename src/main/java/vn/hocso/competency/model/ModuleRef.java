package vn.hocso.competency.model;

/**
 * A module that can evidence competencies: a content package, or a course of the catalogue (met when its completion
 * rule is met by the learner's package evidence).
 *
 * @param kind what the id refers to
 * @param id the package id ({@link Kind#PACKAGE}) or course id ({@link Kind#COURSE})
 */
public record ModuleRef(Kind kind, long id) {

    /** What a module id refers to. */
    public enum Kind {
        /** A content package (content_package.id): SCORM, cmi5 or xAPI. */
        PACKAGE,
        /** A course (course.id): its packages, judged by its completion rule. */
        COURSE
    }

    public static ModuleRef pkg(long packageId) {
        return new ModuleRef(Kind.PACKAGE, packageId);
    }

    public static ModuleRef course(long courseId) {
        return new ModuleRef(Kind.COURSE, courseId);
    }
}
