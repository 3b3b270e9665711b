package vn.hocso.certification.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.hocso.identity.model.UserAccount;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.identity.security.CurrentUser;

/** The person (staff member) behind the signed-in account, for "my certificates". */
@RequestScoped
public class CallerPerson {

    @Inject
    CurrentUser user;

    @Inject
    UserAccountRepository accounts;

    private boolean resolved;
    private Long personId;

    /** The person id of the signed-in account, or null for accounts without a person (operators). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Long id() {
        if (!resolved) {
            UserAccount account = accounts.findById(user.id());
            personId = account == null || account.person == null ? null : account.person.id;
            resolved = true;
        }
        return personId;
    }
}
