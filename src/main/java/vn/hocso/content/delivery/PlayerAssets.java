package vn.hocso.content.delivery;

import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The player's own static files on the content origin ({@code /_player/…} from the class-path folder
 * {@code content-player/}: player script and style, and the scorm-again runtime copied there by the build).
 */
@ApplicationScoped
public class PlayerAssets {

    private final StaticHandler handler = StaticHandler.create("content-player").setDirectoryListing(false)
            .setCachingEnabled(true).setMaxAgeSeconds(3600).setIncludeHidden(false);

    /** Serves {@code /_player/<file>}. */
    public void handle(RoutingContext ctx) {
        ctx.response().putHeader("Cross-Origin-Resource-Policy", "same-origin");
        handler.handle(ctx);
    }
}
