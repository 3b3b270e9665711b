package vn.hocso.xapi.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.hocso.xapi.model.XapiRegistration;

/** Registrations of learners in xAPI packages. */
@ApplicationScoped
public class XapiRegistrationRepository implements PanacheRepository<XapiRegistration> {

    /** The learner's registration in a package, if any. */
    public Optional<XapiRegistration> of(long accountId, long packageId) {
        return find("accountId = ?1 and packageId = ?2", accountId, packageId).firstResultOptional();
    }
}
