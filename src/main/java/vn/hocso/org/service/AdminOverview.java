package vn.hocso.org.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.Person;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.PersonRepository;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** What the administration page shows: one unit of the caller's scope, its children, and a page of its people. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AdminOverview {

    /** A child unit with the number of active people in its subtree. */
    public record ChildRow(OrgUnit unit, long people) {
    }

    /** Everything the page shows. */
    public record View(List<OrgUnit> roots, List<OrgUnit> trail, OrgUnit selected, List<ChildRow> children,
            PageResult<Person> people, String q, StaffPosition position, List<StaffPosition> positions) {

        /** Link to another page of the same search. */
        public String pageLink(int page) {
            StringBuilder link = new StringBuilder("/admin?unit=").append(selected.id).append("&page=").append(page);
            if (q != null && !q.isBlank()) {
                link.append("&q=").append(URLEncoder.encode(q, StandardCharsets.UTF_8));
            }
            if (position != null) {
                link.append("&position=").append(position);
            }
            return link.toString();
        }
    }

    @Inject
    OrgService org;

    @Inject
    PersonService people;

    /**
     * The view of {@code unitId} (or of the scope's first top unit when null), with people matching the search.
     *
     * @throws DomainException 403 when the scope is empty, 404 when the unit is not in it
     */
    public View of(OrgScope scope, Long unitId, String q, StaffPosition position, PageRequest page) {
        List<OrgUnit> roots = org.roots(scope);
        if (roots.isEmpty()) {
            throw DomainException.forbidden();
        }
        OrgUnit selected = unitId == null ? roots.get(0) : org.get(unitId, scope);
        Map<Long, Long> counts = org.peopleCountByChild(selected);
        List<ChildRow> children = org.children(selected).stream()
                .map(c -> new ChildRow(c, counts.getOrDefault(c.id, 0L))).toList();
        PageResult<Person> found = people.search(scope, selected.id, new PersonRepository.Criteria(q, position, null),
                page);
        return new View(roots, org.trail(selected, scope), selected, children, found, q == null ? "" : q, position,
                List.of(StaffPosition.values()));
    }
}
