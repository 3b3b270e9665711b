package vn.hocso.certification.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Read-only view of the competency frameworks (V12 tables, owned by the competency feature), in plain SQL: what a
 * certificate needs to name its requirements and align its achievement.
 */
@ApplicationScoped
public class FrameworkCatalog {

    /** A competency item with its framework. */
    public record Item(long id, UUID identifier, String humanCode, String statement, String statementEn,
            long frameworkId, UUID frameworkIdentifier, String frameworkTitle) {
    }

    /** A proficiency level of a framework. */
    public record Level(long id, long frameworkId, int ordinal, String label, String labelEn) {
    }

    @Inject
    EntityManager em;

    public Optional<Item> item(long id) {
        return items(List.of(id)).values().stream().findFirst();
    }

    /** The items with these ids that exist, by id. */
    public Map<Long, Item> items(Collection<Long> ids) {
        Map<Long, Item> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT i.id, i.identifier, i.human_code, i.full_statement, i.full_statement_en,
                       f.id, f.identifier, f.title
                FROM competency_item i JOIN competency_framework f ON f.id = i.framework_id
                WHERE i.id IN (:ids) ORDER BY i.id""").setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            found.put(id, new Item(id, (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ((Number) r[5]).longValue(), (UUID) r[6], (String) r[7]));
        }
        return found;
    }

    /** The levels with these ids that exist, by id. */
    public Map<Long, Level> levels(Collection<Long> ids) {
        Map<Long, Level> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, framework_id, ordinal, label, label_en FROM proficiency_level WHERE id IN (:ids)""")
                .setParameter("ids", ids).getResultList();
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            found.put(id, new Level(id, ((Number) r[1]).longValue(), ((Number) r[2]).intValue(), (String) r[3],
                    (String) r[4]));
        }
        return found;
    }
}
