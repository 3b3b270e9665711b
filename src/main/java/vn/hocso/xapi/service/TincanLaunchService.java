package vn.hocso.xapi.service;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import vn.hocso.content.config.ContentConfig;
import vn.hocso.content.model.ContentPackage;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.content.model.Standard;
import vn.hocso.content.persistence.PackageRepository;
import vn.hocso.content.service.LaunchTokens;
import vn.hocso.content.service.PackageService;
import vn.hocso.lrs.model.AgentIfi;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.security.LrsAuthenticator;
import vn.hocso.lrs.service.CredentialService;
import vn.hocso.platform.web.DomainException;
import vn.hocso.xapi.model.XapiRegistration;
import vn.hocso.xapi.persistence.XapiRegistrationRepository;

/**
 * Launches an xAPI (tincan.xml) package the conventional way: the content's URL on the content origin with
 * {@code endpoint} (the LRS as served on the content origin), {@code auth} (a credential made for this launch only:
 * it expires with the launch and may only store and read this learner's statements and state of this registration),
 * {@code actor}, {@code registration} and {@code activity_id}. A learner keeps one registration per package.
 */
@ApplicationScoped
public class TincanLaunchService {

    /** The URL to open (in a frame of the LMS page) and the registration it belongs to. */
    public record Launch(String url, UUID registration) {
    }

    @Inject
    PackageRepository packages;

    @Inject
    PackageService packageService;

    @Inject
    XapiRegistrationRepository registrations;

    @Inject
    LaunchTokens tokens;

    @Inject
    CredentialService credentials;

    @Inject
    LrsAuthenticator agents;

    @Inject
    ContentConfig config;

    /**
     * Launches a package for a learner (the caller has checked that they may take it).
     *
     * @param contentOrigin the content origin as the learner's browser reaches it
     * @param lmsOrigin the LMS origin that frames the content
     * @throws DomainException 404 unknown package; 409 archived; 422 not an xAPI package
     */
    @Transactional
    public Launch launch(long accountId, String username, String displayName, long packageId, String contentOrigin,
            String lmsOrigin) {
        ContentPackage p = packages.findById(packageId);
        if (p == null) {
            throw DomainException.notFound();
        }
        if (p.status != ContentPackage.Status.ACTIVE) {
            throw DomainException.conflict(m -> m.error_packageArchived());
        }
        if (p.standard != Standard.XAPI) {
            throw new DomainException(422, m -> m.error_packageNotXapi());
        }
        XapiRegistration reg = registrations.of(accountId, packageId).orElseGet(() -> {
            XapiRegistration r = new XapiRegistration();
            r.registration = UUID.randomUUID();
            r.accountId = accountId;
            r.packageId = packageId;
            r.versionId = packages.version(packageId, p.latestVersion).id;
            registrations.persist(r);
            return r;
        });
        PackageVersion version = packages.versionById(reg.versionId);
        PackageDescriptor descriptor = packageService.descriptor(version);
        LaunchEntry entry = descriptor.launches().get(0);
        ObjectNode actor = agents.agentOf(username, displayName);
        Instant expires = Instant.now().plus(config.launchTtl());
        CredentialService.Created credential = credentials.createLaunch("launch " + username + " " + packageId,
                AgentIfi.of(actor), reg.registration, expires, accountId, false);
        String token = tokens.create(version.id, accountId, null, lmsOrigin);
        String auth = "Basic " + Base64.getEncoder().encodeToString(
                (credential.credential().apiKey + ":" + credential.secret()).getBytes(StandardCharsets.UTF_8));
        String href = entry.href();
        String url = contentOrigin + "/c/" + token + "/" + href + (href.contains("?") ? "&" : "?")
                + "endpoint=" + enc(contentOrigin + "/xapi/") + "&auth=" + enc(auth) + "&actor="
                + enc(XapiJson.write(actor)) + "&registration=" + reg.registration + "&activity_id=" + enc(entry.id());
        return new Launch(url, reg.registration);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
