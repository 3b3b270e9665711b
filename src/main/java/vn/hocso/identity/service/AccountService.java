package vn.hocso.identity.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import vn.hocso.identity.model.Role;
import vn.hocso.identity.model.RoleAssignment;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.Person;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.org.persistence.PersonRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.Languages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/** Creates and administers login accounts and their scoped roles. */
@ApplicationScoped
@Transactional
public class AccountService {

    /** A role to grant on a unit's subtree. */
    public record Grant(Role role, Long orgUnitId) {
    }

    /** A new account; {@code personId} links it to a staff record. */
    public record NewAccount(String username, String password, String displayName, Long personId,
            String preferredLocale, List<Grant> roles) {
    }

    @Inject
    UserAccountRepository accounts;

    @Inject
    OrgUnitRepository units;

    @Inject
    PersonRepository people;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionService sessions;

    /**
     * Creates an account. Every granted unit, and the linked person's institution, must lie in {@code adminScope}.
     *
     * @throws DomainException 422 for invalid fields or units outside the scope, 409 when the username or the person
     *         already has an account
     */
    public UserAccount create(NewAccount input, OrgScope adminScope) {
        InputCheck check = new InputCheck();
        String username = input.username() == null ? null : input.username().trim().toLowerCase(Locale.ROOT);
        if (check.required(username, "username")) {
            check.check(username.matches("[a-z0-9][a-z0-9._@-]{2,99}"), "username", AppMessages::error_usernameFormat);
        }
        if (check.required(input.password(), "password")) {
            check.check(PasswordHasher.acceptable(input.password()), "password",
                    m -> m.error_passwordPolicy(PasswordHasher.MIN_LENGTH));
        }
        check.required(input.displayName(), "displayName");
        check.check(input.preferredLocale() == null || Languages.supported(input.preferredLocale()) != null,
                "preferredLocale", AppMessages::error_localeUnsupported);
        List<Grant> grants = input.roles() == null ? List.of() : input.roles();
        check.check(!grants.isEmpty(), "roles", AppMessages::error_rolesRequired);
        for (int i = 0; i < grants.size(); i++) {
            Grant g = grants.get(i);
            check.required(g == null ? null : g.role(), "roles[" + i + "].role");
            check.required(g == null ? null : g.orgUnitId(), "roles[" + i + "].orgUnitId");
        }
        check.throwIfInvalid();

        InputCheck scopeCheck = new InputCheck();
        Person person = null;
        if (input.personId() != null) {
            person = people.findById(input.personId());
            scopeCheck.check(person != null && adminScope.covers(person.institution), "personId",
                    AppMessages::error_unitNotInScope);
        }
        List<OrgUnit> grantUnits = grants.stream().map(g -> units.findById(g.orgUnitId())).toList();
        for (int i = 0; i < grantUnits.size(); i++) {
            OrgUnit u = grantUnits.get(i);
            scopeCheck.check(u != null && adminScope.covers(u), "roles[" + i + "].orgUnitId",
                    AppMessages::error_unitNotInScope);
        }
        scopeCheck.throwIfInvalid();
        if (accounts.findByUsername(username).isPresent()) {
            throw DomainException.conflict(m -> m.error_usernameTaken(username));
        }
        if (person != null && accounts.count("person", person) > 0) {
            throw DomainException.conflict(AppMessages::error_personHasAccount);
        }
        UserAccount account = new UserAccount();
        account.username = username;
        account.passwordHash = hasher.hash(input.password());
        account.displayName = VietnameseText.nfc(input.displayName());
        account.person = person;
        account.preferredLocale = input.preferredLocale() == null ? null
                : Languages.supported(input.preferredLocale()).getLanguage();
        for (int i = 0; i < grants.size(); i++) {
            RoleAssignment a = RoleAssignment.of(account, grants.get(i).role(), grantUnits.get(i));
            if (account.roles.stream().noneMatch(r -> r.role == a.role && r.orgUnit == a.orgUnit)) {
                account.roles.add(a);
            }
        }
        accounts.persist(account);
        return account;
    }

    /**
     * The account, when the caller's scope covers it: its person's institution or any unit it holds a role on.
     *
     * @throws DomainException 404 otherwise
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount get(long id, OrgScope scope) {
        UserAccount account = accounts.findWithRoles(id).orElseThrow(DomainException::notFound);
        boolean visible = account.person != null && scope.covers(account.person.institution)
                || account.roles.stream().anyMatch(r -> scope.covers(r.orgUnit));
        if (!visible) {
            throw DomainException.notFound();
        }
        return account;
    }

    /** The caller's own account with its roles. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public UserAccount own(long userId) {
        return accounts.findWithRoles(userId).orElseThrow(DomainException::notFound);
    }

    /**
     * Lifts a lock from repeated failed logins.
     *
     * @throws DomainException 404 when the account is not in the caller's scope
     */
    public UserAccount unlock(long id, OrgScope adminScope) {
        UserAccount account = get(id, adminScope);
        account.failedAttempts = 0;
        account.lockedUntil = null;
        return account;
    }

    /**
     * Deactivates or reactivates an account; deactivation ends its sessions at once.
     *
     * @throws DomainException 404 when the account is not in the caller's scope
     */
    public UserAccount setActive(long id, boolean active, OrgScope adminScope) {
        UserAccount account = get(id, adminScope);
        account.active = active;
        if (!active) {
            sessions.closeAll(account.id);
        }
        return account;
    }

    /**
     * Sets a new password chosen by an administrator, lifts any lock and ends the account's sessions.
     *
     * @throws DomainException 422 when the password is too short or too long, 404 when the account is not in scope
     */
    public UserAccount resetPassword(long id, String password, OrgScope adminScope) {
        InputCheck check = new InputCheck();
        if (check.required(password, "password")) {
            check.check(PasswordHasher.acceptable(password), "password",
                    m -> m.error_passwordPolicy(PasswordHasher.MIN_LENGTH));
        }
        check.throwIfInvalid();
        UserAccount account = get(id, adminScope);
        account.passwordHash = hasher.hash(password);
        account.passwordChangedAt = java.time.Instant.now();
        account.failedAttempts = 0;
        account.lockedUntil = null;
        sessions.closeAll(account.id);
        return account;
    }

    /**
     * The account with its roles and their units loaded, for building a security identity (callable where no
     * request context is active); empty when it no longer exists or is inactive.
     */
    public java.util.Optional<UserAccount> activeWithRoles(long userId) {
        return accounts.findWithRoles(userId).filter(a -> a.active);
    }

    /** Remembers the account's interface language ("vi" or "en"); unknown accounts or languages are ignored. */
    public void setPreferredLocale(long userId, String tag) {
        Locale locale = Languages.supported(tag);
        UserAccount account = accounts.findById(userId);
        if (account != null && locale != null) {
            account.preferredLocale = locale.getLanguage();
        }
    }

    /**
     * Makes sure an active, unlocked city administrator with this username and password exists: created if missing,
     * password reset and ADMIN granted on {@code root} if present. Its sessions end when the password changes.
     */
    public UserAccount ensureAdministrator(String username, String password, OrgUnit root) {
        String name = username.trim().toLowerCase(Locale.ROOT);
        UserAccount account = accounts.findByUsername(name).orElse(null);
        if (account == null) {
            account = new UserAccount();
            account.username = name;
            account.displayName = "Quản trị hệ thống";
            account.passwordHash = hasher.hash(password);
            accounts.persist(account);
        } else if (!hasher.verify(password, account.passwordHash)) {
            account.passwordHash = hasher.hash(password);
            account.passwordChangedAt = java.time.Instant.now();
            sessions.closeAll(account.id);
        }
        account.active = true;
        account.failedAttempts = 0;
        account.lockedUntil = null;
        UserAccount target = account;
        if (account.roles.stream().noneMatch(r -> r.role == Role.ADMIN && r.orgUnit.id.equals(root.id))) {
            account.roles.add(RoleAssignment.of(target, Role.ADMIN, root));
        }
        return account;
    }
}
