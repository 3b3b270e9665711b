package vn.hocso.certification.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateStatus;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Queries on certificates. Scoped lists filter on the holder's institution path (prefix index). */
@ApplicationScoped
public class CertificateRepository implements PanacheRepository<Certificate> {

    public Optional<Certificate> findCurrent(long typeId, long personId) {
        return find("type.id = ?1 and personId = ?2 and current = true", typeId, personId).firstResultOptional();
    }

    public boolean achievementCertified(long typeId, long personId, String achievementKey) {
        return count("type.id = ?1 and personId = ?2 and achievementKey = ?3", typeId, personId, achievementKey) > 0;
    }

    public Optional<Certificate> findByCode(String code) {
        return find("verificationCode", code).firstResultOptional();
    }

    public Optional<Certificate> findByCredentialId(UUID id) {
        return find("credentialId", id).firstResultOptional();
    }

    /** The certificate, locked for update until the transaction ends. */
    public Optional<Certificate> lock(long id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** A person's certificates except rejected ones, newest first. */
    public List<Certificate> ofPerson(long personId) {
        return list("select c from Certificate c join fetch c.type where c.personId = ?1 and c.status <> ?2 "
                + "order by c.createdAt desc, c.id desc", personId, CertificateStatus.REJECTED);
    }

    /** Certificates of holders in the scope, optionally of one status, newest first; paged. */
    public PageResult<Certificate> inScope(OrgScope scope, CertificateStatus status, PageRequest page) {
        if (scope.isEmpty()) {
            return new PageResult<>(List.of(), 0, page.page(), page.size());
        }
        Parameters params = new Parameters();
        String where = OrgUnitRepository.pathFilter("c.orgPath", scope, params);
        if (status != null) {
            where += " and c.status = :status";
            params.and("status", status);
        }
        var query = find("select c from Certificate c join fetch c.type where " + where
                + " order by c.createdAt desc, c.id desc", params);
        long total = count("from Certificate c where " + where, params);
        return new PageResult<>(query.range(page.offset(), page.offset() + page.size() - 1).list(), total,
                page.page(), page.size());
    }

    /** Ids of issued or revoked certificates of holders under {@code path} (for the bulk export), oldest first. */
    public List<Long> exportableUnder(String path) {
        return find("select c.id from Certificate c where c.orgPath like ?1 escape '\\' and c.status in ?2 "
                + "order by c.id", OrgUnitRepository.likePrefix(path),
                List.of(CertificateStatus.ISSUED, CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED))
                .project(Long.class).list();
    }
}
