package vn.hocso.lrs.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * Makes sure every answer under {@code /xapi/} carries {@code X-Experience-API-Version} and {@code Date}, also the
 * ones the HTTP layer gives before the LRS sees the request (413 for an oversized body, 405, 404 of unknown paths).
 * Answers from the LRS itself already carry them and are left unchanged.
 */
@ApplicationScoped
public class XapiHeaderFilter {

    void register(@Observes Filters filters) {
        filters.register(rc -> {
            if (rc.request().path().startsWith("/xapi/")) {
                String requested = rc.request().getHeader("X-Experience-API-Version");
                String resource = rc.request().path().substring("/xapi/".length());
                rc.addHeadersEndHandler(v -> {
                    HttpServerResponse response = rc.response();
                    if (response.headers().get("X-Experience-API-Version") == null) {
                        XapiRequest probe = new XapiRequest(rc.request().method().name(), resource, Map.of(),
                                requested == null ? Map.of() : Map.of("X-Experience-API-Version", requested), null);
                        response.putHeader("X-Experience-API-Version", XapiDispatcher.responseVersion(probe));
                    }
                    if (response.headers().get("Date") == null) {
                        response.putHeader("Date",
                                DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC)));
                    }
                });
            }
            rc.next();
        }, 100);
    }
}
