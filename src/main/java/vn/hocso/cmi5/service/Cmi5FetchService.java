package vn.hocso.cmi5.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import vn.hocso.cmi5.model.Cmi5Registration;
import vn.hocso.cmi5.model.Cmi5Session;
import vn.hocso.cmi5.persistence.Cmi5Repository;
import vn.hocso.content.config.ContentConfig;
import vn.hocso.lrs.service.CredentialService;
import vn.hocso.platform.text.Hashes;

/**
 * The cmi5 fetch URL: the first POST of a launch's fetch token creates the AU's LRS credential (limited to the
 * learner and the registration: statements and state; it cannot void other learners' data) and answers
 * {@code {"auth-token": …}} (the value for {@code Authorization: Basic}); any later request gets error code 1.
 * The credential's secret exists only in that one answer.
 */
@ApplicationScoped
public class Cmi5FetchService {

    /** The JSON answer: an auth token, or a cmi5 error code (1 used/expired, 2 security, 3 application). */
    public record Answer(String authToken, String errorCode, String errorText) {
    }

    @Inject
    Cmi5Repository repository;

    @Inject
    CredentialService credentials;

    @Inject
    ContentConfig config;

    /** Redeems a fetch token. */
    @Transactional
    public Answer fetch(String token) {
        Optional<Cmi5Session> session = token == null ? Optional.empty()
                : repository.sessionByFetchHash(Hashes.sha256Hex(token));
        if (session.isEmpty()) {
            return new Answer(null, "2", "Unknown fetch URL");
        }
        Cmi5Session s = session.get();
        if (s.fetchedAt != null) {
            return new Answer(null, "1", "This fetch URL has already been used");
        }
        if (s.launchedAt.plus(config.launchTtl()).isBefore(Instant.now())) {
            return new Answer(null, "1", "This launch has expired");
        }
        Cmi5Registration reg = repository.findById(s.registrationId);
        CredentialService.Created c = credentials.createLaunch("cmi5 session " + s.sessionId, reg.actorIfi,
                reg.registration, Instant.now().plus(config.launchTtl()), reg.accountId, true);
        s.fetchedAt = Instant.now();
        s.credentialId = c.credential().id;
        String auth = Base64.getEncoder().encodeToString((c.credential().apiKey + ":" + c.secret())
                .getBytes(StandardCharsets.UTF_8));
        return new Answer(auth, null, null);
    }
}
