package vn.hocso.certification.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
import vn.hocso.certification.config.CertificationConfig;
import vn.hocso.certification.model.Certificate;
import vn.hocso.certification.model.CertificateStatus;
import vn.hocso.certification.service.CredentialVerifier;
import vn.hocso.certification.service.Certificates;
import vn.hocso.platform.i18n.RequestLanguage;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.PageContext;

/**
 * The public verification page of a certificate ({@code /verify/{code}}, no login): holder, achievement, issuer,
 * dates and status (valid, expired, revoked with its reason), in Vietnamese or English. The URL stays the same after
 * revocation and renewal. Pending and rejected certificates are not found.
 */
@Path("/verify")
@Blocking
public class VerifyPage {

    /** What the page shows. */
    public record Shown(Certificate certificate, String typeName, String issuerName, String result, String reason,
            String credentialUrl) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance verify(Shown shown);
    }

    @Inject
    Certificates certificates;

    @Inject
    CertificationConfig config;

    @Inject
    RequestLanguage language;

    @Inject
    PageContext page;

    @GET
    @Path("{code}")
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance verify(@PathParam("code") String code) {
        Certificate c = certificates.byCode(code.trim().toUpperCase(Locale.ROOT))
                .filter(x -> x.status != CertificateStatus.PENDING && x.status != CertificateStatus.REJECTED)
                .orElseThrow(DomainException::notFound);
        CredentialVerifier.Outcome o = CredentialVerifier.status(c, Instant.now());
        boolean en = "en".equals(language.tag());
        String typeName = en && c.type.nameEn != null ? c.type.nameEn : c.type.name;
        return page.view(Templates.verify(new Shown(c, typeName, en ? config.issuerNameEn() : config.issuerName(),
                o.result(), o.reason().apply(language.messages()), null)));
    }
}
