package vn.hocso.xapi.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.content.service.PackageService;
import vn.hocso.lrs.persistence.StatementQuery;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.xapi.model.XapiRegistration;
import vn.hocso.xapi.persistence.XapiRegistrationRepository;

/**
 * A learner's progress in an xAPI package, read from the LRS (the single source of truth): whether statements of the
 * registration say the package's launch activity was completed and/or passed, judged by the package's completion rule.
 */
@ApplicationScoped
public class TincanProgress {

    static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";

    /** Progress of one registration. */
    public record Progress(XapiRegistration registration, boolean started, boolean completed, boolean passed,
            boolean done) {
    }

    @Inject
    XapiRegistrationRepository registrations;

    @Inject
    PackageRepository packages;

    @Inject
    PackageService packageService;

    @Inject
    StatementService statements;

    /** The learner's progress in a package; empty when they never launched it. */
    @Transactional
    public Optional<Progress> of(long accountId, long packageId) {
        Optional<XapiRegistration> reg = registrations.of(accountId, packageId);
        if (reg.isEmpty()) {
            return Optional.empty();
        }
        ContentPackage p = packages.findById(packageId);
        String activity = packageService.descriptor(packages.versionById(reg.get().versionId)).launches().get(0).id();
        boolean completed = exists(reg.get(), COMPLETED, activity);
        boolean passed = exists(reg.get(), PASSED, activity);
        boolean done = switch (p.completionRule) {
            case COMPLETED -> completed;
            case PASSED -> passed;
            case BOTH -> completed && passed;
        };
        return Optional.of(new Progress(reg.get(), true, completed, passed, done));
    }

    private boolean exists(XapiRegistration reg, String verb, String activity) {
        return !statements.query(new StatementQuery(null, false, verb, activity, false, reg.registration, null, null,
                false, null, null, null, 1)).isEmpty();
    }
}
