package vn.hocso.content.model;

/**
 * An activity of a {@code tincan.xml}.
 *
 * @param launch launch path relative to the package root, or null when the activity is not launchable
 */
public record TincanActivity(String id, String type, String name, String description, String launch) {
}
