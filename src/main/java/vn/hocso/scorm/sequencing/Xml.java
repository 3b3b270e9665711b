package vn.hocso.scorm.sequencing;

import java.math.BigDecimal;
import java.util.List;

import vn.hocso.content.model.XmlElement;

/** Reading helpers over namespace-free {@link XmlElement} trees; every value error names the element. */
final class Xml {

    private Xml() {
    }

    /** The first child called {@code name}, or null (also when {@code element} is null). */
    static XmlElement child(XmlElement element, String name) {
        if (element == null) {
            return null;
        }
        for (XmlElement c : element.children()) {
            if (name.equals(c.name())) {
                return c;
            }
        }
        return null;
    }

    /** The children called {@code name} in document order (empty when {@code element} is null). */
    static List<XmlElement> children(XmlElement element, String name) {
        if (element == null) {
            return List.of();
        }
        return element.children().stream().filter(c -> name.equals(c.name())).toList();
    }

    /** The trimmed attribute, or null when absent or blank. */
    static String attr(XmlElement element, String name) {
        if (element == null || element.attributes() == null) {
            return null;
        }
        String v = element.attributes().get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** An {@code xs:boolean} attribute ("true"/"false"/"1"/"0"), or null when absent. */
    static Boolean bool(XmlElement element, String name) {
        String v = attr(element, name);
        if (v == null) {
            return null;
        }
        return switch (v) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> throw invalid(element, name, v);
        };
    }

    /** An {@code xs:nonNegativeInteger} attribute, or null when absent. */
    static Integer nonNegativeInt(XmlElement element, String name) {
        String v = attr(element, name);
        if (v == null) {
            return null;
        }
        try {
            int i = Integer.parseInt(v);
            if (i >= 0) {
                return i;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(element, name, v);
    }

    /** An {@code xs:decimal} attribute, or null when absent. */
    static BigDecimal decimal(XmlElement element, String name) {
        return decimal(element, name, attr(element, name));
    }

    /** The element's text as an {@code xs:decimal}, or null when the element is absent or empty. */
    static BigDecimal decimalText(XmlElement element) {
        if (element == null || element.text() == null || element.text().isBlank()) {
            return null;
        }
        return decimal(element, "#text", element.text().trim());
    }

    private static BigDecimal decimal(XmlElement element, String name, String v) {
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v);
        } catch (NumberFormatException e) {
            throw invalid(element, name, v);
        }
    }

    private static IllegalArgumentException invalid(XmlElement element, String name, String value) {
        return new IllegalArgumentException(
                "invalid value '" + value + "' for " + element.name() + (name.equals("#text") ? "" : "@" + name));
    }
}
