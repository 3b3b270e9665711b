package vn.hocso.catalog.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.model.Track;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Courses and the catalogue queries over them. */
@ApplicationScoped
public class CourseRepository implements PanacheRepository<Course> {

    /**
     * What a caller sees: published courses owned by a unit at or above one of {@code unitPaths}, plus every course
     * (any status) in {@code managed}.
     *
     * @param searchKey diacritic-free search key ({@code VietnameseText.searchKey}); blank = no text filter
     * @param maxHours  courses of at most this many hours; null = any
     */
    public record Filter(List<String> unitPaths, OrgScope managed, String searchKey, Track track,
            StaffPosition position, SchoolLevel level, BigDecimal maxHours, boolean publishedOnly) {
    }

    /** One page of the courses the filter lets through, by title. */
    public PageResult<Course> search(Filter f, PageRequest page) {
        Parameters params = new Parameters();
        StringBuilder visible = new StringBuilder("(status = 'PUBLISHED' and (false");
        for (int i = 0; i < f.unitPaths().size(); i++) {
            visible.append(" or :unit").append(i).append(" like concat(orgUnit.path, '%')");
            params.and("unit" + i, f.unitPaths().get(i));
        }
        visible.append("))");
        if (!f.publishedOnly() && !f.managed().isEmpty()) {
            visible.append(" or ").append(OrgUnitRepository.pathFilter("orgUnit.path", f.managed(), params));
        }
        StringBuilder where = new StringBuilder("(").append(visible).append(')');
        if (f.searchKey() != null && !f.searchKey().isBlank()) {
            where.append(" and searchText like :q escape '\\'");
            params.and("q", "%" + OrgUnitRepository.likePrefix(f.searchKey()));
        }
        if (f.track() != null) {
            where.append(" and track = :track");
            params.and("track", f.track());
        }
        if (f.position() != null) {
            where.append(" and (:position member of positions or positions is empty)");
            params.and("position", f.position());
        }
        if (f.level() != null) {
            where.append(" and (:level member of schoolLevels or schoolLevels is empty)");
            params.and("level", f.level());
        }
        if (f.maxHours() != null) {
            where.append(" and durationHours <= :hours");
            params.and("hours", f.maxHours());
        }
        PanacheQuery<Course> query = find(where.toString(), Sort.by("title").and("id"), params);
        return new PageResult<>(query.page(page.page(), page.size()).list(), query.count(), page.page(), page.size());
    }

    /** Which of these competency item ids exist. */
    public List<Long> existingCompetencies(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createNativeQuery("SELECT id FROM competency_item WHERE id IN (:ids)", Long.class)
                .setParameter("ids", ids).getResultList();
    }
}
