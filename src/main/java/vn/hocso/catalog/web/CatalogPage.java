package vn.hocso.catalog.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.hocso.catalog.config.CatalogConfig;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.service.Catalogue;
import vn.hocso.catalog.service.MyCourses;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;
import vn.hocso.platform.web.PageRequest;
import vn.hocso.platform.web.PageResult;

/** The learners' catalogue (search and filters), a course's page with progress per package, and self-enrolment. */
@Path("/catalog")
@Blocking
@Authenticated
public class CatalogPage {

    /** The catalogue page's current filters, as typed (echoed into the form). */
    public record Filters(String q, String track, String position, String level, BigDecimal maxHours) {

        /** Query string of these filters for another page number. */
        public String pageLink(int page) {
            StringBuilder s = new StringBuilder("/catalog?page=").append(page);
            append(s, "q", q);
            append(s, "track", track);
            append(s, "position", position);
            append(s, "level", level);
            append(s, "maxHours", maxHours == null ? null : maxHours.toPlainString());
            return s.toString();
        }

        private static void append(StringBuilder s, String name, String value) {
            if (value != null && !value.isBlank()) {
                s.append('&').append(name).append('=')
                        .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(PageResult<Course> courses, Filters filters,
                CatalogFilters.Options options);

        static native TemplateInstance course(Catalogue.CourseView view, String due, Long daysLeft,
                Long overdueDays, boolean justEnrolled);
    }

    @Inject
    Catalogue catalogue;

    @Inject
    CatalogFilters filters;

    @Inject
    CatalogConfig config;

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance catalog(@QueryParam("q") String q, @QueryParam("track") String track,
            @QueryParam("position") String position, @QueryParam("level") String level,
            @QueryParam("maxHours") BigDecimal maxHours, @QueryParam("page") Integer pageNo) {
        PageResult<Course> result = catalogue.search(user, filters.query(q, track, position, level, maxHours), true,
                PageRequest.of(pageNo, 20));
        return page.view(Templates.catalog(result, new Filters(q, track, position, level, maxHours),
                CatalogFilters.OPTIONS));
    }

    @GET
    @Path("courses/{id}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance course(@PathParam("id") long id, @QueryParam("enrolled") boolean enrolled) {
        Catalogue.CourseView view = catalogue.view(id, user);
        LocalDate dueDate = view.enrolment() == null ? null : view.enrolment().dueDate;
        Long daysLeft = dueDate == null ? null
                : ChronoUnit.DAYS.between(LocalDate.now(config.zone()), dueDate);
        boolean open = view.enrolment() != null && view.enrolment().completedAt == null;
        Long overdue = open && daysLeft != null && daysLeft < 0 ? -daysLeft : null;
        return page.view(Templates.course(view, dueDate == null ? null : MyCourses.DUE.format(dueDate), daysLeft,
                overdue, enrolled));
    }

    @POST
    @Path("courses/{id}/enrol")
    public Response enrol(@PathParam("id") long id, @FormParam(PageContext.CSRF_FIELD) String csrf) {
        page.requireCsrf(csrf);
        catalogue.selfEnrol(id, user);
        return Response.seeOther(URI.create("/catalog/courses/" + id + "?enrolled=true")).build();
    }
}
