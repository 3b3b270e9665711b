package vn.hocso.certification.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.service.Certificates;

/** "Chứng chỉ của tôi": the signed-in person's certificates with downloads and verification links. */
@Path("/me/certificates")
@Blocking
public class MyCertificatesPage {

    /** One row: the certificate and whether it has expired now. */
    public record Row(Certificate certificate, boolean expired) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<Row> rows);
    }

    @Inject
    Certificates certificates;

    @Inject
    CallerPerson person;

    @Inject
    vn.hocso.platform.web.PageContext page;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mine() {
        Long me = person.id();
        Instant now = Instant.now();
        List<Row> rows = me == null ? List.of()
                : certificates.ofPerson(me).stream().map(c -> new Row(c, c.expiredAt(now))).toList();
        return page.view(Templates.mine(rows));
    }
}
