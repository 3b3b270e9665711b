package vn.hocso.identity.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.hocso.identity.config.IdentityConfig;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.persistence.OrgUnitRepository;

/**
 * At start-up, creates or resets the first city administrator from {@code HOCSO_ADMIN_USERNAME} and
 * {@code HOCSO_ADMIN_PASSWORD} (both must be set; a password shorter than 8 characters is refused with an error in
 * the log and nothing changes).
 */
@ApplicationScoped
public class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    @Inject
    IdentityConfig config;

    @Inject
    AccountService accounts;

    @Inject
    OrgUnitRepository units;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        String username = config.bootstrapAdmin().username().filter(s -> !s.isBlank()).orElse(null);
        String password = config.bootstrapAdmin().password().filter(s -> !s.isBlank()).orElse(null);
        if (username == null || password == null) {
            return;
        }
        if (!PasswordHasher.acceptable(password)) {
            LOG.errorf("HOCSO_ADMIN_PASSWORD is refused: it needs %d to 72 bytes. Administrator '%s' not changed.",
                    PasswordHasher.MIN_LENGTH, username);
            return;
        }
        OrgUnit root = units.find("kind", OrgUnitKind.CITY).firstResult();
        accounts.ensureAdministrator(username, password, root);
        LOG.infof("City administrator '%s' is ready (from HOCSO_ADMIN_USERNAME/HOCSO_ADMIN_PASSWORD)", username);
    }
}
