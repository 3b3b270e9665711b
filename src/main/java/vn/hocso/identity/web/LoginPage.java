package vn.hocso.identity.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import vn.hocso.identity.config.IdentityConfig;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.security.ClientAddress;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.identity.security.HocsoAuthenticationMechanism;

import vn.hocso.identity.service.AccountService;
import vn.hocso.identity.service.LoginRejectedException;
import vn.hocso.identity.service.LoginService;
import vn.hocso.identity.service.SessionService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.Languages;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;

/** Login, logout and the language switch. */
@Path("/")
@Blocking
@PermitAll
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(String username, String next, String error, String notice);
    }

    @Inject
    LoginService login;

    @Inject
    SessionService sessions;

    @Inject
    AccountService accounts;

    @Inject
    IdentityConfig config;

    @Inject
    PageContext page;

    @Inject
    RequestLanguage language;

    @Inject
    SecurityIdentity identity;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("next") String next, @QueryParam("bye") String bye) {
        if (page.loggedIn()) {
            return Response.seeOther(URI.create(Cookies.localPath(next, "/"))).build();
        }
        String notice = bye != null ? language.messages().login_loggedOut() : null;
        return Response.ok(page.view(Templates.login("", next, null, notice))).build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response submit(@FormParam("username") String username, @FormParam("password") String password,
            @FormParam("next") String next, HttpServerRequest request) {
        AppMessages m = language.messages();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return failed(400, username, next, m.login_missing());
        }
        String target = Cookies.localPath(next, "/");
        LoginService.LoggedIn done;
        try {
            done = login.login(username, password, ClientAddress.of(request), request.getHeader("User-Agent"));
        } catch (LoginRejectedException e) {
            return failed(e.status(), username, next, e.message(m));
        }
        UserAccount account = done.account();
        SessionService.OpenedSession session = done.session();
        Response.ResponseBuilder response = Response.seeOther(URI.create(target))
                .cookie(Cookies.session(HocsoAuthenticationMechanism.SESSION_COOKIE, session.token(),
                        session.maxAge(), config.secureCookies()));
        Cookie chosen = request.getCookie(RequestLanguage.COOKIE);
        if (chosen == null && account.preferredLocale != null) {
            response.cookie(Cookies.preference(RequestLanguage.COOKIE, account.preferredLocale,
                    config.secureCookies()));
        }
        return response.build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response logout(@FormParam(PageContext.CSRF_FIELD) String csrf, HttpServerRequest request) {
        Cookie session = request.getCookie(HocsoAuthenticationMechanism.SESSION_COOKIE);
        if (page.loggedIn()) {
            page.requireCsrf(csrf);
            sessions.close(session.getValue());
        }
        return Response.seeOther(URI.create("/login?bye=1"))
                .cookie(Cookies.expired(HocsoAuthenticationMechanism.SESSION_COOKIE, config.secureCookies()))
                .build();
    }

    @GET
    @Path("lang/{tag}")
    public Response switchLanguage(@PathParam("tag") String tag, @QueryParam("return") String returnTo) {
        Locale locale = Languages.supported(tag);
        if (locale == null) {
            throw DomainException.notFound();
        }
        if (page.loggedIn()) {
            accounts.setPreferredLocale(currentUser.id(), locale.getLanguage());
        }
        return Response.seeOther(URI.create(Cookies.localPath(returnTo, "/")))
                .cookie(Cookies.preference(RequestLanguage.COOKIE, locale.getLanguage(), config.secureCookies()))
                .build();
    }

    private Response failed(int status, String username, String next, String error) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(page.view(Templates.login(username == null ? "" : username, next, error, null))).build();
    }

}
