package vn.hocso.identity.security;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.hocso.identity.model.Role;
import vn.hocso.org.model.OrgScope;

/** The signed-in user of the current request and the org scopes of their roles. */
@RequestScoped
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    /**
     * @throws UnauthorizedException when nobody is signed in
     */
    public long id() {
        requireAuthenticated();
        Long id = identity.getAttribute(IdentityFactory.USER_ID);
        return id;
    }

    public String username() {
        requireAuthenticated();
        return identity.getPrincipal().getName();
    }

    public String displayName() {
        requireAuthenticated();
        return identity.getAttribute(vn.hocso.platform.web.PageContext.DISPLAY_NAME);
    }

    public boolean has(Role role) {
        return !identity.isAnonymous() && identity.hasRole(role.name());
    }

    /** The union of the subtrees on which the user holds any of the roles; empty if none. */
    public OrgScope scope(Role... roles) {
        if (identity.isAnonymous()) {
            return OrgScope.none();
        }
        Map<Role, OrgScope> scopes = identity.getAttribute(IdentityFactory.SCOPES);
        List<String> paths = new ArrayList<>();
        for (Role r : roles) {
            OrgScope s = scopes.get(r);
            if (s != null) {
                paths.addAll(s.paths());
            }
        }
        return OrgScope.of(paths);
    }

    /** What the user may read in administration: the ADMIN and AUDITOR subtrees. */
    public OrgScope readScope() {
        return scope(Role.ADMIN, Role.AUDITOR);
    }

    /** What the user may change in administration: the ADMIN subtrees. */
    public OrgScope writeScope() {
        return scope(Role.ADMIN);
    }

    private void requireAuthenticated() {
        if (identity.isAnonymous()) {
            throw new UnauthorizedException();
        }
    }
}
