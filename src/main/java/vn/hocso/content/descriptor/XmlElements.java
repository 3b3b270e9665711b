package vn.hocso.content.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.XMLConstants;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import vn.hocso.content.model.XmlElement;

/** Copies DOM elements into namespace-free {@link XmlElement} trees and merges sequencing definitions. */
final class XmlElements {

    private XmlElements() {
    }

    /**
     * @return a copy of the element: local names, attributes by local name (namespace declarations dropped), the
     *         trimmed text of leaf elements, child elements in order
     */
    static XmlElement copy(Element element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; i < map.getLength(); i++) {
            Attr a = (Attr) map.item(i);
            if (!XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(a.getNamespaceURI())) {
                attributes.put(Dom.localName(a), a.getValue().trim());
            }
        }
        List<XmlElement> children = Dom.children(element).stream().map(XmlElements::copy).toList();
        String text = children.isEmpty() ? Dom.text(element) : null;
        return new XmlElement(Dom.localName(element), java.util.Collections.unmodifiableMap(attributes), text, children);
    }

    /**
     * Merges an element that refers to a shared definition with that definition: the definition's children are the
     * base and the element's own children replace all of the base's children of the same name (at the position of
     * the first one); attributes are the union, the element's winning. {@code ID} and {@code IDRef} are dropped.
     *
     * @param base the shared definition (e.g. a sequencing-collection entry)
     * @param own the referring element
     * @return the merged element, named like {@code own}
     */
    static XmlElement merge(XmlElement base, XmlElement own) {
        Map<String, String> attributes = new LinkedHashMap<>(base.attributes());
        attributes.putAll(own.attributes());
        attributes.remove("ID");
        attributes.remove("IDRef");
        Set<String> ownNames = new LinkedHashSet<>();
        own.children().forEach(c -> ownNames.add(c.name()));
        List<XmlElement> children = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        for (XmlElement child : base.children()) {
            if (!ownNames.contains(child.name())) {
                children.add(child);
            } else if (placed.add(child.name())) {
                children.addAll(named(own.children(), child.name()));
            }
        }
        for (String name : ownNames) {
            if (placed.add(name)) {
                children.addAll(named(own.children(), name));
            }
        }
        return new XmlElement(own.name(), java.util.Collections.unmodifiableMap(attributes), null, List.copyOf(children));
    }

    /** @return a copy without the {@code ID}/{@code IDRef} attributes */
    static XmlElement withoutIds(XmlElement element) {
        Map<String, String> attributes = new LinkedHashMap<>(element.attributes());
        attributes.remove("ID");
        attributes.remove("IDRef");
        return new XmlElement(element.name(), java.util.Collections.unmodifiableMap(attributes), element.text(), element.children());
    }

    private static List<XmlElement> named(List<XmlElement> elements, String name) {
        return elements.stream().filter(e -> e.name().equals(name)).toList();
    }
}
