package vn.hocso.certification.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateEvent;
import vn.hocso.certification.model.CertificateRequirement;
import vn.hocso.certification.model.CertificateStatus;
import vn.hocso.certification.model.CertificateType;
import vn.hocso.certification.model.IssuanceMode;
import vn.hocso.certification.persistence.CertificateEventRepository;
import vn.hocso.certification.persistence.CertificateRepository;
import vn.hocso.certification.persistence.CertificateTypeRepository;
import vn.hocso.certification.persistence.FrameworkCatalog;
import vn.hocso.certification.persistence.StatusListStore;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.Person;
import vn.hocso.org.persistence.PersonRepository;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.Hashes;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.InputCheck;

/**
 * Issues certificates when their rules are met and manages their life cycle: approval queue, rejection, revocation
 * and renewal. Every change appends to the certificate trail ({@code certificate_event}) and the audit log in the same
 * transaction.
 *
 * <p>Idempotency: evaluation of one person is serialised (a transaction-scoped advisory lock), a person × type ×
 * achievement (the attainments that met the rule) is certified at most once (unique constraint), and at most one
 * certificate per person and type is current (partial unique index). A still-valid current certificate is never
 * duplicated; an expired one is superseded by a renewal when new attainments meet the rule again.
 */
@ApplicationScoped
public class Issuance {

    private static final Logger LOG = Logger.getLogger(Issuance.class);
    private static final long LOCK_NAMESPACE = 0x4843_4552_0000_0000L;
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final int MAX_REASON = 2000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AttainmentSource attainments;

    @Inject
    CertificateTypeRepository types;

    @Inject
    CertificateRepository certificates;

    @Inject
    CertificateEventRepository events;

    @Inject
    PersonRepository people;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    StatusLists statusLists;

    @Inject
    CredentialBuilder builder;

    @Inject
    VcJwt vcJwt;

    @Inject
    DataIntegrity dataIntegrity;

    @Inject
    AuditLog audit;

    @Inject
    EntityManager em;

    /**
     * Evaluates every active certificate type that applies to the person (their institution lies in the type's
     * subtree) and issues or queues what the attainments now justify, in a new transaction.
     *
     * @return the certificates created (issued or queued); empty when nothing new is due or the person is unknown
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Certificate> evaluate(long personId, AuditLog.Actor actor) {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(:key)").setParameter("key", LOCK_NAMESPACE ^ personId)
                .getSingleResult();
        Person person = people.findById(personId);
        if (person == null || !person.active) {
            return List.of();
        }
        List<Certificate> created = new ArrayList<>();
        for (CertificateType type : types.applicableTo(person.institution.path)) {
            evaluate(person, type, actor).ifPresent(created::add);
        }
        return created;
    }

    /**
     * A certificate type just created or changed: evaluates everyone of its subtree who already holds its first
     * requirement (the others cannot meet it), each in a new transaction as {@link #evaluate(long, AuditLog.Actor)}.
     *
     * @return how many people were evaluated (0 for an inactive or unknown type)
     */
    @Transactional(Transactional.TxType.NEVER)
    public int evaluateHolders(long typeId, AuditLog.Actor actor) {
        List<Long> candidates = QuarkusTransaction.requiringNew().call(() -> {
            CertificateType type = types.findById(typeId);
            if (type == null || !type.active || type.requirements.isEmpty()) {
                return List.<Long>of();
            }
            CertificateRequirement first = type.requirements.get(0);
            FrameworkCatalog.Level min = catalog.levels(List.of(first.minLevelId)).get(first.minLevelId);
            return min == null ? List.<Long>of()
                    : attainments.holders(first.itemId, min.ordinal(), type.orgUnit.path);
        });
        candidates.forEach(person -> QuarkusTransaction.requiringNew().run(() -> evaluate(person, actor)));
        return candidates.size();
    }

    private Optional<Certificate> evaluate(Person person, CertificateType type, AuditLog.Actor actor) {
        if (type.requirements.isEmpty()) {
            return Optional.empty();
        }
        Map<Long, FrameworkCatalog.Level> levels = catalog.levels(
                type.requirements.stream().map(r -> r.minLevelId).toList());
        List<AttainmentSource.Attained> met = new ArrayList<>();
        Instant now = Instant.now();
        for (CertificateRequirement r : type.requirements) {
            FrameworkCatalog.Level min = levels.get(r.minLevelId);
            if (min == null) {
                return Optional.empty();
            }
            Optional<AttainmentSource.Attained> a = attainments.attained(person.id, r.itemId, min.ordinal())
                    .filter(x -> x.itemId() == r.itemId && x.levelOrdinal() >= min.ordinal() && x.heldAt(now));
            if (a.isEmpty()) {
                return Optional.empty();
            }
            met.add(a.get());
        }
        String key = achievementKey(met);
        if (certificates.achievementCertified(type.id, person.id, key)) {
            return Optional.empty();
        }
        Optional<Certificate> current = certificates.findCurrent(type.id, person.id);
        Certificate superseded = null;
        if (current.isPresent()) {
            Certificate old = current.get();
            if (!old.expiredAt(now)) {
                return Optional.empty();  // pending, or still valid: nothing to renew
            }
            old.status = CertificateStatus.SUPERSEDED;
            old.current = false;
            old.updatedAt = now;
            certificates.flush();
            superseded = old;
        }
        Certificate c = new Certificate();
        c.credentialId = UUID.randomUUID();
        c.verificationCode = newCode();
        c.type = type;
        c.personId = person.id;
        c.orgPath = person.institution.path;
        c.holderName = vn.hocso.platform.text.VietnameseText.nfc(person.fullName);
        c.achievementKey = key;
        c.achievedAt = met.stream().map(AttainmentSource.Attained::achievedAt).max(Comparator.naturalOrder())
                .orElse(now);
        c.supersedesId = superseded == null ? null : superseded.id;
        c.current = true;
        if (type.issuanceMode == IssuanceMode.AUTOMATIC) {
            sign(c, person, now);
            certificates.persistAndFlush(c);
            trail(c, superseded == null ? CertificateEvent.Action.ISSUED : CertificateEvent.Action.RENEWED, actor,
                    superseded == null ? null : "renews " + superseded.verificationCode);
        } else {
            c.status = CertificateStatus.PENDING;
            certificates.persistAndFlush(c);
            trail(c, CertificateEvent.Action.QUEUED, actor,
                    superseded == null ? null : "renews " + superseded.verificationCode);
        }
        if (superseded != null) {
            trail(superseded, CertificateEvent.Action.SUPERSEDED, actor, "renewed by " + c.verificationCode);
        }
        LOG.infof("Certificate %s (%s) for person %d, type %d", c.verificationCode, c.status, person.id, type.id);
        return Optional.of(c);
    }

    /**
     * Approves a pending certificate: it is signed and issued now.
     *
     * @throws DomainException 404 outside the caller's scope, 409 when it is not pending
     */
    @Transactional
    public Certificate approve(long id, OrgScope scope, AuditLog.Actor actor) {
        Certificate c = locked(id, scope);
        if (c.status != CertificateStatus.PENDING) {
            throw DomainException.conflict(AppMessages::certificate_errorNotPending);
        }
        Person person = people.findById(c.personId);
        sign(c, person, Instant.now());
        certificates.flush();
        trail(c, CertificateEvent.Action.APPROVED, actor, null);
        return c;
    }

    /**
     * Rejects a pending certificate with a reason. The same achievement is not queued again.
     *
     * @throws DomainException 422 without a reason, 404 outside the scope, 409 when it is not pending
     */
    @Transactional
    public Certificate reject(long id, String reason, OrgScope scope, AuditLog.Actor actor) {
        String why = reason(reason);
        Certificate c = locked(id, scope);
        if (c.status != CertificateStatus.PENDING) {
            throw DomainException.conflict(AppMessages::certificate_errorNotPending);
        }
        c.status = CertificateStatus.REJECTED;
        c.current = false;
        c.decidedReason = why;
        c.updatedAt = Instant.now();
        certificates.flush();
        trail(c, CertificateEvent.Action.REJECTED, actor, why);
        return c;
    }

    /**
     * Revokes an issued certificate with a reason: its status-list bit is set, its verification page says so. The
     * same achievement is not certified again; new attainments can earn a new certificate.
     *
     * @throws DomainException 422 without a reason, 404 outside the scope, 409 when it is not issued
     */
    @Transactional
    public Certificate revoke(long id, String reason, OrgScope scope, AuditLog.Actor actor) {
        String why = reason(reason);
        Certificate c = locked(id, scope);
        if (c.status != CertificateStatus.ISSUED && c.status != CertificateStatus.SUPERSEDED) {
            throw DomainException.conflict(AppMessages::certificate_errorNotIssued);
        }
        c.status = CertificateStatus.REVOKED;
        c.current = false;
        c.decidedReason = why;
        c.updatedAt = Instant.now();
        certificates.flush();
        statusLists.revoke(c.statusListId, c.statusIndex);
        trail(c, CertificateEvent.Action.REVOKED, actor, why);
        return c;
    }

    private Certificate locked(long id, OrgScope scope) {
        Certificate c = certificates.lock(id).orElseThrow(DomainException::notFound);
        if (!scope.covers(c.orgPath)) {
            throw DomainException.notFound();
        }
        org.hibernate.Hibernate.initialize(c.type);  // callers show the type's name after the transaction
        return c;
    }

    /** Signs the credential of {@code c} as of {@code now} and marks it issued. */
    private void sign(Certificate c, Person person, Instant now) {
        Instant from = now.truncatedTo(ChronoUnit.SECONDS);
        c.validFrom = from;
        c.validUntil = c.type.validityMonths == null ? null
                : from.atZone(ZoneOffset.UTC).plusMonths(c.type.validityMonths).toInstant();
        StatusListStore.Entry entry = statusLists.allocate();
        List<Long> itemIds = c.type.requirements.stream().map(r -> r.itemId).toList();
        List<Long> levelIds = c.type.requirements.stream().map(r -> r.minLevelId).toList();
        ObjectNode credential = builder.build(c, new CredentialBuilder.Subject(person.nationalId,
                catalog.items(itemIds), catalog.levels(levelIds), statusLists.entry(entry)));
        VcJwt.Signed signed = vcJwt.sign(credential);
        c.credentialJson = CredentialJson.write(dataIntegrity.sign(credential, from));
        c.credentialJwt = signed.jwt();
        c.signingKid = signed.kid();
        c.statusListId = entry.listId();
        c.statusIndex = entry.index();
        c.status = CertificateStatus.ISSUED;
        c.updatedAt = now;
    }

    private void trail(Certificate c, CertificateEvent.Action action, AuditLog.Actor actor, String reason) {
        CertificateEvent e = new CertificateEvent();
        e.certificateId = c.id;
        e.action = action;
        e.actorId = actor.id();
        e.actorName = actor.name();
        e.reason = reason;
        events.persist(e);
        audit.record(actor, "certificate." + action.name().toLowerCase(), "certificate", Long.toString(c.id),
                c.orgPath, reason == null ? Map.of("code", c.verificationCode)
                        : Map.of("code", c.verificationCode, "reason", reason));
    }

    private static String reason(String reason) {
        InputCheck check = new InputCheck();
        String trimmed = reason == null ? null : vn.hocso.platform.text.VietnameseText.nfc(reason);
        if (check.required(trimmed, "reason")) {
            check.check(trimmed.length() <= MAX_REASON, "reason", m -> m.error_tooLong(MAX_REASON));
        }
        check.throwIfInvalid();
        return trimmed;
    }

    /** Identifies the attainments that met a rule: sorted item, level and achievement time of each. */
    static String achievementKey(List<AttainmentSource.Attained> met) {
        List<String> parts = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        met.stream().sorted(Comparator.comparingLong(AttainmentSource.Attained::itemId)).forEach(a -> {
            if (seen.add(a.itemId())) {
                parts.add(a.itemId() + ":" + a.levelId() + ":" + a.achievedAt().toEpochMilli());
            }
        });
        return Hashes.sha256Hex(parts.toArray(String[]::new));
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }
}
