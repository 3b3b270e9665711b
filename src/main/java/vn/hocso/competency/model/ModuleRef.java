package vn.hocso.competency.model;

/**
 * A module that can evidence competencies: a content package today, a course later.
 *
 * @param kind what the id refers to
 * @param id the package id (for {@link Kind#PACKAGE})
 */
public record ModuleRef(Kind kind, long id) {

    /** What a module id refers to. */
    public enum Kind {
        /** A content package (content_package.id): SCORM, cmi5 or xAPI. */
        PACKAGE
    }

    public static ModuleRef pkg(long packageId) {
        return new ModuleRef(Kind.PACKAGE, packageId);
    }
}
