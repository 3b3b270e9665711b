package vn.hocso.certification.web;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.hocso.certification.service.CredentialVerifier;
import vn.hocso.certification.service.IssuerUrls;
import vn.hocso.platform.i18n.RequestLanguage;

/** Public verification of a presented credential (no login). */
@Path("/api/v1/credentials/verify")
@Tag(name = "Certificates")
@Blocking
public class CredentialVerifyResource {

    /** The verdict: result is valid, revoked, expired, tampered or not_ours. */
    public record Verdict(String result, String reason, String credentialId, String verificationUrl) {
    }

    @Inject
    CredentialVerifier verifier;

    @Inject
    IssuerUrls urls;

    @Inject
    RequestLanguage language;

    @POST
    @PermitAll
    @Consumes({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, CertificateResource.VC_JWT, MediaType.WILDCARD})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify a credential: the VC-JWT (as text, as a JSON string or as {\"jwt\": …}) or the "
            + "credential JSON; answers valid, revoked, expired, tampered or not_ours with a reason")
    public Verdict verify(String body) {
        CredentialVerifier.Outcome o = verifier.verify(body);
        return new Verdict(o.result(), o.reason().apply(language.messages()),
                o.certificate() == null ? null : "urn:uuid:" + o.certificate().credentialId,
                o.certificate() == null ? null : urls.verify(o.certificate().verificationCode));
    }
}
