package vn.hocso.org.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;

/** Queries on the organisation tree. Subtree filters use the path prefix index. */
@ApplicationScoped
public class OrgUnitRepository implements PanacheRepository<OrgUnit> {

    public Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    /** Units whose paths are given, ordered from the root down (for breadcrumbs). */
    public List<OrgUnit> findByPaths(List<String> paths) {
        return list("path in ?1 order by length(path)", paths);
    }

    public List<OrgUnit> children(long parentId) {
        return list("parent.id = ?1", Sort.by("kind").and("name"), parentId);
    }

    /** The roots of a scope: the units at its paths. */
    public List<OrgUnit> roots(OrgScope scope) {
        if (scope.isEmpty()) {
            return List.of();
        }
        return list("path in ?1 order by name", scope.paths());
    }

    /** Number of active people in each child's subtree, keyed by child id. */
    public Map<Long, Long> peopleCountByChild(long parentId) {
        List<Object[]> rows = getEntityManager().createQuery("""
                select c.id, count(p.id) from OrgUnit c, Person p
                where c.parent.id = :parent and p.active = true
                  and substring(p.institution.path, 1, length(c.path)) = c.path
                group by c.id""", Object[].class)
                .setParameter("parent", parentId).getResultList();
        Map<Long, Long> counts = new HashMap<>();
        rows.forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    /** Units of the scope whose name or code contains the text (case-insensitive), at most {@code limit}. */
    public List<OrgUnit> search(OrgScope scope, String text, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Parameters params = Parameters.with("text", "%" + likePrefix(text.toLowerCase()));
        String where = "(lower(name) like :text escape '\\' or lower(code) like :text escape '\\') and "
                + pathFilter("path", scope, params);
        return find(where + " order by name", params).page(0, limit).list();
    }

    /** A LIKE pattern matching every text that starts with {@code prefix} ('%', '_' and '\\' in it are literal). */
    public static String likePrefix(String prefix) {
        return prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * An HQL condition restricting {@code pathExpression} to the scope, adding its parameters to {@code params}.
     * Callers must not pass an empty scope.
     */
    public static String pathFilter(String pathExpression, OrgScope scope, Parameters params) {
        StringBuilder where = new StringBuilder("(");
        for (int i = 0; i < scope.paths().size(); i++) {
            where.append(i == 0 ? "" : " or ").append(pathExpression).append(" like :scope").append(i)
                    .append(" escape '\\'");
            params.and("scope" + i, likePrefix(scope.paths().get(i)));
        }
        return where.append(')').toString();
    }
}
