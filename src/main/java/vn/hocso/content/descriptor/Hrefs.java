package vn.hocso.content.descriptor;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.archive.PackageRejected.Reason;

/**
 * Launch hrefs: resolving against {@code xml:base}, normalising, keeping them inside the package, appending IMS CP
 * item parameters, and finding the file they name in the archive.
 */
final class Hrefs {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    /**
     * A normalised relative href.
     *
     * @param path the file path inside the package, as the zip names it when the file exists (percent-decoded
     *        otherwise only when that is the form that exists)
     * @param suffix the query and/or fragment as written ({@code ?a=b#c}), or ""
     */
    record PackageHref(String path, String suffix) {

        /** @return path followed by the suffix */
        String href() {
            return path + suffix;
        }
    }

    private Hrefs() {
    }

    /** @return whether the reference has a URL scheme (http:, javascript:, C:, …) */
    static boolean hasScheme(String ref) {
        return SCHEME.matcher(ref).find();
    }

    /**
     * Resolves {@code ref} against a base the way a relative URI is resolved: everything after the base's last
     * {@code /} is replaced. An absolute ref (scheme, {@code /} or {@code //}) is returned unchanged.
     */
    static String resolve(String base, String ref) {
        if (base == null || base.isEmpty() || isAbsolute(ref)) {
            return ref;
        }
        return base.substring(0, base.lastIndexOf('/') + 1) + ref;
    }

    private static boolean isAbsolute(String ref) {
        return hasScheme(ref) || ref.startsWith("/") || ref.startsWith("\\");
    }

    /**
     * Normalises a (base-resolved) href and requires it to stay inside the package. Backslashes count as
     * {@code /}; {@code .} and empty segments are dropped; the check is made on both the written and the
     * percent-decoded form (browsers decode {@code %2e%2e}).
     *
     * @param href the resolved href, possibly with query and fragment
     * @param archive the archive, to pick the written or decoded form that exists
     * @return the normalised href, or empty when it is absolute or escapes the package root
     */
    static Optional<PackageHref> inside(String href, PackageArchive archive) {
        String trimmed = href.trim();
        int cut = firstOf(trimmed, '?', '#');
        String path = cut < 0 ? trimmed : trimmed.substring(0, cut);
        String suffix = cut < 0 ? "" : trimmed.substring(cut);
        if (isAbsolute(path) || path.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> written = normalise(path.replace('\\', '/'));
        Optional<String> decoded = normalise(decode(path).replace('\\', '/'));
        if (written.isEmpty() || decoded.isEmpty() || hasScheme(decoded.get())) {
            return Optional.empty();
        }
        boolean useDecoded = archive != null && !archive.contains(written.get()) && archive.contains(decoded.get());
        return Optional.of(new PackageHref(useDecoded ? decoded.get() : written.get(), suffix));
    }

    /**
     * Appends an item's {@code parameters} to a launch href as IMS CP / SCORM CAM prescribe: leading {@code ?} and
     * {@code &} are dropped; a {@code #fragment} is appended only when the href has none; otherwise the parameters
     * join the query with {@code &} (or start it with {@code ?}), before any fragment.
     */
    static String appendParameters(String href, String parameters) {
        if (parameters == null || parameters.isBlank()) {
            return href;
        }
        String p = parameters.trim();
        while (p.startsWith("?") || p.startsWith("&")) {
            p = p.substring(1);
        }
        if (p.isEmpty()) {
            return href;
        }
        if (p.startsWith("#")) {
            return href.contains("#") ? href : href + p;
        }
        int hash = href.indexOf('#');
        String base = hash < 0 ? href : href.substring(0, hash);
        String fragment = hash < 0 ? "" : href.substring(hash);
        return base + (base.contains("?") ? "&" : "?") + p + fragment;
    }

    /**
     * Resolves a launch href and checks that its file is in the package.
     *
     * @param id the launching item, AU or activity (for messages)
     * @param href the href, already resolved against any xml:base
     * @param archive the package
     * @param check what to do when the file is absent
     * @param warn receives the warning text in {@link LaunchFileCheck#WARN} mode
     * @return the normalised href (path and suffix)
     * @throws PackageRejected {@code launch.outside}; {@code launch.missing} in {@link LaunchFileCheck#REQUIRE} mode
     */
    static PackageHref launch(String id, String href, PackageArchive archive, LaunchFileCheck check,
            BiConsumer<String, String> warn) {
        PackageHref inside = inside(href, archive)
                .orElseThrow(() -> new PackageRejected(Reason.LAUNCH_OUTSIDE, String.valueOf(id), href));
        if (!archive.contains(inside.path())) {
            if (check == LaunchFileCheck.REQUIRE) {
                throw new PackageRejected(Reason.LAUNCH_MISSING, String.valueOf(id), inside.path());
            }
            warn.accept(inside.path(), "\"" + id + "\" launches \"" + inside.path()
                    + "\", which is not in the package.");
        }
        return inside;
    }

    private static Optional<String> normalise(String path) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (segments.isEmpty()) {
                    return Optional.empty();
                }
                segments.removeLast();
            } else {
                segments.addLast(segment);
            }
        }
        return segments.isEmpty() ? Optional.empty() : Optional.of(String.join("/", segments));
    }

    private static String decode(String path) {
        try {
            return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    private static int firstOf(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
