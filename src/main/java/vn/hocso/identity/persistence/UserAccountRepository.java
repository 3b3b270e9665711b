package vn.hocso.identity.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.hocso.identity.model.UserAccount;

/** Login accounts. */
@ApplicationScoped
public class UserAccountRepository implements PanacheRepository<UserAccount> {

    /** The account with this username (compared in lower case). */
    public Optional<UserAccount> findByUsername(String username) {
        return find("username", username.toLowerCase()).firstResultOptional();
    }

    /** The account with its role assignments and their units loaded, for building a security identity. */
    public Optional<UserAccount> findWithRoles(long id) {
        return find("select distinct u from UserAccount u left join fetch u.roles r left join fetch r.orgUnit "
                + "where u.id = ?1", id).singleResultOptional();
    }
}
