package vn.hocso.identity.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.service.LoginRejectedException;
import vn.hocso.identity.service.LoginService;

/** Verifies HTTP Basic credentials of API clients through {@link LoginService} (same throttling as the login page). */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Inject
    LoginService login;

    @Inject
    IdentityFactory identities;

    @Inject
    BasicCredentialCache cache;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            String username = request.getUsername();
            String password = new String(request.getPassword().getPassword());
            RoutingContext http = HttpSecurityUtils.getRoutingContextAttribute(request);
            String client = http == null ? "unknown" : ClientAddress.of(http.request());
            UserAccount account;
            try {
                account = login.authenticate(username, password, client, cache.recentHash(username, password));
            } catch (LoginRejectedException rejected) {
                throw new AuthenticationFailedException(rejected.reason().name(), rejected);
            }
            cache.remember(username, password, account.passwordHash);
            return identities.forAccount(account.id);
        });
    }
}
