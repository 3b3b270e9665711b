package vn.hocso.cmi5.web;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hocso.cmi5.service.Cmi5FetchService;
import vn.hocso.content.delivery.ContentRoutes;
import vn.hocso.lrs.model.XapiJson;

/** The cmi5 fetch URL on the content origin: {@code POST /cmi5/fetch/{token}} (GET is refused: 405). */
@ApplicationScoped
public class Cmi5ContentRoutes implements ContentRoutes {

    @Inject
    Cmi5FetchService fetches;

    @Override
    public void register(Router router) {
        router.route(HttpMethod.POST, "/cmi5/fetch/:token").blockingHandler(this::fetch, false);
        router.route("/cmi5/fetch/:token").handler(ctx -> ctx.response().setStatusCode(405)
                .putHeader("Allow", "POST").end());
    }

    private void fetch(RoutingContext ctx) {
        Cmi5FetchService.Answer a = fetches.fetch(ctx.pathParam("token"));
        var json = XapiJson.MAPPER.createObjectNode();
        if (a.authToken() != null) {
            json.put("auth-token", a.authToken());
        } else {
            json.put("error-code", a.errorCode());
            json.put("error-text", a.errorText());
        }
        ctx.response().setStatusCode(200).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(json.toString());
    }
}
