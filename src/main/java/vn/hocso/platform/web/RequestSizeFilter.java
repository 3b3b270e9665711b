package vn.hocso.platform.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Two request-size limits: package uploads may be as large as {@code quarkus.http.limits.max-body-size} (the HTTP
 * layer's own limit, default 1 GiB), every other request at most {@code hocso.http.max-request-size} (default 20 MiB,
 * the LRS's limit too). A request announcing a larger {@code Content-Length} is answered 413 before its body is read.
 * Requests without a length (chunked) are bounded by the HTTP layer's limit only.
 */
@ApplicationScoped
public class RequestSizeFilter {

    /** The upload endpoints that take the large limit. */
    private static final Pattern UPLOADS = Pattern.compile("^/api/v1/packages(/[0-9]+/versions)?/?$");

    @ConfigProperty(name = "hocso.http.max-request-size", defaultValue = "20971520")
    long maxRequestSize;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            String length = rc.request().getHeader("Content-Length");
            if (length != null && !UPLOADS.matcher(rc.request().path()).matches()) {
                long announced;
                try {
                    announced = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    announced = -1;
                }
                if (announced > maxRequestSize) {
                    rc.response().setStatusCode(413).putHeader("Connection", "close").end();
                    return;
                }
            }
            rc.next();
        }, 50); // after XapiHeaderFilter (100), so that an LRS 413 still carries the xAPI headers
    }
}
