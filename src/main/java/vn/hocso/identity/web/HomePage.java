package vn.hocso.identity.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.platform.web.PageContext;

/**
 * The learner's home page: their courses (assigned ones first with due dates, then those in progress, then the
 * completed ones; {@link vn.hocso.catalog.service.MyCourses}), their certificates (issued ones, newest first) and the
 * lessons published for their unit.
 */
@Path("/")
@Blocking
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(String name, vn.hocso.catalog.service.MyCourses.Home courses,
                java.util.List<vn.hocso.certification.model.Certificate> certificates,
                java.util.List<vn.hocso.content.model.ContentPackage> packages);
    }

    @Inject
    CurrentUser user;

    @Inject
    PageContext page;

    @Inject
    vn.hocso.content.service.PackageAccess access;

    @Inject
    vn.hocso.catalog.service.MyCourses myCourses;

    @Inject
    vn.hocso.certification.service.Certificates certificates;

    @Inject
    vn.hocso.certification.web.CallerPerson person;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance home() {
        Long personId = person.id();
        java.util.List<vn.hocso.certification.model.Certificate> mine = personId == null ? java.util.List.of()
                : certificates.ofPerson(personId).stream().filter(c -> c.credentialJwt != null).toList();
        return page.view(Templates.home(user.displayName(),
                myCourses.of(user.id(), java.time.Instant.now()), mine, access.available(user)));
    }
}
