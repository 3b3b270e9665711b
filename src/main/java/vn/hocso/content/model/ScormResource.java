package vn.hocso.content.model;

import java.util.List;

/**
 * One resource of a SCORM manifest.
 *
 * @param scormType "sco" or "asset" ({@code adlcp:scormtype} / {@code adlcp:scormType}), or null
 * @param href launch file relative to the package root (xml:base applied), or null
 * @param files the {@code <file href>} entries (xml:base applied)
 * @param dependencies identifiers of the resources it depends on
 */
public record ScormResource(String identifier, String type, String scormType, String href, List<String> files,
        List<String> dependencies) {
}
