package vn.hocso.content.model;

import java.util.List;
import java.util.Map;

/**
 * A namespace-free copy of an XML element kept as data (used for SCORM 2004 sequencing, whose many elements are
 * interpreted by the sequencing converter rather than modelled one by one).
 *
 * @param name local name (e.g. "sequencing", "controlMode", "ruleCondition")
 * @param attributes attributes by local name
 * @param text trimmed text content of a leaf element, or null
 * @param children child elements in document order
 */
public record XmlElement(String name, Map<String, String> attributes, String text, List<XmlElement> children) {
}
