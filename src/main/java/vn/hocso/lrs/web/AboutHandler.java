package vn.hocso.lrs.web;

import jakarta.enterprise.context.ApplicationScoped;

/** {@code GET /xapi/about}: the versions this LRS speaks. Needs neither credentials nor a version header. */
@ApplicationScoped
public class AboutHandler {

    static final String ABOUT = """
            {"version":["1.0.0","1.0.1","1.0.2","1.0.3","2.0.0"],\
            "extensions":{"https://hocso.edu.vn/xapi/extensions/lrs":{"name":"HocSo LRS"}}}""";

    XapiResponse handle(XapiRequest request) {
        if (!request.isRead()) {
            throw new XapiException(405, "/xapi/about only answers GET and HEAD");
        }
        return XapiResponse.json(200, ABOUT);
    }
}
