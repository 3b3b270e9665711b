package vn.hocso.competency.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.competency.model.Evidence;
import vn.hocso.competency.persistence.EvidenceStore;
import vn.hocso.competency.persistence.ModuleRuleStore;
import vn.hocso.competency.web.EvidenceText;
import vn.hocso.content.store.ContentStore;
import vn.hocso.content.store.StoredFile;
import vn.hocso.org.model.OrgScope;
import vn.hocso.platform.text.Hashes;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/**
 * Evidence administrators record by hand (recognised prior qualifications with a proof file) and reading evidence.
 * Dates are calendar days in Vietnam's time zone (start of day).
 */
@ApplicationScoped
@Transactional
public class EvidenceService {

    private static final Logger LOG = Logger.getLogger(EvidenceService.class);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    /** A prior qualification as an administrator sends it. */
    public record PriorDraft(Long personId, Long itemId, Long levelId, String occurredOn, String validUntil,
            String note) {
    }

    /** An uploaded proof: where it was spooled and the name the client gave it. */
    public record Upload(Path file, String fileName) {
    }

    @Inject
    EvidenceStore store;

    @Inject
    ModuleRuleStore rules;

    @Inject
    AttainmentService attainment;

    @Inject
    ContentStore files;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    AuditLog audit;

    /**
     * Records a prior qualification with its proof (audited, with the proof's SHA-256) and updates the person's
     * attainment. The proof is stored under
     * {@code competency/evidence/…} in the content store; if the transaction then fails, it is deleted again.
     *
     * @param scope the administrator's write scope: the person must work inside it
     * @throws DomainException 422 for missing/unknown person (or outside the scope), item, level, a level of another
     *         framework, bad dates or a note over 2000 characters; 400 without a proof file; 415 for a proof that is
     *         not PDF/PNG/JPEG; 413 for one over {@link EvidenceProofs#MAX_BYTES}
     */
    public Evidence recordPrior(PriorDraft d, Upload proof, OrgScope scope, AuditLog.Actor actor) {
        InputCheck check = new InputCheck();
        Optional<EvidenceStore.PersonUnit> person = Optional.empty();
        if (check.required(d.personId(), "personId")) {
            person = store.personUnit(d.personId()).filter(p -> scope.covers(p.unitPath()));
            check.check(person.isPresent(), "personId", EvidenceText.of(m -> m.error_personUnknown(d.personId())));
        }
        Optional<Long> itemFramework = Optional.empty();
        if (check.required(d.itemId(), "itemId")) {
            itemFramework = rules.itemFramework(d.itemId());
            check.check(itemFramework.isPresent(), "itemId", EvidenceText.of(m -> m.error_itemUnknown(d.itemId())));
        }
        if (check.required(d.levelId(), "levelId")) {
            Optional<Long> levelFramework = rules.levelFramework(d.levelId());
            if (check.check(levelFramework.isPresent(), "levelId",
                    EvidenceText.of(m -> m.error_levelUnknown(d.levelId()))) && itemFramework.isPresent()) {
                check.check(levelFramework.equals(itemFramework), "levelId",
                        EvidenceText.of(m -> m.error_levelFramework()));
            }
        }
        Instant occurred = date(check, "occurredOn", d.occurredOn());
        Instant validUntil = date(check, "validUntil", d.validUntil());
        check.check(d.note() == null || d.note().length() <= 2000, "note",
                m -> m.error_tooLong(2000));
        check.throwIfInvalid();
        EvidenceProofs.Type type = checkProof(proof);
        String key = "competency/evidence/" + UUID.randomUUID() + "." + type.extension;
        String proofHash = sha256(proof.file());
        store(key, proof.file());
        long id = store.insertPrior(new EvidenceStore.Prior(d.personId(), d.itemId(), d.levelId(),
                occurred == null ? Instant.now() : occurred, validUntil, blankToNull(d.note()), key, type.mediaType,
                fileName(proof.fileName()), actor.id()));
        attainment.onPriorQualification(d.personId(), d.itemId(), d.levelId());
        audit.record(actor, "competency.evidence.prior", "competency_evidence", Long.toString(id),
                person.orElseThrow().unitPath(), Map.of("personId", d.personId(), "itemId", d.itemId(),
                        "levelId", d.levelId(), "proofSha256", proofHash));
        return store.find(id).orElseThrow();
    }

    /** A person's evidence, newest first; 404 when the person is outside the scope. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Evidence> ofPerson(long personId, OrgScope scope) {
        requireVisible(personId, scope);
        return store.ofPerson(personId);
    }

    /**
     * The proof file of an evidence and its media type.
     *
     * @throws DomainException 404 when there is no such evidence in the scope or it has no proof
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Proof proof(long evidenceId, OrgScope scope) {
        Evidence e = store.find(evidenceId).orElseThrow(DomainException::notFound);
        requireVisible(e.personId(), scope);
        String key = store.proofKey(evidenceId).orElseThrow(DomainException::notFound);
        try {
            StoredFile f = files.open(key).orElseThrow(DomainException::notFound);
            return new Proof(f, e.proofMediaType(), e.proofFilename());
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** A proof to send. */
    public record Proof(StoredFile file, String mediaType, String fileName) {
    }

    private void requireVisible(long personId, OrgScope scope) {
        if (!store.personUnit(personId).map(p -> scope.covers(p.unitPath())).orElse(false)) {
            throw DomainException.notFound();
        }
    }

    private static EvidenceProofs.Type checkProof(Upload proof) {
        if (proof == null || proof.file() == null) {
            throw new DomainException(400, EvidenceText.of(m -> m.error_proofType()));
        }
        try {
            if (Files.size(proof.file()) > EvidenceProofs.MAX_BYTES) {
                throw new DomainException(413,
                        EvidenceText.of(m -> m.error_proofTooLarge(EvidenceProofs.MAX_BYTES / (1024 * 1024))));
            }
            return EvidenceProofs.detect(proof.file())
                    .orElseThrow(() -> new DomainException(415, EvidenceText.of(m -> m.error_proofType())));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    /** Stores the proof, and deletes it again if the transaction does not commit. */
    private static String sha256(Path file) {
        try {
            return Hashes.sha256Hex(Files.readAllBytes(file));
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
    }

    private void store(String key, Path file) {
        try {
            files.put(key, file);
        } catch (IOException io) {
            throw new UncheckedIOException(io);
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    try {
                        files.deletePrefix(key);
                    } catch (IOException | RuntimeException e) {
                        LOG.warnf(e, "Could not delete the proof %s of a failed transaction", key);
                    }
                }
            }
        });
    }

    private static Instant date(InputCheck check, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim()).atStartOfDay(VIETNAM).toInstant();
        } catch (DateTimeParseException e) {
            check.check(false, field, EvidenceText.of(m -> m.error_date()));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "");
        return base.length() > 300 ? base.substring(0, 300) : base;
    }
}
