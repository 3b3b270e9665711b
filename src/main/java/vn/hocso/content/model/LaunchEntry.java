package vn.hocso.content.model;

/**
 * Something a learner can launch.
 *
 * @param id item identifier (SCORM), AU id (cmi5) or activity id (xAPI)
 * @param title human title
 * @param kind "sco", "asset", "au" or "activity"
 * @param href path inside the package (with the item's parameters appended, normalised, never escaping the package
 *        root) or, for a cmi5 AU only, an absolute URL
 */
public record LaunchEntry(String id, String title, String kind, String href) {
}
