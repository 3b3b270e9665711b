package vn.hocso.content.model;

import java.util.List;

/**
 * The content structure of a SCORM manifest.
 *
 * @param identifier manifest identifier
 * @param defaultOrganization identifier of the default organisation (the first one when the manifest names none)
 * @param organizations organisations in manifest order
 * @param resources resources in manifest order
 * @param sequencingCollection the manifest's {@code imsss:sequencingCollection} children (each an
 *        {@code imsss:sequencing} with an ID), kept for reference; items already have their IDRef resolved
 */
public record ScormStructure(String identifier, String defaultOrganization, List<ScormOrganization> organizations,
        List<ScormResource> resources, List<XmlElement> sequencingCollection) {
}
