package vn.hocso.lrs.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import vn.hocso.lrs.config.LrsConfig;

/**
 * At start-up, makes sure the LRS credential named by {@code HOCSO_LRS_KEY} / {@code HOCSO_LRS_SECRET} exists with
 * scope "all" (both must be set; a secret shorter than 8 characters is refused with an error in the log).
 */
@ApplicationScoped
public class LrsBootstrap {

    private static final Logger LOG = Logger.getLogger(LrsBootstrap.class);

    @Inject
    LrsConfig config;

    @Inject
    CredentialService credentials;

    void onStart(@Observes StartupEvent event) {
        String key = config.bootstrapKey().filter(s -> !s.isBlank()).orElse(null);
        String secret = config.bootstrapSecret().filter(s -> !s.isBlank()).orElse(null);
        if (key == null || secret == null) {
            return;
        }
        if (secret.length() < 8 || key.contains(":")) {
            LOG.errorf("HOCSO_LRS_KEY/HOCSO_LRS_SECRET refused: the secret needs at least 8 characters and the key "
                    + "no ':'. LRS credential '%s' not changed.", key);
            return;
        }
        credentials.ensure(key, secret);
        LOG.infof("LRS credential '%s' (scope all) is ready (from HOCSO_LRS_KEY/HOCSO_LRS_SECRET)", key);
    }
}
