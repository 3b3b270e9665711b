package vn.hocso.content.model;

import java.util.List;

/**
 * What a package's root descriptor says, parsed and checked: the standard and edition, the title, the structure of
 * its standard (exactly one of {@code scorm}, {@code cmi5}, {@code tincan} is set) and the entries a learner can
 * launch. Built by the descriptor readers; stored with the package version (as JSON) and returned by the API.
 *
 * @param standard detected standard
 * @param edition SCORM 2004: "2nd", "3rd" or "4th"; SCORM 1.2: "1.2"; null otherwise
 * @param title the package title (organisation / course / first activity name), never blank
 * @param scorm SCORM organisations, items and resources, or null
 * @param cmi5 cmi5 course structure, or null
 * @param tincan tincan.xml activities, or null
 * @param launches every launchable entry in delivery order (SCOs and assets; AUs; activities with a launch)
 * @param warnings problems that do not stop the import (e.g. a listed {@code <file>} absent from the archive)
 */
public record PackageDescriptor(Standard standard, String edition, String title, ScormStructure scorm,
        Cmi5Course cmi5, List<TincanActivity> tincan, List<LaunchEntry> launches, List<String> warnings) {
}
