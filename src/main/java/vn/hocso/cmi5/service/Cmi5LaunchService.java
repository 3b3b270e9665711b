package vn.hocso.cmi5.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.hocso.cmi5.model.Cmi5Registration;
import vn.hocso.cmi5.model.Cmi5Session;
import vn.hocso.cmi5.persistence.Cmi5Repository;
import vn.hocso.content.model.Cmi5Node;
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
import vn.hocso.lrs.model.XapiVersion;
import vn.hocso.lrs.persistence.DocumentStore;
import vn.hocso.lrs.service.DocumentService;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.platform.text.Hashes;
import vn.hocso.platform.web.DomainException;

/**
 * Launches a cmi5 AU as the specification says: a registration per learner and course (reused), a fresh session id,
 * the {@code LMS.LaunchData} state document (context template with the session id and the AU's publisher id, launch
 * mode, moveOn, masteryScore, returnURL, launch parameters, entitlement key), the learner preferences agent profile,
 * the {@code launched} statement with the cmi5 context, and a URL with {@code endpoint}, {@code fetch}, {@code actor},
 * {@code registration} and {@code activityId}. The fetch URL hands out the AU's LRS credential once.
 */
@ApplicationScoped
public class Cmi5LaunchService {

    /** A launch: the AU URL to open, and the registration and session it belongs to. */
    public record Launch(String url, UUID registration, UUID sessionId, String launchMethod) {
    }

    /**
     * What to launch.
     *
     * @param accountId the learner's LMS account, or null for an actor given through the launch API
     * @param launchedBy the account that asks for the launch (the learner, or the API caller)
     */
    public record Request(long packageId, int auIndex, JsonNode actor, Long accountId, long launchedBy,
            UUID registration, String launchMode, String returnUrl) {
    }

    private static final Set<String> MODES = Set.of("Normal", "Browse", "Review");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    PackageRepository packages;

    @Inject
    PackageService packageService;

    @Inject
    Cmi5Repository repository;

    @Inject
    LaunchTokens contentTokens;

    @Inject
    DocumentService documents;

    @Inject
    StatementService statements;

    @Inject
    vn.hocso.lrs.config.LrsConfig lrsConfig;

    @Inject
    Cmi5Administration administration;

    @Inject
    Cmi5StatementRules rules;

    /**
     * Launches an AU.
     *
     * @param contentOrigin the content origin as the learner's browser reaches it (AU files, LRS endpoint, fetch URL)
     * @param lmsOrigin the LMS origin allowed to frame the AU
     * @throws DomainException 404 unknown package, AU or registration; 409 archived; 422 not cmi5, bad launch mode or
     *         actor, or a registration of another course or learner
     */
    @Transactional
    public Launch launch(Request r, String contentOrigin, String lmsOrigin) {
        ContentPackage p = packages.findById(r.packageId());
        if (p == null) {
            throw DomainException.notFound();
        }
        if (p.status != ContentPackage.Status.ACTIVE) {
            throw DomainException.conflict(m -> m.error_packageArchived());
        }
        if (p.standard != Standard.CMI5) {
            throw new DomainException(422, m -> m.error_packageNotCmi5());
        }
        String mode = r.launchMode() == null ? "Normal" : r.launchMode();
        if (!MODES.contains(mode)) {
            throw new DomainException(422, m -> m.error_cmi5LaunchMode());
        }
        String actorIfi = r.actor() == null || !r.actor().isObject() ? null : AgentIfi.of(r.actor());
        if (actorIfi == null) {
            throw new DomainException(422, m -> m.error_cmi5Actor());
        }
        Cmi5Registration reg = registration(p, r, actorIfi);
        administration.abandonOpen(reg);
        PackageVersion version = packages.versionById(reg.versionId);
        PackageDescriptor d = packageService.descriptor(version);
        List<LaunchEntry> aus = d.launches();
        if (r.auIndex() < 0 || r.auIndex() >= aus.size()) {
            throw DomainException.notFound();
        }
        Cmi5Node au = find(d.cmi5().children(), aus.get(r.auIndex()).id());
        if (au == null) {
            throw DomainException.notFound();
        }
        String activityId = courseIri(p.id) + "/au/" + URLEncoder.encode(au.id(), StandardCharsets.UTF_8);
        UUID sessionId = UUID.randomUUID();
        String fetchToken = token();

        Cmi5Session s = new Cmi5Session();
        s.sessionId = sessionId;
        s.registrationId = reg.id;
        s.auIndex = r.auIndex();
        s.auId = au.id();
        s.activityId = activityId;
        s.launchMode = mode;
        s.fetchTokenHash = Hashes.sha256Hex(fetchToken);
        repository.persistSession(s);

        String auUrl = au.url().matches("(?i)^https?://.*") ? au.url()
                : contentOrigin + "/c/" + contentTokens.create(version.id, r.launchedBy(), null, lmsOrigin) + "/" + au.url();
        String url = auUrl + (auUrl.contains("?") ? "&" : "?") + "endpoint=" + enc(contentOrigin + "/xapi")
                + "&fetch=" + enc(contentOrigin + "/cmi5/fetch/" + fetchToken) + "&actor="
                + enc(XapiJson.write(r.actor())) + "&registration=" + reg.registration + "&activityId="
                + enc(activityId);

        saveLaunchData(r, reg, au, activityId, sessionId, mode, actorIfi, d);
        ensurePreferences(actorIfi);
        rules.report(reg, d, sessionId); // NotApplicable AUs: blocks and course are satisfied before any launch
        statements.storeGenerated(List.of(launched(r.actor(), reg.registration, au, activityId, sessionId, mode,
                auUrl)));
        return new Launch(url, reg.registration, sessionId, au.launchMethod() == null ? "AnyWindow"
                : au.launchMethod());
    }

    private Cmi5Registration registration(ContentPackage p, Request r, String actorIfi) {
        if (r.registration() != null) {
            Cmi5Registration existing = repository.byRegistration(r.registration()).orElse(null);
            if (existing != null) {
                if (existing.packageId != p.id || !existing.actorIfi.equals(actorIfi)) {
                    throw new DomainException(422, m -> m.error_cmi5Registration());
                }
                return existing;
            }
            return create(p, r, actorIfi, r.registration());
        }
        return repository.latest(p.id, actorIfi).orElseGet(() -> create(p, r, actorIfi, UUID.randomUUID()));
    }

    private Cmi5Registration create(ContentPackage p, Request r, String actorIfi, UUID registration) {
        Cmi5Registration reg = new Cmi5Registration();
        reg.registration = registration;
        reg.packageId = p.id;
        reg.versionId = packages.version(p.id, p.latestVersion).id;
        reg.accountId = r.accountId();
        reg.actor = XapiJson.write(r.actor());
        reg.actorIfi = actorIfi;
        repository.persist(reg);
        return reg;
    }

    private void saveLaunchData(Request r, Cmi5Registration reg, Cmi5Node au, String activityId, UUID sessionId,
            String mode, String actorIfi, PackageDescriptor d) {
        ObjectNode data = XapiJson.MAPPER.createObjectNode();
        ObjectNode template = data.putObject("contextTemplate");
        template.putObject("contextActivities").putArray("grouping").addObject().put("id", au.id());
        template.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, sessionId.toString());
        data.put("launchMode", mode);
        data.put("moveOn", au.moveOn() == null ? "NotApplicable" : au.moveOn());
        if (au.masteryScore() != null) {
            data.put("masteryScore", au.masteryScore());
        }
        if (au.launchParameters() != null) {
            data.put("launchParameters", au.launchParameters());
        }
        if (r.returnUrl() != null) {
            data.put("returnURL", r.returnUrl());
        }
        if (au.entitlementKey() != null) {
            // cmi5 10.2.7: courseStructure is the AU's entitlementKey from the course structure
            data.putObject("entitlementKey").put("courseStructure", au.entitlementKey());
        }
        documents.put(new DocumentStore.Key('S', activityId, actorIfi, reg.registration.toString()),
                Cmi5Vocabulary.LAUNCH_DATA, "application/json", XapiJson.write(data).getBytes(StandardCharsets.UTF_8),
                new DocumentService.Preconditions(null, null), XapiVersion.V1_0_3);
    }

    private void ensurePreferences(String actorIfi) {
        DocumentStore.Key key = new DocumentStore.Key('G', "", actorIfi, "");
        if (documents.get(key, Cmi5Vocabulary.LEARNER_PREFERENCES).isEmpty()) {
            byte[] prefs = "{\"languagePreference\":\"vi-VN,en-US\",\"audioPreference\":\"on\"}"
                    .getBytes(StandardCharsets.UTF_8);
            documents.put(key, Cmi5Vocabulary.LEARNER_PREFERENCES, "application/json", prefs,
                    new DocumentService.Preconditions(null, "*"), XapiVersion.V2_0_0);
        }
    }

    private ObjectNode launched(JsonNode actor, UUID registration, Cmi5Node au, String activityId, UUID sessionId,
            String mode, String launchUrl) {
        ObjectNode s = XapiJson.MAPPER.createObjectNode();
        s.put("id", UUID.randomUUID().toString());
        s.set("actor", actor.deepCopy());
        ObjectNode verb = s.putObject("verb");
        verb.put("id", Cmi5Vocabulary.LAUNCHED);
        verb.putObject("display").put("en-US", "launched");
        ObjectNode object = s.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", activityId);
        ObjectNode context = s.putObject("context");
        context.put("registration", registration.toString());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("category").addObject().put("id", Cmi5Vocabulary.CATEGORY);
        activities.putArray("grouping").addObject().put("id", au.id());
        ObjectNode ext = context.putObject("extensions");
        ext.put(Cmi5Vocabulary.SESSION_ID, sessionId.toString());
        ext.put(Cmi5Vocabulary.LAUNCH_MODE, mode);
        ext.put(Cmi5Vocabulary.LAUNCH_URL, launchUrl);
        ext.put(Cmi5Vocabulary.MOVE_ON, au.moveOn() == null ? "NotApplicable" : au.moveOn());
        if (au.launchParameters() != null) {
            ext.put(Cmi5Vocabulary.LAUNCH_PARAMETERS, au.launchParameters());
        }
        if (au.masteryScore() != null) {
            ext.put(Cmi5Vocabulary.MASTERY_SCORE, au.masteryScore());
        }
        s.put("timestamp", Instant.now().toString());
        return s;
    }

    private String courseIri(long packageId) {
        return lrsConfig.accountHomePage().replaceAll("/+$", "") + "/xapi/activities/package/" + packageId;
    }

    private static Cmi5Node find(List<Cmi5Node> nodes, String id) {
        for (Cmi5Node n : nodes) {
            if (n.id().equals(id) && "au".equals(n.type())) {
                return n;
            }
            Cmi5Node inner = find(n.children(), id);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private static String token() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
