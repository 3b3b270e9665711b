package vn.hocso.content.delivery;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;
import vn.hocso.content.config.ContentConfig;

/**
 * The content origin: a second HTTP server, on its own port (or host name in production), that serves package files
 * and the player. Package code runs only there, so it can neither read the LMS's pages nor call its API with the
 * learner's session (another origin: the browser's same-origin policy keeps them apart, and the session cookie is
 * HttpOnly). Every response carries {@code X-Content-Type-Options: nosniff} and a CSP that lets only the launching LMS
 * page frame it.
 *
 * <p>Routes: {@code GET|HEAD /c/{token}/{path}} package files of a launch ({@link PackageFiles}); what
 * {@link ContentRoutes} beans add (player pages, runtime commits); {@code /_player/…} the player's static assets.
 */
@ApplicationScoped
public class ContentServer {

    private static final Logger LOG = Logger.getLogger(ContentServer.class);

    @Inject
    Vertx vertx;

    @Inject
    ContentConfig config;

    @Inject
    PackageFiles files;

    @Inject
    PlayerAssets assets;

    @Inject
    Instance<ContentRoutes> routes;

    private HttpServer server;

    void start(@Observes StartupEvent event) throws Exception {
        Router router = Router.router(vertx);
        router.route().handler(ContentServer::commonHeaders);
        routes.forEach(r -> r.register(router));
        router.route(HttpMethod.GET, "/_player/*").handler(assets::handle);
        router.route(HttpMethod.HEAD, "/_player/*").handler(assets::handle);
        router.route(HttpMethod.GET, "/c/:token/*").handler(files::handle);
        router.route(HttpMethod.HEAD, "/c/:token/*").handler(files::handle);
        router.route().handler(ctx -> ctx.response().setStatusCode(404).end());
        router.route().failureHandler(ContentServer::failed);
        // No on-the-fly compression: it would rule out zero-copy file sending (sendfile), which matters more for a
        // file server (media dominate packages); package files are sent as stored.
        server = vertx.createHttpServer(new HttpServerOptions().setCompressionSupported(false)
                        .setMaxFormAttributeSize(1 << 20))
                .requestHandler(router);
        server = server.listen(config.port(), config.host()).toCompletionStage().toCompletableFuture()
                .get(30, TimeUnit.SECONDS);
        LOG.infof("Content origin listening on %s:%d", config.host(), server.actualPort());
    }

    void stop(@Observes ShutdownEvent event) throws Exception {
        if (server != null) {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        }
    }

    /** The port the content server listens on (the configured one, or the one picked for port 0). */
    public int port() {
        return server == null ? config.port() : server.actualPort();
    }

    /**
     * The content origin as the browser of an LMS request should reach it: the configured public URL, or the LMS
     * request's scheme and host name with the content port.
     *
     * @param lmsScheme "http" or "https"
     * @param lmsHost host name of the LMS request, without port
     */
    public String origin(String lmsScheme, String lmsHost) {
        return config.publicUrl().map(u -> u.replaceAll("/+$", ""))
                .orElse(lmsScheme + "://" + (lmsHost.contains(":") && !lmsHost.startsWith("[") ? "[" + lmsHost + "]"
                        : lmsHost) + ":" + port());
    }

    /**
     * A failed request: a client that went away (closed tab, aborted media range) is normal and only logged at debug
     * level; anything else is logged with an id and answered 500 without details.
     */
    private static void failed(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof java.io.IOException || ctx.response().closed()) {
            LOG.debugf("Content request ended by the client: %s %s", ctx.request().path(), failure);
            if (!ctx.response().ended() && !ctx.response().closed()) {
                ctx.response().close();
            }
            return;
        }
        String id = java.util.UUID.randomUUID().toString();
        LOG.errorf(failure, "Content request %s failed (error id %s)", ctx.request().path(), id);
        if (!ctx.response().headWritten()) {
            ctx.response().setStatusCode(ctx.statusCode() > 0 ? ctx.statusCode() : 500)
                    .putHeader("Content-Type", "text/plain; charset=utf-8").end("Error " + id);
        }
    }

    /** Headers of every content-origin response. */
    private static void commonHeaders(RoutingContext ctx) {
        ctx.response().putHeader("X-Content-Type-Options", "nosniff").putHeader("Referrer-Policy", "no-referrer");
        ctx.next();
    }

    /** {@code frame-ancestors} for content opened by a launch from this LMS origin. */
    static String frameAncestors(String lmsOrigin) {
        return "frame-ancestors 'self' " + lmsOrigin;
    }
}
