package vn.hocso.lrs.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.hocso.lrs.model.XapiVersion;

/**
 * xAPI 1.0.3's alternate request syntax (Communication 1.3): a POST with {@code ?method=X} whose form body carries the
 * real request's headers, parameters and {@code content}. Supported for 1.0.x requests; refused (400) for 2.0, which
 * dropped it.
 */
final class AlternateSyntax {

    /** Form fields that stand for request headers. */
    private static final Set<String> HEADER_FIELDS = Set.of("authorization", "x-experience-api-version",
            "content-type", "content-length", "if-match", "if-none-match");
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

    private AlternateSyntax() {
    }

    /**
     * The real request behind an alternate-syntax request, or the request itself when it does not use that syntax.
     *
     * @throws XapiException 400 when the syntax is used wrongly or with xAPI 2.0
     */
    static XapiRequest unwrap(XapiRequest request) {
        String method = request.param("method");
        if (method == null) {
            return request;
        }
        if (!"POST".equals(request.method())) {
            throw XapiException.badRequest("The alternate request syntax (?method=) must be sent as a POST");
        }
        Map<String, String> form = "application/x-www-form-urlencoded".equals(request.mediaType())
                ? parseForm(new String(request.body(), StandardCharsets.UTF_8)) : Map.of();
        String versionHeader = request.header("X-Experience-API-Version");
        String formVersion = form.entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase("X-Experience-API-Version")).map(Map.Entry::getValue)
                .findFirst().orElse(versionHeader);
        if (XapiVersion.fromHeader(formVersion).map(XapiVersion::is2).orElse(true)) {
            throw XapiException.badRequest("The alternate request syntax (?method=) is only for xAPI 1.0.x requests; "
                    + "xAPI 2.0 does not allow it");
        }
        if (request.params().size() > 1) {
            throw XapiException.badRequest(
                    "With the alternate request syntax, only 'method' may be in the query string; put the rest in the form");
        }
        if (!"application/x-www-form-urlencoded".equals(request.mediaType())) {
            throw XapiException.badRequest("The alternate request syntax needs an application/x-www-form-urlencoded body");
        }
        String realMethod = method.toUpperCase(Locale.ROOT);
        if (!METHODS.contains(realMethod)) {
            throw XapiException.badRequest("Unknown method in the alternate request syntax: " + method);
        }
        Map<String, String> headers = new HashMap<>();
        Map<String, String> params = new HashMap<>();
        String content = null;
        for (Map.Entry<String, String> field : form.entrySet()) {
            String name = field.getKey();
            if (HEADER_FIELDS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, field.getValue());
            } else if ("content".equals(name)) {
                content = field.getValue();
            } else {
                params.put(name, field.getValue());
            }
        }
        if (!headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Content-Type")) && content != null) {
            headers.put("Content-Type", "application/json");
        }
        if (!headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("Authorization"))
                && request.header("Authorization") != null) {
            headers.put("Authorization", request.header("Authorization"));
        }
        if (!headers.keySet().stream().anyMatch(h -> h.equalsIgnoreCase("X-Experience-API-Version"))
                && versionHeader != null) {
            headers.put("X-Experience-API-Version", versionHeader);
        }
        byte[] body = content == null ? new byte[0] : content.getBytes(StandardCharsets.UTF_8);
        return new XapiRequest(realMethod, request.resource(), params, headers, body);
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(name, value);
        }
        return form;
    }
}
