package vn.hocso.org.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import vn.hocso.org.config.StaffImportConfig;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.Languages;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.Problem;

/**
 * Refuses a staff file larger than {@code hocso.staff-import.max-file-bytes} (plus room for the multipart framing) from
 * its {@code Content-Length}, before the body is read, with a 413 that says what the limit is (in the caller's
 * language; a problem+json body for the API, plain text for the page). Runs before the general request-size limit.
 */
@ApplicationScoped
public class StaffImportUploadLimit {

    /** Multipart boundaries, headers and the option fields. */
    private static final long FRAMING = 64 * 1024;

    private static final List<String> PATHS = List.of("/api/v1/staff-imports", "/admin/staff-import");

    @Inject
    StaffImportConfig config;

    @Inject
    ObjectMapper json;

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            HttpServerRequest request = rc.request();
            String length = request.getHeader("Content-Length");
            if (length != null && "POST".equals(request.method().name()) && PATHS.contains(request.path())) {
                long announced;
                try {
                    announced = Long.parseLong(length.trim());
                } catch (NumberFormatException e) {
                    announced = -1;
                }
                if (announced > config.maxFileBytes() + FRAMING) {
                    AppMessages m = Languages.messages(locale(request));
                    String detail = m.staffImport_tooLarge(config.maxFileBytes() / (1024 * 1024));
                    String body;
                    String type;
                    if (request.path().startsWith("/api/")) {
                        type = Problem.MEDIA_TYPE;
                        try {
                            body = json.writeValueAsString(new Problem("about:blank", Problem.titleFor(413), 413,
                                    detail, request.path(), List.of()));
                        } catch (JsonProcessingException e) {
                            body = "{}";
                        }
                    } else {
                        type = "text/plain; charset=UTF-8";
                        body = detail;
                    }
                    rc.response().setStatusCode(413).putHeader("Content-Type", type)
                            .putHeader("Connection", "close").end(body);
                    return;
                }
            }
            rc.next();
        }, 60); // before RequestSizeFilter (50), whose 413 has no body
    }

    /** The language chosen in the page (cookie), else the first supported one of Accept-Language, else Vietnamese. */
    private static Locale locale(HttpServerRequest request) {
        Cookie cookie = request.getCookie(RequestLanguage.COOKIE);
        Locale chosen = cookie == null ? null : Languages.supported(cookie.getValue());
        if (chosen != null) {
            return chosen;
        }
        String header = request.getHeader("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                    Locale l = Languages.supported(range.getRange());
                    if (l != null) {
                        return l;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                return Languages.VIETNAMESE;
            }
        }
        return Languages.VIETNAMESE;
    }
}
