package vn.hocso.lrs.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.hocso.lrs.model.LrsCredential;

/** LRS client credentials. */
@ApplicationScoped
public class LrsCredentialRepository implements PanacheRepository<LrsCredential> {

    public Optional<LrsCredential> findByKey(String apiKey) {
        return find("apiKey", apiKey).firstResultOptional();
    }
}
