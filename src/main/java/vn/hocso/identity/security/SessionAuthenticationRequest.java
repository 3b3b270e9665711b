package vn.hocso.identity.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** Authentication by the page-session cookie's token. */
public class SessionAuthenticationRequest extends BaseAuthenticationRequest {

    private final String token;

    public SessionAuthenticationRequest(String token) {
        this.token = token;
    }

    public String token() {
        return token;
    }
}
