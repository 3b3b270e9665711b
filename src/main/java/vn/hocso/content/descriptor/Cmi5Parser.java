package vn.hocso.content.descriptor;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import javax.xml.transform.dom.DOMSource;
import javax.xml.validation.Schema;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.archive.PackageRejected.Reason;
import vn.hocso.content.model.Cmi5Course;
import vn.hocso.content.model.Cmi5Node;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.Standard;

/**
 * Parses and checks a {@code cmi5.xml} (cmi5 spec sections 13–14): validates it against the bundled
 * {@code CourseStructure.xsd} (never fetching anything), reads the course, blocks and AUs with all their attributes
 * (moveOn defaults to NotApplicable, launchMethod to AnyWindow) and language strings, and produces one launch entry
 * per AU in document order.
 *
 * <p>Rejects with {@code cmi5.invalid}: schema errors; a missing, non-IRI or repeated id (course, block, AU); an AU
 * url that already carries one of the launch parameters {@code endpoint}, {@code fetch}, {@code actor},
 * {@code registration}, {@code activityId}; an absolute url that is not http(s); a relative url in a bare
 * {@code cmi5.xml}. Rejects a relative url outside the package ({@code launch.outside}) or absent from it
 * ({@code launch.missing}); and {@code descriptor.doctype} / {@code descriptor.invalid} as {@link SafeXml} does.
 */
public final class Cmi5Parser {

    private static final String FILE = "cmi5.xml";
    private static final String SCHEMA_RESOURCE = "/content/cmi5/CourseStructure.xsd";
    private static final Set<String> RESERVED_PARAMETERS = Set.of("endpoint", "fetch", "actor", "registration",
            "activityid");

    private final PackageArchive archive;
    private final LaunchFileCheck check;
    private final Set<String> ids = new HashSet<>();
    private final List<LaunchEntry> launches = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private Cmi5Parser(PackageArchive archive, LaunchFileCheck check) {
        this.archive = archive;
        this.check = check;
    }

    /**
     * @param xml the bytes of {@code cmi5.xml}
     * @param archive the package, or null for a bare {@code cmi5.xml} (every AU url must then be absolute)
     * @param check what to do about a missing AU file
     * @return the descriptor, standard CMI5, with one launch entry (kind "au") per AU
     * @throws PackageRejected as listed in the class comment
     */
    public static PackageDescriptor parse(byte[] xml, PackageArchive archive, LaunchFileCheck check) {
        Document doc = SafeXml.parse(xml, FILE);
        validate(doc);
        return new Cmi5Parser(archive, check).read(doc.getDocumentElement());
    }

    private static void validate(Document doc) {
        try {
            SafeXml.newValidator(SchemaHolder.SCHEMA).validate(new DOMSource(doc));
        } catch (SAXException e) {
            throw new PackageRejected(Reason.CMI5_INVALID, e, String.valueOf(e.getMessage()));
        } catch (IOException | IllegalStateException e) {
            throw new PackageRejected(Reason.CMI5_INVALID, e, "it refers to an external schema or resource");
        }
    }

    private PackageDescriptor read(Element root) {
        Element courseElement = Dom.child(root, "course");
        String courseId = requireId(courseElement, "course");
        Element objectives = Dom.child(root, "objectives");
        if (objectives != null) {
            for (Element objective : Dom.children(objectives)) {
                requireId(objective, "objective"); // IRIs, unique among every id of the course structure
            }
        }
        List<Cmi5Node> children = new ArrayList<>();
        for (Element child : Dom.children(root)) {
            String name = Dom.localName(child);
            if (name.equals("au") || name.equals("block")) {
                children.add(node(child));
            }
        }
        if (launches.isEmpty()) {
            throw new PackageRejected(Reason.DESCRIPTOR_NO_LAUNCH, FILE);
        }
        Map<String, String> titles = langStrings(courseElement, "title");
        Cmi5Course course = new Cmi5Course(courseId, titles, langStrings(courseElement, "description"),
                List.copyOf(children));
        String title = titles.values().stream().filter(t -> !t.isBlank()).findFirst().orElse(courseId);
        return new PackageDescriptor(Standard.CMI5, null, title, null, course, null, List.copyOf(launches),
                List.copyOf(warnings));
    }

    private Cmi5Node node(Element e) {
        boolean au = Dom.localName(e).equals("au");
        String id = requireId(e, au ? "au" : "block");
        Map<String, String> titles = langStrings(e, "title");
        Map<String, String> descriptions = langStrings(e, "description");
        if (!au) {
            List<Cmi5Node> children = new ArrayList<>();
            for (Element child : Dom.children(e)) {
                String name = Dom.localName(child);
                if (name.equals("au") || name.equals("block")) {
                    children.add(node(child));
                }
            }
            return new Cmi5Node("block", id, titles, descriptions, null, null, null, null, null, null, null,
                    List.copyOf(children));
        }
        String url = Dom.childText(e, "url");
        String href = launchHref(id, url);
        String masteryScore = Dom.attr(e, "masteryScore");
        Cmi5Node node = new Cmi5Node("au", id, titles, descriptions, url,
                orDefault(Dom.attr(e, "moveOn"), "NotApplicable"),
                masteryScore == null ? null : new BigDecimal(masteryScore),
                orDefault(Dom.attr(e, "launchMethod"), "AnyWindow"), Dom.childText(e, "launchParameters"),
                Dom.childText(e, "entitlementKey"), Dom.attr(e, "activityType"), List.of());
        String title = titles.values().stream().filter(t -> !t.isBlank()).findFirst().orElse(id);
        launches.add(new LaunchEntry(id, title, "au", href));
        return node;
    }

    private String requireId(Element e, String what) {
        String id = e == null ? null : Dom.attr(e, "id");
        if (id == null) {
            throw new PackageRejected(Reason.CMI5_INVALID, "a " + what + " has no id");
        }
        if (!Hrefs.hasScheme(id)) {
            throw new PackageRejected(Reason.CMI5_INVALID, "the " + what + " id \"" + id + "\" is not an IRI");
        }
        if (!ids.add(id)) {
            throw new PackageRejected(Reason.CMI5_INVALID, "the id \"" + id + "\" is used more than once");
        }
        return id;
    }

    private String launchHref(String auId, String url) {
        if (url == null) {
            throw new PackageRejected(Reason.CMI5_INVALID, "the AU \"" + auId + "\" has no url");
        }
        rejectReservedParameters(auId, url);
        if (Hrefs.hasScheme(url)) {
            String scheme = url.substring(0, url.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new PackageRejected(Reason.CMI5_INVALID,
                        "the AU \"" + auId + "\" has a url with the scheme \"" + scheme + "\"");
            }
            try {
                java.net.URI uri = new java.net.URI(url);
                if (uri.getHost() == null) {
                    throw new java.net.URISyntaxException(url, "no host");
                }
            } catch (java.net.URISyntaxException e) {
                throw new PackageRejected(Reason.CMI5_INVALID, "the AU \"" + auId + "\" has the malformed url \""
                        + url + "\" (" + e.getReason() + ")");
            }
            return url;
        }
        if (archive == null) {
            throw new PackageRejected(Reason.CMI5_INVALID,
                    "the AU \"" + auId + "\" has the relative url \"" + url + "\", but no package came with cmi5.xml");
        }
        Hrefs.PackageHref href = Hrefs.launch(auId, url, archive, check, (path, w) -> warnings.add(w));
        return href.href();
    }

    /** The LMS adds endpoint, fetch, actor, registration and activityId; an AU url must not already have them. */
    private static void rejectReservedParameters(String auId, String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            return;
        }
        int hash = url.indexOf('#', q);
        String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            String decoded;
            try {
                decoded = URLDecoder.decode(name, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                decoded = name;
            }
            if (RESERVED_PARAMETERS.contains(decoded.toLowerCase(Locale.ROOT))) {
                throw new PackageRejected(Reason.CMI5_INVALID, "the url of the AU \"" + auId
                        + "\" already has the launch parameter \"" + decoded + "\", which the LMS adds");
            }
        }
    }

    /** @return the element's {@code <title>} or {@code <description>} langstrings by language ("und" when none) */
    private static Map<String, String> langStrings(Element owner, String name) {
        Map<String, String> out = new LinkedHashMap<>();
        Element holder = owner == null ? null : Dom.child(owner, name);
        if (holder != null) {
            for (Element s : Dom.children(holder, "langstring")) {
                String lang = Dom.attr(s, "lang");
                String text = Dom.text(s);
                out.putIfAbsent(lang == null ? "und" : lang, text == null ? "" : text);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /** Loads the bundled schema once, on first use. */
    private static final class SchemaHolder {
        static final Schema SCHEMA = SafeXml.loadSchema(Cmi5Parser.class.getResource(SCHEMA_RESOURCE));
    }
}
