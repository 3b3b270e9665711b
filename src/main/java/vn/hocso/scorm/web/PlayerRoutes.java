package vn.hocso.scorm.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.hocso.content.delivery.ContentRoutes;
import vn.hocso.content.service.LaunchTokens;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.platform.i18n.Languages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.scorm.service.CommitService;
import vn.hocso.scorm.service.PlayerService;

/**
 * The SCORM player on the content origin: {@code GET /p/{token}/{index}} renders the player page of an entry (the
 * SCORM API lives in that page, the SCO runs in a frame of it, all on the content origin), and
 * {@code POST /p/{token}/commit} stores the runtime data (JSON, or the same JSON as {@code text/plain} from
 * {@code navigator.sendBeacon}). Answers {@code {"result": true, "errorCode": 0}}, or the refusal with a message.
 */
@ApplicationScoped
public class PlayerRoutes implements ContentRoutes {

    private static final Logger LOG = Logger.getLogger(PlayerRoutes.class);
    /** Largest commit body: 64,000-character suspend data plus interactions and objectives. */
    private static final long MAX_COMMIT_BYTES = 4L << 20;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance player(String lang, String title, String config, boolean scorm2004);

        static native TemplateInstance gone(String lang, String message);
    }

    @Inject
    LaunchTokens tokens;

    @Inject
    PlayerService players;

    @Inject
    CommitService commits;

    @Override
    public void register(Router router) {
        router.route(HttpMethod.POST, "/p/:token/commit").handler(BodyHandler.create(false)
                .setBodyLimit(MAX_COMMIT_BYTES)).blockingHandler(this::commit, false);
        router.route(HttpMethod.GET, "/p/:token/:index").blockingHandler(this::page, false);
    }

    private void page(RoutingContext ctx) {
        Locale locale = Languages.supported(ctx.request().getParam("lang"));
        ctx.response().putHeader("Cache-Control", "no-store");
        Optional<LaunchTokens.Launch> launch = tokens.resolve(ctx.pathParam("token"));
        int index = parseIndex(ctx.pathParam("index"));
        if (launch.isEmpty() || launch.get().attemptId() == null || index < 0) {
            html(ctx, 404, Templates.gone(locale.getLanguage(), Languages.messages(locale).player_launchExpired()));
            return;
        }
        ctx.response().putHeader("Content-Security-Policy", "frame-ancestors " + launch.get().lmsOrigin());
        try {
            PlayerService.Player player = players.open(ctx.pathParam("token"), launch.get(), index, locale);
            String config = player.config().toString().replace("</", "<\\/");
            html(ctx, 200, Templates.player(locale.getLanguage(), player.title(), config,
                    player.standard() == vn.hocso.content.model.Standard.SCORM_2004));
        } catch (DomainException e) {
            html(ctx, e.status(), Templates.gone(locale.getLanguage(), e.message().apply(Languages.messages(locale))));
        }
    }

    private void commit(RoutingContext ctx) {
        Optional<LaunchTokens.Launch> launch = tokens.resolve(ctx.pathParam("token"));
        if (launch.isEmpty() || launch.get().attemptId() == null) {
            answer(ctx, new CommitService.Outcome(410, 391, "This launch has expired; reopen the lesson"));
            return;
        }
        JsonNode body;
        try {
            body = XapiJson.MAPPER.readTree(ctx.body().buffer() == null ? "" : ctx.body().asString("UTF-8"));
        } catch (java.io.IOException e) {
            body = null;
        }
        if (body == null || !body.isObject()) {
            answer(ctx, new CommitService.Outcome(400, 201, "The commit body is not a JSON object"));
            return;
        }
        CommitService.Outcome outcome = commits.commit(launch.get(), body);
        if (outcome.status() == 200) {
            tokens.renew(launch.get());
        } else {
            LOG.debugf("Commit refused (%d): %s", outcome.status(), outcome.reason());
        }
        answer(ctx, outcome);
    }

    private static void answer(RoutingContext ctx, CommitService.Outcome o) {
        var json = XapiJson.MAPPER.createObjectNode();
        json.put("result", o.status() == 200);
        json.put("errorCode", o.errorCode());
        if (o.reason() != null) {
            json.put("message", o.reason());
        }
        ctx.response().setStatusCode(o.status()).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(json.toString());
    }

    private static void html(RoutingContext ctx, int status, TemplateInstance page) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "text/html; charset=utf-8")
                .end(page.render());
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
