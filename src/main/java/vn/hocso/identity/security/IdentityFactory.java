package vn.hocso.identity.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.model.RoleAssignment;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.model.UserSession;
import vn.hocso.identity.service.AccountService;
import vn.hocso.identity.service.SessionService;
import vn.hocso.org.model.OrgScope;
import vn.hocso.platform.web.PageContext;

/**
 * Builds the security identity of an account: its username as principal, its role names as roles, and as attributes
 * the user id ({@link #USER_ID}), the scope of each role ({@link #SCOPES}), display name, preferred locale and, for
 * page sessions, the CSRF token.
 */
@ApplicationScoped
public class IdentityFactory {

    public static final String USER_ID = "hocso.userId";
    public static final String PERSON_ID = "hocso.personId";
    public static final String SCOPES = "hocso.scopes";
    public static final String PREFERRED_LOCALE = "hocso.locale";

    @Inject
    AccountService accounts;

    @Inject
    SessionService sessions;

    /**
     * The identity of an account that has just been authenticated.
     *
     * @throws AuthenticationFailedException if the account has disappeared or been deactivated meanwhile
     */
    public SecurityIdentity forAccount(long userId) {
        return build(accounts.activeWithRoles(userId).orElseThrow(AuthenticationFailedException::new), null);
    }

    /**
     * The identity behind a session cookie.
     *
     * @throws AuthenticationFailedException when the session is unknown, expired or its account deactivated (the
     *         session is then removed)
     */
    public SecurityIdentity forSession(String token) {
        UserSession session = sessions.resolve(token).orElseThrow(AuthenticationFailedException::new);
        UserAccount account = accounts.activeWithRoles(session.userId).orElse(null);
        if (account == null) {
            sessions.close(token);
            throw new AuthenticationFailedException();
        }
        return build(account, session.csrfToken);
    }

    private static SecurityIdentity build(UserAccount account, String csrfToken) {
        Map<Role, List<String>> paths = new EnumMap<>(Role.class);
        for (RoleAssignment a : account.roles) {
            paths.computeIfAbsent(a.role, r -> new ArrayList<>()).add(a.orgUnit.path);
        }
        Map<Role, OrgScope> scopes = new EnumMap<>(Role.class);
        paths.forEach((role, list) -> scopes.put(role, OrgScope.of(list)));
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addAttribute(USER_ID, account.id)
                .addAttribute(SCOPES, Map.copyOf(scopes))
                .addAttribute(PageContext.DISPLAY_NAME, account.displayName);
        scopes.keySet().forEach(role -> builder.addRole(role.name()));
        if (account.person != null) {
            builder.addAttribute(PERSON_ID, account.person.id);
        }
        if (account.preferredLocale != null) {
            builder.addAttribute(PREFERRED_LOCALE, account.preferredLocale);
        }
        if (csrfToken != null) {
            builder.addAttribute(PageContext.CSRF_TOKEN, csrfToken);
        }
        return builder.build();
    }
}
