package vn.hocso.certification.web;

import java.time.Instant;
import java.util.List;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateEvent;
import vn.hocso.certification.model.CertificateType;
import vn.hocso.certification.model.IssuanceMode;

/** API representations of certificate types, certificates and their trail. */
public final class CertificateViews {

    private CertificateViews() {
    }

    public record Requirement(long itemId, long minLevelId) {
    }

    public record TypeView(long id, String achievementId, String name, String nameEn, String description,
            String descriptionEn, String criteriaNarrative, IssuanceMode issuanceMode, Integer validityMonths,
            long orgUnitId, String orgUnitName, boolean active, List<Requirement> requirements) {
    }

    public record CertificateView(long id, String credentialId, String verificationCode, String verificationUrl,
            long typeId, String typeName, long personId, String holderName, String status, boolean current,
            Instant achievedAt, Instant validFrom, Instant validUntil, boolean expired, String reason,
            Long supersedesId) {
    }

    public record EventView(long id, String action, Long actorId, String actorName, String reason,
            Instant occurredAt) {
    }

    public static TypeView type(CertificateType t) {
        return new TypeView(t.id, "urn:uuid:" + t.achievementId, t.name, t.nameEn, t.description, t.descriptionEn,
                t.criteriaNarrative, t.issuanceMode, t.validityMonths, t.orgUnit.id, t.orgUnit.name, t.active,
                t.requirements.stream().map(r -> new Requirement(r.itemId, r.minLevelId)).toList());
    }

    public static CertificateView certificate(Certificate c, String verificationUrl) {
        return new CertificateView(c.id, "urn:uuid:" + c.credentialId, c.verificationCode, verificationUrl,
                c.type.id, c.type.name, c.personId, c.holderName, c.status.name(), c.current, c.achievedAt,
                c.validFrom, c.validUntil, c.expiredAt(Instant.now()), c.decidedReason, c.supersedesId);
    }

    public static EventView event(CertificateEvent e) {
        return new EventView(e.id, e.action.name(), e.actorId, e.actorName, e.reason, e.occurredAt);
    }
}
