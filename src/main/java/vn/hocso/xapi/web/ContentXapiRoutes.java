package vn.hocso.xapi.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import vn.hocso.content.delivery.ContentRoutes;
import vn.hocso.lrs.web.XapiDispatcher;
import vn.hocso.lrs.web.XapiRequest;
import vn.hocso.lrs.web.XapiResponse;

/**
 * The LRS on the content origin ({@code /xapi/…}), for xAPI and cmi5 content: the same dispatcher as the LMS's
 * {@code /xapi}, so launched content talks to its LRS on its own origin (no cross-origin requests). Only HTTP Basic
 * credentials are accepted here (the LMS session never reaches package code); the body limit is the LRS's.
 */
@ApplicationScoped
public class ContentXapiRoutes implements ContentRoutes {

    private static final long MAX_BODY = 20L << 20;

    @Inject
    XapiDispatcher dispatcher;

    @Override
    public void register(Router router) {
        router.route("/xapi/*").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .blockingHandler(this::handle, false);
    }

    private void handle(RoutingContext ctx) {
        // content libraries that append "/" to an endpoint ending in "/" send "/xapi//…": the same resource
        String resource = ctx.normalizedPath().substring("/xapi/".length()).replaceAll("^/+", "");
        Map<String, String> headers = new HashMap<>();
        ctx.request().headers().forEach(h -> headers.merge(h.getKey(), h.getValue(), (a, b) -> a + "," + b));
        headers.remove("Cookie");
        String authorization = headers.keySet().stream().filter(k -> k.equalsIgnoreCase("Authorization")).findFirst()
                .map(headers::get).orElse(null);
        // content never rides on an LMS sign-in: no credential (or an empty header) is a 401 here
        if ((authorization == null || authorization.isBlank()) && !"about".equals(resource)) {
            ctx.response().setStatusCode(401).putHeader("X-Experience-API-Version", "2.0.0").end();
            return;
        }
        Map<String, String> params = new HashMap<>();
        boolean[] repeated = {false};
        ctx.queryParams().forEach(p -> {
            if (params.putIfAbsent(p.getKey(), p.getValue()) != null) {
                repeated[0] = true;
            }
        });
        byte[] body = ctx.body() == null || ctx.body().buffer() == null ? null : ctx.body().buffer().getBytes();
        XapiResponse answer = dispatcher.dispatch(new XapiRequest(ctx.request().method().name(), resource, params,
                headers, body), repeated[0]);
        ctx.response().setStatusCode(answer.status());
        // No Basic challenge for package code: a browser would open its login dialog on a script's 401 and the
        // script's request would hang (content talks to the LRS with the credential of its launch, never a person's)
        answer.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("WWW-Authenticate")) {
                ctx.response().putHeader(name, value);
            }
        });
        if (!"HEAD".equals(ctx.request().method().name()) && answer.body().length > 0) {
            ctx.response().end(Buffer.buffer(answer.body()));
        } else {
            ctx.response().end();
        }
    }
}
