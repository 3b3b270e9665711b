package vn.hocso.lrs.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.jboss.logging.Logger;
import vn.hocso.lrs.model.XapiVersion;
import vn.hocso.lrs.security.LrsAuthenticator;
import vn.hocso.lrs.security.LrsPrincipal;
import vn.hocso.lrs.service.ConsistencyClock;
import vn.hocso.lrs.validation.XapiValidationException;

/**
 * Routes an xAPI call to its resource after the checks every call shares: alternate request syntax (1.0.3 only),
 * authentication, the version header. Every answer carries {@code X-Experience-API-Version} (see
 * {@link #responseVersion}) and {@code Date}, and every statement GET carries {@code X-Experience-API-Consistent-Through},
 * errors included.
 */
@ApplicationScoped
public class XapiDispatcher {

    private static final Logger LOG = Logger.getLogger(XapiDispatcher.class);

    @Inject
    LrsAuthenticator authenticator;

    @Inject
    StatementsHandler statements;

    @Inject
    DocumentsHandler documents;

    @Inject
    AboutHandler about;

    @Inject
    ConsistencyClock clock;

    /**
     * Answers one call; never throws.
     *
     * @param repeatedParams true when a query parameter was given more than once (a 400)
     */
    public XapiResponse dispatch(XapiRequest incoming, boolean repeatedParams) {
        XapiRequest request = incoming;
        XapiResponse response;
        try {
            if (repeatedParams) {
                throw XapiException.badRequest("A query parameter is given more than once");
            }
            request = AlternateSyntax.unwrap(incoming);
            response = route(request);
        } catch (XapiException e) {
            LOG.debugf("xAPI %s /xapi/%s answered %d: %s", request.method(), request.resource(), e.status(),
                    e.getMessage());
            response = error(e.status(), e.getMessage());
        } catch (XapiValidationException e) {
            LOG.debugf("xAPI %s /xapi/%s answered 400: %s", request.method(), request.resource(), e.getMessage());
            response = error(400, e.getMessage());
        } catch (RuntimeException e) {
            String id = Long.toHexString(System.nanoTime());
            LOG.errorf(e, "xAPI %s /xapi/%s failed (error %s)", request.method(), request.resource(), id);
            response = error(500, "Unexpected error " + id + "; the request was not stored");
        }
        response.headers().put("Date", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC)));
        response.headers().put("X-Experience-API-Version", responseVersion(request));
        // learning records change and belong to one credential: a browser must not answer a content package's next
        // request from its cache (cmi5 counts the AU's reading of its learner preferences, 11.0.0.0-3)
        response.headers().put("Cache-Control", "no-store");
        if ("statements".equals(request.resource()) && request.isRead()) {
            response.headers().put("X-Experience-API-Consistent-Through", clock.consistentThrough().toString());
        }
        return response;
    }

    private XapiResponse route(XapiRequest request) {
        if ("about".equals(request.resource())) {
            return about.handle(request);
        }
        LrsPrincipal principal = authenticator.authenticate(request);
        XapiVersion version = request.version().orElseThrow(() -> XapiException.badRequest(
                "The X-Experience-API-Version header is missing or names an unsupported version "
                        + "(this LRS speaks 1.0.x and 2.0.x)"));
        return switch (request.resource()) {
            case "statements" -> statements.handle(request, version, principal);
            case "activities/state", "activities/profile", "agents/profile" ->
                    documents.handle(request, version, principal);
            case "activities" -> documents.activity(request, version, principal);
            case "agents" -> documents.person(request, version, principal);
            default -> throw XapiException.notFound("No xAPI resource /xapi/" + request.resource());
        };
    }

    /**
     * The version header of the answer: the request's version; for a request without the header (other than to
     * /about), "0.95": such a request is a pre-1.0 one (xAPI 1.0's backwards-compatibility rule), which this LRS
     * refuses; for an unsupported version, the newest version this LRS speaks.
     */
    static String responseVersion(XapiRequest request) {
        if (request.header("X-Experience-API-Version") == null && !"about".equals(request.resource())) {
            return LEGACY_VERSION;
        }
        return request.version().orElse(XapiVersion.V2_0_0).header();
    }

    /** What a request without a version header is taken to be. */
    static final String LEGACY_VERSION = "0.95";

    static XapiResponse error(int status, String message) {
        com.fasterxml.jackson.databind.node.ObjectNode body = vn.hocso.lrs.model.XapiJson.MAPPER.createObjectNode();
        body.put("error", true);
        body.put("status", status);
        body.put("message", message);
        body.put("time", Instant.now().toString());
        XapiResponse r = XapiResponse.json(status, vn.hocso.lrs.model.XapiJson.write(body));
        if (status == 401) {
            r.headers().put("WWW-Authenticate", "Basic realm=\"HocSo LRS\"");
        }
        return r;
    }
}
