package vn.hocso.content.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Packages and their versions. */
@ApplicationScoped
public class PackageRepository implements PanacheRepository<ContentPackage> {

    /** Packages whose org unit lies in the scope, most recently changed first; an empty scope gives an empty page. */
    public PageResult<ContentPackage> inScope(OrgScope scope, boolean includeArchived, PageRequest page) {
        if (scope.isEmpty()) {
            return new PageResult<>(List.of(), 0, page.page(), page.size());
        }
        Parameters params = new Parameters();
        String where = OrgUnitRepository.pathFilter("orgUnit.path", scope, params)
                + (includeArchived ? "" : " and status = 'ACTIVE'");
        PanacheQuery<ContentPackage> query = find(where, Sort.descending("updatedAt", "id"), params);
        return new PageResult<>(query.page(page.page(), page.size()).list(), query.count(), page.page(), page.size());
    }

    /** Active packages a learner of the unit with this path may take: those of the unit and of its ancestors. */
    public List<ContentPackage> availableTo(String learnerUnitPath) {
        return find("status = 'ACTIVE' and :path like concat(orgUnit.path, '%')", Sort.by("title").and("id"),
                Parameters.with("path", learnerUnitPath)).list();
    }

    /** The package of this org unit with this standard and descriptor identifier, locked for update, or null. */
    public ContentPackage sameIdentity(long orgUnitId, vn.hocso.content.model.Standard standard, String identifier) {
        return find("orgUnit.id = ?1 and standard = ?2 and identifier = ?3 order by id", orgUnitId, standard,
                identifier).withLock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** All versions of a package, newest first. */
    public List<PackageVersion> versions(long packageId) {
        return getEntityManager().createQuery("SELECT v FROM PackageVersion v WHERE v.contentPackage.id = :id "
                + "ORDER BY v.version DESC", PackageVersion.class).setParameter("id", packageId).getResultList();
    }

    /** One version of a package, or null. */
    public PackageVersion version(long packageId, int version) {
        return getEntityManager().createQuery("SELECT v FROM PackageVersion v WHERE v.contentPackage.id = :id "
                        + "AND v.version = :v", PackageVersion.class)
                .setParameter("id", packageId).setParameter("v", version).getResultStream().findFirst().orElse(null);
    }

    /** A version by its own id, or null. */
    public PackageVersion versionById(long versionId) {
        return getEntityManager().find(PackageVersion.class, versionId);
    }

    /** Whether any learner has started the package (then it may be archived, not deleted). */
    public boolean hasAttempts(long packageId) {
        return (Boolean) getEntityManager().createNativeQuery(
                "SELECT EXISTS (SELECT 1 FROM scorm_attempt WHERE package_id = ?1) "
                        + "OR EXISTS (SELECT 1 FROM xapi_registration WHERE package_id = ?1) "
                        + "OR EXISTS (SELECT 1 FROM cmi5_registration WHERE package_id = ?1)").setParameter(1, packageId)
                .getSingleResult();
    }

    /** Persists a new version. */
    public void persistVersion(PackageVersion v) {
        getEntityManager().persist(v);
    }

    /** Removes a version row. */
    public void deleteVersion(PackageVersion v) {
        getEntityManager().remove(v);
    }
}
