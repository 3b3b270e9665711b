package vn.hocso.content.model;

import java.util.List;

/**
 * One organisation (activity tree root) of a SCORM manifest.
 *
 * @param sequencing the organisation's own {@code imsss:sequencing} (IDRef resolved), or null
 * @param objectivesGlobalToSystem 2004 {@code adlseq:objectivesGlobalToSystem} (default true)
 * @param sharedDataGlobalToSystem 2004 4th {@code adlcp:sharedDataGlobalToSystem} (default true)
 */
public record ScormOrganization(String identifier, String title, boolean objectivesGlobalToSystem,
        boolean sharedDataGlobalToSystem, XmlElement sequencing, List<ScormItem> items) {
}
