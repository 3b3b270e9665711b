package vn.hocso.content.descriptor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.xml.XMLConstants;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.archive.PackageRejected.Reason;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.ScormItem;
import vn.hocso.content.model.ScormOrganization;
import vn.hocso.content.model.ScormResource;
import vn.hocso.content.model.ScormStructure;
import vn.hocso.content.model.XmlElement;

/**
 * Parses a SCORM 1.2 / 2004 {@code imsmanifest.xml}: organisations and nested items (titles, parameters,
 * isvisible, the ADL CP per-item data in either spelling, hideLMSUI), resources (xml:base on manifest, resources and
 * resource; files; dependencies), 2004 sequencing as {@link XmlElement} trees with {@code IDRef}s to the sequencing
 * collection merged in, and the launch entries (every leaf item with a resource, default organisation first).
 *
 * <p>Rejects: not well-formed or not a manifest ({@code descriptor.invalid}, also for an item naming an unknown
 * resource), DOCTYPE ({@code descriptor.doctype}), a launch href outside the package ({@code launch.outside}), a
 * launch file absent from the archive ({@code launch.missing}, unless {@link LaunchFileCheck#WARN}), nothing to
 * launch ({@code descriptor.noLaunch}). A listed {@code <file href>} absent from the archive is only a warning.
 */
public final class ScormManifestParser {

    /** Namespace of the IMS CP 1.1.2 manifest used by SCORM 1.2. */
    public static final String NS_SCORM_12 = "http://www.imsproject.org/xsd/imscp_rootv1p1p2";
    /** Namespace of the IMS CP 1.1 manifest used by SCORM 2004 (and by some SCORM 1.2 packages). */
    public static final String NS_SCORM_2004 = "http://www.imsglobal.org/xsd/imscp_v1p1";

    private static final String FILE = "imsmanifest.xml";

    private final PackageArchive archive;
    private final LaunchFileCheck check;
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> reportedMissing = new LinkedHashSet<>();
    private final Map<String, ScormResource> resources = new LinkedHashMap<>();
    private final Map<String, XmlElement> collection = new LinkedHashMap<>();

    private ScormManifestParser(PackageArchive archive, LaunchFileCheck check) {
        this.archive = archive;
        this.check = check;
    }

    /**
     * @param xml the manifest's bytes
     * @param archive the package, to check launch files and listed files against
     * @param check what to do about a missing launch file
     * @return the parsed descriptor, standard SCORM_12 or SCORM_2004
     * @throws PackageRejected as listed in the class comment
     */
    public static PackageDescriptor parse(byte[] xml, PackageArchive archive, LaunchFileCheck check) {
        return new ScormManifestParser(archive, check).parse(SafeXml.parse(xml, FILE));
    }

    private PackageDescriptor parse(Document doc) {
        Element manifest = doc.getDocumentElement();
        if (!Dom.localName(manifest).equals("manifest")) {
            throw invalid("the root element is <" + Dom.localName(manifest) + ">, not <manifest>");
        }
        ScormVersion version = ScormVersion.detect(manifest, warnings);
        String identifier = Dom.attr(manifest, "identifier");
        String base = xmlBase(manifest, null);
        Element resourcesElement = Dom.child(manifest, "resources");
        if (resourcesElement != null) {
            String resourcesBase = xmlBase(resourcesElement, base);
            for (Element r : Dom.children(resourcesElement, "resource")) {
                ScormResource resource = resource(r, resourcesBase);
                if (resource.identifier() != null) {
                    resources.putIfAbsent(resource.identifier(), resource);
                }
            }
        }
        Element seqCollection = Dom.child(manifest, "sequencingCollection");
        if (seqCollection != null) {
            for (Element s : Dom.children(seqCollection, "sequencing")) {
                String id = Dom.attr(s, "ID");
                if (id != null) {
                    collection.put(id, XmlElements.copy(s));
                }
            }
        }
        List<ScormOrganization> organizations = new ArrayList<>();
        Element orgs = Dom.child(manifest, "organizations");
        String defaultOrg = orgs == null ? null : Dom.attr(orgs, "default");
        if (orgs != null) {
            for (Element o : Dom.children(orgs, "organization")) {
                organizations.add(organization(o));
            }
        }
        defaultOrg = chooseDefault(defaultOrg, organizations);
        List<LaunchEntry> launches = launches(organizations, defaultOrg);
        if (launches.isEmpty()) {
            throw new PackageRejected(Reason.DESCRIPTOR_NO_LAUNCH, FILE);
        }
        ScormStructure structure = new ScormStructure(identifier, defaultOrg, List.copyOf(organizations),
                List.copyOf(resources.values()), List.copyOf(collection.values()));
        String title = organizations.stream().filter(o -> o.identifier() != null && o.identifier().equals(
                structure.defaultOrganization())).map(ScormOrganization::title).findFirst().orElse(null);
        return new PackageDescriptor(version.standard(), version.edition(), firstNonBlank(title, identifier, "Untitled package"),
                structure, null, null, launches, List.copyOf(warnings));
    }

    private String chooseDefault(String named, List<ScormOrganization> organizations) {
        if (organizations.isEmpty()) {
            return null;
        }
        if (named != null && organizations.stream().anyMatch(o -> named.equals(o.identifier()))) {
            return named;
        }
        if (named != null) {
            warnings.add("The default organization \"" + named + "\" does not exist; the first one is used.");
        }
        return organizations.get(0).identifier();
    }

    private ScormResource resource(Element r, String parentBase) {
        String base = xmlBase(r, parentBase);
        String identifier = Dom.attr(r, "identifier");
        String scormType = Dom.attr(r, "scormtype", true);
        String href = Dom.attr(r, "href");
        String resolvedHref = href == null ? null
                : Hrefs.inside(Hrefs.resolve(base, href), archive).map(Hrefs.PackageHref::href)
                        .orElse(Hrefs.resolve(base, href));
        List<String> files = new ArrayList<>();
        for (Element f : Dom.children(r, "file")) {
            String fileHref = Dom.attr(f, "href");
            if (fileHref != null) {
                files.add(listedFile(identifier, Hrefs.resolve(base, fileHref)));
            }
        }
        List<String> dependencies = Dom.children(r, "dependency").stream().map(d -> Dom.attr(d, "identifierref"))
                .filter(d -> d != null).toList();
        return new ScormResource(identifier, Dom.attr(r, "type"),
                scormType == null ? null : scormType.trim().toLowerCase(Locale.ROOT), resolvedHref,
                List.copyOf(files), dependencies);
    }

    /** Checks a listed file: absent or outside → warning, never an error. */
    private String listedFile(String resourceId, String href) {
        Optional<Hrefs.PackageHref> inside = Hrefs.inside(href, archive);
        if (inside.isEmpty()) {
            warnings.add("Resource \"" + resourceId + "\" lists the file \"" + href
                    + "\", which is outside the package.");
            return href;
        }
        String path = inside.get().path();
        if (!archive.contains(path) && reportedMissing.add(path)) {
            warnings.add("Resource \"" + resourceId + "\" lists the file \"" + path
                    + "\", which is not in the package.");
        }
        return path;
    }

    private ScormOrganization organization(Element o) {
        String identifier = Dom.attr(o, "identifier");
        List<ScormItem> items = Dom.children(o, "item").stream().map(this::item).toList();
        return new ScormOrganization(identifier, firstNonBlank(Dom.childText(o, "title"), identifier, ""),
                !"false".equalsIgnoreCase(Dom.attr(o, "objectivesGlobalToSystem")),
                !"false".equalsIgnoreCase(Dom.attr(o, "sharedDataGlobalToSystem")), sequencing(o), items);
    }

    private ScormItem item(Element e) {
        String identifier = Dom.attr(e, "identifier");
        String identifierRef = Dom.attr(e, "identifierref");
        String parameters = Dom.attr(e, "parameters");
        List<ScormItem> children = Dom.children(e, "item").stream().map(this::item).toList();
        String title = firstNonBlank(Dom.childText(e, "title"), identifier, "");
        ScormResource resource = null;
        String launchHref = null;
        if (children.isEmpty() && identifierRef != null) {
            resource = resources.get(identifierRef);
            if (resource == null) {
                throw invalid("item \"" + identifier + "\" refers to the resource \"" + identifierRef
                        + "\", which does not exist");
            }
            launchHref = launchHref(identifier, resource, parameters);
        }
        return new ScormItem(identifier, title, identifierRef, parameters,
                !"false".equalsIgnoreCase(Dom.attr(e, "isvisible")), launchHref,
                resource == null ? null : Optional.ofNullable(resource.scormType()).orElse("asset"),
                adlcpText(e, "masteryscore"), adlcpText(e, "datafromlms"), adlcpText(e, "timelimitaction"),
                adlcpText(e, "maxtimeallowed"), completionThreshold(e), hideLmsUi(e), sequencing(e), children);
    }

    private String launchHref(String itemId, ScormResource resource, String parameters) {
        if (resource.href() == null) {
            throw new PackageRejected(Reason.LAUNCH_MISSING, itemId,
                    "(resource \"" + resource.identifier() + "\" has no href)");
        }
        Hrefs.PackageHref href = Hrefs.launch(itemId, resource.href(), archive, check, (path, warning) -> {
            if (reportedMissing.add(path)) {
                warnings.add(warning);
            }
        });
        return Hrefs.appendParameters(href.href(), parameters);
    }

    /** ADL CP item data in any letter case: {@code masteryscore}, {@code dataFromLMS}, {@code timeLimitAction}… */
    private static String adlcpText(Element item, String lowerName) {
        for (Element child : Dom.children(item)) {
            if (Dom.localName(child).equalsIgnoreCase(lowerName)) {
                return Dom.text(child);
            }
        }
        return null;
    }

    /** 2004 3rd: the element's text; 4th: its {@code minProgressMeasure} attribute. */
    private static String completionThreshold(Element item) {
        Element threshold = Dom.child(item, "completionThreshold");
        if (threshold == null) {
            return null;
        }
        return firstNonBlank(Dom.attr(threshold, "minProgressMeasure"), Dom.text(threshold), null);
    }

    private static List<String> hideLmsUi(Element item) {
        List<String> values = new ArrayList<>();
        for (Element presentation : Dom.children(item, "presentation")) {
            for (Element nav : Dom.children(presentation, "navigationInterface")) {
                for (Element hide : Dom.children(nav, "hideLMSUI")) {
                    Optional.ofNullable(Dom.text(hide)).ifPresent(values::add);
                }
            }
        }
        return List.copyOf(values);
    }

    private XmlElement sequencing(Element owner) {
        Element element = Dom.child(owner, "sequencing");
        if (element == null) {
            return null;
        }
        XmlElement own = XmlElements.copy(element);
        String ref = own.attributes().get("IDRef");
        if (ref == null) {
            return own;
        }
        XmlElement shared = collection.get(ref);
        if (shared == null) {
            warnings.add("Sequencing refers to \"" + ref + "\", which is not in the sequencing collection.");
            return XmlElements.withoutIds(own);
        }
        return XmlElements.merge(shared, own);
    }

    private List<LaunchEntry> launches(List<ScormOrganization> organizations, String defaultOrg) {
        List<LaunchEntry> out = new ArrayList<>();
        organizations.stream().filter(o -> o.identifier() != null && o.identifier().equals(defaultOrg))
                .forEach(o -> collect(o.items(), out));
        organizations.stream().filter(o -> o.identifier() == null || !o.identifier().equals(defaultOrg))
                .forEach(o -> collect(o.items(), out));
        if (organizations.isEmpty()) {
            warnings.add("The manifest has no organization; every resource with an href is offered for launch.");
            for (ScormResource r : resources.values()) {
                if (r.href() != null) {
                    String href = launchHref(r.identifier(), r, null);
                    out.add(new LaunchEntry(r.identifier(), r.identifier(),
                            Optional.ofNullable(r.scormType()).orElse("asset"), href));
                }
            }
        }
        return List.copyOf(out);
    }

    private static void collect(List<ScormItem> items, List<LaunchEntry> out) {
        for (ScormItem item : items) {
            if (item.launchHref() != null) {
                out.add(new LaunchEntry(item.identifier(), item.title(), item.scormType(), item.launchHref()));
            }
            collect(item.children(), out);
        }
    }

    private static String xmlBase(Element element, String parentBase) {
        String base = element.getAttributeNS(XMLConstants.XML_NS_URI, "base");
        if (base == null || base.isBlank()) {
            return parentBase;
        }
        return Hrefs.resolve(parentBase, base.trim().replace('\\', '/'));
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return values[values.length - 1];
    }

    private static PackageRejected invalid(String detail) {
        return new PackageRejected(Reason.DESCRIPTOR_INVALID, FILE, detail);
    }
}
