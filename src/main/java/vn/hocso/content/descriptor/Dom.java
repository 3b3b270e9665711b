package vn.hocso.content.descriptor;

import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Namespace-tolerant DOM look-ups by local name (descriptors in the wild mix prefixes and namespaces). */
final class Dom {

    private Dom() {
    }

    static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    /** @return the child elements with that local name (any namespace), in document order */
    static List<Element> children(Element parent, String localName) {
        List<Element> out = new ArrayList<>();
        for (Element child : children(parent)) {
            if (localName(child).equals(localName)) {
                out.add(child);
            }
        }
        return out;
    }

    /** @return all child elements in document order */
    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.ELEMENT_NODE) {
                out.add((Element) n);
            }
        }
        return out;
    }

    /** @return the first child element with that local name, or null */
    static Element child(Element parent, String localName) {
        List<Element> found = children(parent, localName);
        return found.isEmpty() ? null : found.get(0);
    }

    /** @return the trimmed text of the first such child, or null when absent or blank */
    static String childText(Element parent, String localName) {
        Element child = parent == null ? null : child(parent, localName);
        return child == null ? null : text(child);
    }

    /** @return the element's trimmed text content, or null when blank */
    static String text(Element element) {
        String text = element.getTextContent();
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * @param ignoreCase whether the local name is compared ignoring case ({@code scormtype} vs {@code scormType})
     * @return the value of the attribute with that local name in any namespace (namespace declarations excluded),
     *         or null
     */
    static String attr(Element element, String localName, boolean ignoreCase) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr a = (Attr) attributes.item(i);
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                continue;
            }
            String name = localName(a);
            if (ignoreCase ? name.equalsIgnoreCase(localName) : name.equals(localName)) {
                return a.getValue();
            }
        }
        return null;
    }

    /** @return {@link #attr} with exact case, trimmed, blank as null */
    static String attr(Element element, String localName) {
        String value = attr(element, localName, false);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
