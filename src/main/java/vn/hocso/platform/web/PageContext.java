package vn.hocso.platform.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import vn.hocso.platform.i18n.RequestLanguage;

/**
 * What every page's layout needs about the current request: language, the signed-in user, the CSRF token for forms.
 * Templates reach it as {@code inject:page}; resources pass their template through {@link #view} so that it renders
 * in the request's language. The identity feature puts the display name and CSRF token on the security identity under
 * {@link #DISPLAY_NAME} and {@link #CSRF_TOKEN}.
 */
@Named("page")
@RequestScoped
public class PageContext {

    /** Security-identity attribute: the user's display name. */
    public static final String DISPLAY_NAME = "hocso.displayName";
    /** Security-identity attribute: the session's CSRF token (absent for HTTP Basic clients). */
    public static final String CSRF_TOKEN = "hocso.csrf";
    /** Name of the hidden form field that carries the CSRF token. */
    public static final String CSRF_FIELD = "_csrf";

    @Inject
    SecurityIdentity identity;

    @Inject
    RequestLanguage language;

    @Inject
    HttpServerRequest request;

    /** The template, set to render in the request's language. */
    public TemplateInstance view(TemplateInstance template) {
        return template.setLocale(language.locale());
    }

    public String lang() {
        return language.tag();
    }

    public boolean loggedIn() {
        try {
            return !identity.isAnonymous();
        } catch (RuntimeException failedAuthentication) {
            return false;
        }
    }

    public String userName() {
        return loggedIn() ? identity.getAttribute(DISPLAY_NAME) : "";
    }

    /** True for administrators and auditors, who see the administration pages. */
    public boolean canAdminister() {
        return loggedIn() && (identity.hasRole("ADMIN") || identity.hasRole("AUDITOR"));
    }

    /** True for trainers and administrators, who manage content packages. */
    public boolean canManageContent() {
        return loggedIn() && (identity.hasRole("TRAINER") || identity.hasRole("ADMIN") || identity.hasRole("AUDITOR"));
    }

    public String csrf() {
        String token = loggedIn() ? identity.getAttribute(CSRF_TOKEN) : null;
        return token == null ? "" : token;
    }

    /**
     * Checks the CSRF token a form posted.
     *
     * @throws DomainException 403 when it is missing or not this session's token
     */
    public void requireCsrf(String posted) {
        if (posted == null || !posted.equals(csrf())) {
            throw DomainException.forbidden();
        }
    }

    /** Link that switches the interface to {@code tag} and comes back to this page. */
    public String langUrl(String tag) {
        return "/lang/" + tag + "?return=" + URLEncoder.encode(request.uri(), StandardCharsets.UTF_8);
    }

    /** The request's path, e.g. {@code /reports}. */
    public String path() {
        return request.path();
    }

    /** True when the current path starts with {@code prefix} (for {@code aria-current} in navigation). */
    public boolean at(String prefix) {
        String path = request.path();
        return "/".equals(prefix) ? "/".equals(path) : path.startsWith(prefix);
    }
}
