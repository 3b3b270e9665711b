package vn.hocso.content.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A block or an AU of a cmi5 course. AU-only fields are null on blocks; {@code children} is empty on AUs.
 *
 * @param type "block" or "au"
 * @param url AU launch URL as written (relative to the package root, or absolute)
 * @param moveOn Passed, Completed, CompletedAndPassed, CompletedOrPassed or NotApplicable (default NotApplicable)
 * @param masteryScore 0..1, or null
 * @param launchMethod AnyWindow (default) or OwnWindow
 * @param activityType the AU's activityType attribute, or null
 */
public record Cmi5Node(String type, String id, Map<String, String> titles, Map<String, String> descriptions,
        String url, String moveOn, BigDecimal masteryScore, String launchMethod, String launchParameters,
        String entitlementKey, String activityType, List<Cmi5Node> children) {
}
