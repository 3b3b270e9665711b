package vn.hocso.lrs.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What an xAPI call answers: status, headers (besides the version header, which is always added) and body. */
public record XapiResponse(int status, Map<String, String> headers, byte[] body) {

    public static XapiResponse of(int status) {
        return new XapiResponse(status, new LinkedHashMap<>(), new byte[0]);
    }

    public static XapiResponse json(int status, String json) {
        XapiResponse r = new XapiResponse(status, new LinkedHashMap<>(), json.getBytes(StandardCharsets.UTF_8));
        r.headers.put("Content-Type", "application/json; charset=utf-8");
        return r;
    }

    public static XapiResponse bytes(int status, String contentType, byte[] body) {
        XapiResponse r = new XapiResponse(status, new LinkedHashMap<>(), body);
        r.headers.put("Content-Type", contentType);
        return r;
    }

    /** Adds a header and returns this response. */
    public XapiResponse with(String name, String value) {
        headers.put(name, value);
        return this;
    }
}
