package vn.hocso.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import vn.hocso.certification.model.IssuerKey;

/** The issuer's signing keys. */
@ApplicationScoped
public class IssuerKeyRepository implements PanacheRepository<IssuerKey> {

    public Optional<IssuerKey> current() {
        return find("retiredAt is null").firstResultOptional();
    }

    /** The current key, locked until the transaction ends (rotation). */
    public Optional<IssuerKey> lockCurrent() {
        return find("retiredAt is null").withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<IssuerKey> findByKid(String kid) {
        return find("kid", kid).firstResultOptional();
    }

    /** Every key ever used, oldest first (all stay published). */
    public List<IssuerKey> all() {
        return listAll(Sort.by("id"));
    }
}
