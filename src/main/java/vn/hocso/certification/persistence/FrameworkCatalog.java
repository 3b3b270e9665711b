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

    /** A published framework version. */
    public record Version(long id, String code, String version, String title, String titleEn) {
    }

    private static final String ITEM_SELECT = """
            SELECT i.id, i.identifier, i.human_code, i.full_statement, i.full_statement_en,
                   f.id, f.identifier, f.title
            FROM competency_item i JOIN competency_framework f ON f.id = i.framework_id""";

    @Inject
    EntityManager em;

    /** Every published version, by code, newest version of a code last. */
    public List<Version> published() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, code, version, title, title_en FROM competency_framework
                WHERE published_at IS NOT NULL ORDER BY code, published_at, id""").getResultList();
        return rows.stream().map(r -> new Version(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4])).toList();
    }

    /** The items of a version in reading order. */
    public List<Item> itemsOf(long frameworkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(ITEM_SELECT
                + " WHERE i.framework_id = :fw ORDER BY i.list_enumeration NULLS LAST, i.human_code, i.id")
                .setParameter("fw", frameworkId).getResultList();
        return rows.stream().map(FrameworkCatalog::item).toList();
    }

    /** The levels of a version, lowest first. */
    public List<Level> levelsOf(long frameworkId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, framework_id, ordinal, label, label_en FROM proficiency_level WHERE framework_id = :fw
                ORDER BY ordinal""").setParameter("fw", frameworkId).getResultList();
        return rows.stream().map(FrameworkCatalog::level).toList();
    }

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
        List<Object[]> rows = em.createNativeQuery(ITEM_SELECT + " WHERE i.id IN (:ids) ORDER BY i.id")
                .setParameter("ids", ids).getResultList();
        rows.stream().map(FrameworkCatalog::item).forEach(i -> found.put(i.id(), i));
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
        rows.stream().map(FrameworkCatalog::level).forEach(l -> found.put(l.id(), l));
        return found;
    }

    private static Item item(Object[] r) {
        return new Item(((Number) r[0]).longValue(), (UUID) r[1], (String) r[2], (String) r[3], (String) r[4],
                ((Number) r[5]).longValue(), (UUID) r[6], (String) r[7]);
    }

    private static Level level(Object[] r) {
        return new Level(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Number) r[2]).intValue(),
                (String) r[3], (String) r[4]);
    }
}
