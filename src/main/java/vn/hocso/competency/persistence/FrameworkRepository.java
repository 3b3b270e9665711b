package vn.hocso.competency.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocso.competency.model.Framework;

/** Framework versions (CASE documents). */
@ApplicationScoped
public class FrameworkRepository implements PanacheRepository<Framework> {

    /** Every version, grouped by code, oldest version first within a code. */
    public List<Framework> allVersions() {
        return listAll(Sort.by("code").and("id"));
    }

    /** The version with this CASE identifier, or null. */
    public Framework byIdentifier(UUID identifier) {
        return find("identifier", identifier).firstResult();
    }

    /** The version with this code and version label, or null. */
    public Framework byCodeAndVersion(String code, String version) {
        return find("code = ?1 and version = ?2", code, version).firstResult();
    }

    /** All versions of a framework, oldest first. */
    public List<Framework> versionsOf(String code) {
        return list("code", Sort.by("id"), code);
    }

    /** The unpublished (draft) version of a framework, or null. */
    public Framework draftOf(String code) {
        return find("code = ?1 and publishedAt is null", code).firstResult();
    }

    /** The most recently published version of a framework, or null. */
    public Framework latestPublished(String code) {
        return find("code = ?1 and publishedAt is not null", Sort.descending("publishedAt", "id"), code)
                .firstResult();
    }

    /** Number of items of each version, by version id. */
    public Map<Long, Long> itemCounts() {
        Map<Long, Long> counts = new HashMap<>();
        List<?> rows = getEntityManager().createNativeQuery(
                "SELECT framework_id, count(*) FROM competency_item GROUP BY framework_id").getResultList();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return counts;
    }
}
