package vn.hocso.lrs.web;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import vn.hocso.lrs.model.XapiVersion;

/**
 * One xAPI call, independent of how it arrived (a plain HTTP request, or 1.0.3's alternate request syntax, where
 * method, headers and body travel in a form).
 *
 * @param method GET, HEAD, PUT, POST or DELETE
 * @param resource the path below {@code /xapi/}, e.g. {@code statements} or {@code activities/state}
 * @param params query parameters (one value each)
 * @param headers request headers, names case-insensitive
 * @param body the request body (empty when none)
 */
public record XapiRequest(String method, String resource, Map<String, String> params, Map<String, String> headers,
        byte[] body) {

    public XapiRequest {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        headers = h;
        body = body == null ? new byte[0] : body;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String param(String name) {
        return params.get(name);
    }

    /** The media type of the body without parameters, lower case ("" when absent). */
    public String mediaType() {
        String ct = header("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The version this request speaks, or empty when its header is missing or unsupported. */
    public java.util.Optional<XapiVersion> version() {
        return XapiVersion.fromHeader(header("X-Experience-API-Version"));
    }

    public boolean isRead() {
        return "GET".equals(method) || "HEAD".equals(method);
    }
}
