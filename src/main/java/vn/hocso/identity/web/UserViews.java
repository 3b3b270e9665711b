package vn.hocso.identity.web;

import java.time.Instant;
import java.util.List;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.model.UserAccount;

/** JSON shapes of accounts. */
final class UserViews {

    private UserViews() {
    }

    /** A role on a unit's subtree. */
    record RoleView(Role role, Long orgUnitId, String orgUnitCode, String orgUnitName) {
    }

    /** An account as administrators see it. */
    record UserView(Long id, String username, String displayName, Long personId, String preferredLocale,
            boolean active, boolean locked, Instant lastLoginAt, List<RoleView> roles) {
    }

    static UserView of(UserAccount a) {
        List<RoleView> roles = a.roles.stream()
                .map(r -> new RoleView(r.role, r.orgUnit.id, r.orgUnit.code, r.orgUnit.name)).toList();
        return new UserView(a.id, a.username, a.displayName, a.person == null ? null : a.person.id,
                a.preferredLocale, a.active, a.isLocked(Instant.now()), a.lastLoginAt, roles);
    }
}
