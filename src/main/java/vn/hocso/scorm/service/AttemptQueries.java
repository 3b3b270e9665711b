package vn.hocso.scorm.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.hocso.scorm.model.ScormAttempt;
import vn.hocso.scorm.persistence.AttemptRepository;

/** Read-only views of attempts. */
@ApplicationScoped
public class AttemptQueries {

    @Inject
    AttemptRepository attempts;

    /** A learner's attempts on a package, newest first. */
    @Transactional
    public List<ScormAttempt> of(long accountId, long packageId) {
        return attempts.attempts(accountId, packageId);
    }
}
