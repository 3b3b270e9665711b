package vn.hocso.platform.i18n;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;

/**
 * The language of the current request. Pages use the visitor's explicit choice (the {@value #COOKIE} cookie set by the
 * language switch, or at login from the account's preference) and otherwise Vietnamese. API calls also honour
 * {@code Accept-Language}.
 */
@RequestScoped
public class RequestLanguage {

    /** Cookie that remembers the chosen interface language. */
    public static final String COOKIE = "hocso_lang";

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = resolve();
        }
        return locale;
    }

    /** "vi" or "en". */
    public String tag() {
        return locale().getLanguage();
    }

    public AppMessages messages() {
        return Languages.messages(locale());
    }

    private Locale resolve() {
        Cookie cookie = request.getCookie(COOKIE);
        Locale chosen = cookie == null ? null : Languages.supported(cookie.getValue());
        if (chosen != null) {
            return chosen;
        }
        if (request.path().startsWith("/api/")) {
            Locale accepted = fromAcceptLanguage(request.getHeader("Accept-Language"));
            if (accepted != null) {
                return accepted;
            }
        }
        return Languages.VIETNAMESE;
    }

    /** The first supported language of an Accept-Language header by descending quality, or {@code null}. */
    static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Languages.supported(range.getRange()))
                    .filter(l -> l != null)
                    .findFirst().orElse(null);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
