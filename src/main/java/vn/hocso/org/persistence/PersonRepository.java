package vn.hocso.org.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.Person;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Queries on staff. */
@ApplicationScoped
public class PersonRepository implements PanacheRepository<Person> {

    /** Search criteria; null fields do not filter. */
    public record Criteria(String text, StaffPosition position, Boolean active) {
    }

    public Optional<Person> findByNationalId(String nationalId) {
        return find("nationalId", nationalId).firstResultOptional();
    }

    public Optional<Person> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase()).firstResultOptional();
    }

    /**
     * People of the scope matching the criteria, ordered by name. The text matches name, national id or e-mail,
     * ignoring case and Vietnamese diacritics. An empty scope gives an empty page.
     */
    public PageResult<Person> search(OrgScope scope, Criteria criteria, PageRequest page) {
        if (scope.isEmpty()) {
            return new PageResult<>(java.util.List.of(), 0, page.page(), page.size());
        }
        Parameters params = new Parameters();
        StringBuilder where = new StringBuilder(OrgUnitRepository.pathFilter("institution.path", scope, params));
        String key = VietnameseText.searchKey(criteria.text());
        if (!key.isEmpty()) {
            where.append(" and searchText like :text escape '\\'");
            params.and("text", "%" + OrgUnitRepository.likePrefix(key));
        }
        if (criteria.position() != null) {
            where.append(" and position = :position");
            params.and("position", criteria.position());
        }
        if (criteria.active() != null) {
            where.append(" and active = :active");
            params.and("active", criteria.active());
        }
        PanacheQuery<Person> query = find(where.toString(), Sort.by("searchText").and("id"), params);
        long total = query.count();
        return new PageResult<>(query.page(page.page(), page.size()).list(), total, page.page(), page.size());
    }
}
