package vn.hocso.content.delivery;

import io.vertx.ext.web.Router;

/**
 * Routes a feature adds to the content origin (for example the SCORM player page and its commit endpoint). CDI beans
 * implementing it are registered when the content server starts, before the package-file routes.
 */
public interface ContentRoutes {

    /** Adds the feature's routes. Handlers that touch the database must be blocking handlers. */
    void register(Router router);
}
