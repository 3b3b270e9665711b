package vn.hocso.identity.security;

import io.vertx.core.http.HttpServerRequest;

/** The client's address as the HTTP layer sees it (honours X-Forwarded-For only when proxy forwarding is enabled). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
