package vn.hocso.org.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.Person;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.PersonRepository;
import vn.hocso.org.service.OrgService;
import vn.hocso.org.service.PersonService;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** Administration page: browse the org tree of the caller's scope and search its people. */
@Path("/admin")
@Blocking
public class AdminPage {

    /** A child unit with the number of active people in its subtree. */
    public record ChildRow(OrgUnit unit, long people) {
    }

    /** Everything the page shows. */
    public record AdminView(List<OrgUnit> roots, List<OrgUnit> trail, OrgUnit selected, List<ChildRow> children,
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

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(AdminView view);
    }

    @Inject
    OrgService org;

    @Inject
    PersonService people;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @GET
    @RolesAllowed({"ADMIN", "AUDITOR"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance admin(@QueryParam("unit") Long unitId, @QueryParam("q") String q,
            @QueryParam("position") StaffPosition position, @QueryParam("page") Integer pageNo) {
        OrgScope scope = user.readScope();
        List<OrgUnit> roots = org.roots(scope);
        if (roots.isEmpty()) {
            throw DomainException.forbidden();
        }
        OrgUnit selected = unitId == null ? roots.get(0) : org.get(unitId, scope);
        Map<Long, Long> counts = org.peopleCountByChild(selected);
        List<ChildRow> children = org.children(selected).stream()
                .map(c -> new ChildRow(c, counts.getOrDefault(c.id, 0L))).toList();
        PageResult<Person> found = people.search(scope, selected.id,
                new PersonRepository.Criteria(q, position, null), PageRequest.of(pageNo, 25));
        AdminView view = new AdminView(roots, org.trail(selected, scope), selected, children, found,
                q == null ? "" : q, position, List.of(StaffPosition.values()));
        return page.view(Templates.admin(view));
    }
}
