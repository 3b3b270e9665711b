package vn.hocso.scorm.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.content.model.Standard;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.content.service.LaunchTokens;
import vn.hocso.platform.web.DomainException;
import vn.hocso.scorm.model.ScormAttempt;
import vn.hocso.scorm.persistence.AttemptRepository;

/**
 * Starts or resumes a learner's SCORM attempt and issues the launch token that opens it on the content origin. A
 * learner has at most one open attempt per package; it stays on the version it started with even when trainers
 * upload newer ones.
 */
@ApplicationScoped
public class LaunchService {

    /** A launch: the token for the content origin and the entry to open first. */
    public record Started(String token, int entryIndex, ScormAttempt attempt) {
    }

    @Inject
    AttemptRepository attempts;

    @Inject
    PackageRepository packages;

    @Inject
    LaunchTokens tokens;

    @Inject
    Attempts context;

    /**
     * Launches a package for a learner (the caller has checked that they may take it).
     *
     * @param newAttempt close the open attempt (if any) and start a fresh one on the latest version
     * @param itemId the entry to open, or null for where the learner left off (or the first)
     * @param lmsOrigin origin of the LMS page that frames the player
     * @throws DomainException 404 for an unknown package; 409 when it is archived; 422 when it is not SCORM
     */
    @Transactional
    public Started start(long accountId, long packageId, boolean newAttempt, String itemId, String lmsOrigin) {
        ContentPackage p = packages.findById(packageId);
        if (p == null) {
            throw DomainException.notFound();
        }
        if (p.status != ContentPackage.Status.ACTIVE) {
            throw DomainException.conflict(m -> m.error_packageArchived());
        }
        if (p.standard != Standard.SCORM_12 && p.standard != Standard.SCORM_2004) {
            throw new DomainException(422, m -> m.error_packageNotScorm());
        }
        ScormAttempt attempt = attempts.openAttempt(accountId, packageId).orElse(null);
        if (attempt != null && newAttempt) {
            attempt.status = ScormAttempt.Status.CLOSED;
            attempt.closedAt = Instant.now();
            attempts.flush();
            attempt = null;
        }
        if (attempt == null) {
            PackageVersion latest = packages.version(p.id, p.latestVersion);
            attempt = new ScormAttempt();
            attempt.registration = UUID.randomUUID();
            attempt.accountId = accountId;
            attempt.packageId = p.id;
            attempt.versionId = latest.id;
            attempt.attemptNo = attempts.lastAttemptNo(accountId, p.id) + 1;
            attempts.persist(attempt);
        }
        AttemptContext ctx = context.load(attempt.id, "vi");
        int index = itemId != null ? ctx.indexOf(itemId)
                : attempt.currentItem != null ? Math.max(0, ctx.indexOf(attempt.currentItem)) : 0;
        if (index < 0) {
            throw DomainException.notFound();
        }
        String token = tokens.create(attempt.versionId, accountId, attempt.id, lmsOrigin);
        return new Started(token, index, attempt);
    }
}
