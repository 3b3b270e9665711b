package vn.hocso.identity.web;

import jakarta.ws.rs.core.NewCookie;
import java.time.Duration;

/** The cookies HocSo sets: all on path "/", SameSite=Lax; the session cookie is also HttpOnly. */
final class Cookies {

    private Cookies() {
    }

    static NewCookie session(String name, String value, Duration maxAge, boolean secure) {
        return build(name, value, (int) maxAge.toSeconds(), secure, true);
    }

    static NewCookie preference(String name, String value, boolean secure) {
        return build(name, value, (int) Duration.ofDays(365).toSeconds(), secure, false);
    }

    static NewCookie expired(String name, boolean secure) {
        return build(name, "", 0, secure, true);
    }

    private static NewCookie build(String name, String value, int maxAge, boolean secure, boolean httpOnly) {
        return new NewCookie.Builder(name).value(value).path("/").maxAge(maxAge).secure(secure).httpOnly(httpOnly)
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    /**
     * A redirect target that stays on this site: a valid relative URI whose path starts with one "/" (no scheme, no
     * host, no white space or control characters), else the fallback.
     */
    static String localPath(String candidate, String fallback) {
        if (candidate == null || !candidate.startsWith("/") || candidate.startsWith("//")
                || candidate.startsWith("/\\") || candidate.chars().anyMatch(c -> c <= ' ' || c == 127)) {
            return fallback;
        }
        try {
            java.net.URI uri = new java.net.URI(candidate);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? candidate : fallback;
        } catch (java.net.URISyntaxException e) {
            return fallback;
        }
    }
}
