package vn.hocso.scorm.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.quarkus.security.Authenticated;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import vn.hocso.content.delivery.ContentServer;
import vn.hocso.cmi5.service.Cmi5LaunchService;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.Standard;
import vn.hocso.content.service.PackageAccess;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.i18n.Languages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;
import vn.hocso.scorm.model.ScormAttempt;
import vn.hocso.scorm.service.AttemptQueries;
import vn.hocso.scorm.service.LaunchService;
import vn.hocso.scorm.service.PlayerService;
import vn.hocso.xapi.service.TincanLaunchService;
import vn.hocso.xapi.service.TincanProgress;

/**
 * The learner's pages of a package: its page (status of my attempts, start / resume / new attempt; for xAPI packages
 * the progress read from the LRS) and the play page, which frames the player (SCORM) or the content itself (xAPI)
 * served from the content origin.
 */
@Path("/learn/packages/{id}")
@Blocking
@Authenticated
public class LearnPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance overview(ContentPackage pkg, List<ScormAttempt> attempts, ScormAttempt open,
                TincanProgress.Progress xapi, List<LaunchEntry> aus);

        static native TemplateInstance play(ContentPackage pkg, String playerUrl);
    }

    @Inject
    PackageAccess access;

    @Inject
    AttemptQueries attempts;

    @Inject
    LaunchService launches;

    @Inject
    ContentServer contentServer;

    @Inject
    TincanLaunchService tincan;

    @Inject
    TincanProgress xapiProgress;

    @Inject
    Cmi5LaunchService cmi5;

    @Inject
    vn.hocso.lrs.security.LrsAuthenticator agents;

    @Inject
    vn.hocso.content.service.PackageService packages;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance overview(@PathParam("id") long id) {
        ContentPackage p = access.takeable(id, user);
        if (p.standard == Standard.XAPI) {
            return page.view(Templates.overview(p, List.of(), null, xapiProgress.of(user.id(), id).orElse(null),
                    List.of()));
        }
        if (p.standard == Standard.CMI5) {
            return page.view(Templates.overview(p, List.of(), null, null, packages.latestLaunches(id)));
        }
        List<ScormAttempt> mine = attempts.of(user.id(), id);
        ScormAttempt open = mine.stream().filter(a -> a.status == ScormAttempt.Status.OPEN).findFirst().orElse(null);
        return page.view(Templates.overview(p, mine, open, null, List.of()));
    }

    @GET
    @Path("play")
    @Produces(MediaType.TEXT_HTML)
    public Response play(@PathParam("id") long id, @QueryParam("item") String item, @QueryParam("au") Integer au,
            @Context HttpServerRequest request) {
        ContentPackage p = access.takeable(id, user);
        String lmsOrigin = request.scheme() + "://" + request.authority().toString();
        String contentOrigin = contentServer.origin(request.scheme(), request.authority().host());
        if (p.standard == Standard.XAPI) {
            return Response.ok(page.view(Templates.play(p, tincan.launch(user.id(), user.username(),
                    user.displayName(), id, contentOrigin, lmsOrigin).url()))).build();
        }
        if (p.standard == Standard.CMI5) {
            Cmi5LaunchService.Launch l = cmi5.launch(new Cmi5LaunchService.Request(id, au == null ? 0 : au,
                    agents.agentOf(user.username(), null), user.id(), user.id(), null, "Normal",
                    lmsOrigin + "/learn/packages/" + id), contentOrigin, lmsOrigin);
            // OwnWindow: the AU takes the whole window and comes back through returnURL; AnyWindow: in a frame.
            return "OwnWindow".equals(l.launchMethod()) ? Response.seeOther(URI.create(l.url())).build()
                    : Response.ok(page.view(Templates.play(p, l.url()))).build();
        }
        LaunchService.Started started = launches.start(user.id(), id, false, item, lmsOrigin);
        Locale locale = Languages.supported(page.lang());
        return Response.ok(page.view(Templates.play(p, contentOrigin
                + PlayerService.playerUrl(started.token(), started.entryIndex(), locale)))).build();
    }

    @POST
    @Path("attempts")
    public Response newAttempt(@PathParam("id") long id, @FormParam(PageContext.CSRF_FIELD) String csrf,
            @Context HttpServerRequest request) {
        page.requireCsrf(csrf);
        access.takeable(id, user);
        String lmsOrigin = request.scheme() + "://" + request.authority().toString();
        launches.start(user.id(), id, true, null, lmsOrigin);
        return Response.seeOther(URI.create("/learn/packages/" + id + "/play")).build();
    }
}
