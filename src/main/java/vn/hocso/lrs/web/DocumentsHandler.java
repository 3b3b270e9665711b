package vn.hocso.lrs.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.model.XapiVersion;
import vn.hocso.lrs.persistence.DocumentStore.Document;
import vn.hocso.lrs.persistence.DocumentStore.Key;
import vn.hocso.lrs.security.LrsPrincipal;
import vn.hocso.lrs.service.ActivityDefinitions;
import vn.hocso.lrs.service.DocumentService;
import vn.hocso.lrs.service.DocumentService.Preconditions;
import vn.hocso.lrs.service.LaunchRules;

/**
 * The document resources ({@code /activities/state}, {@code /activities/profile}, {@code /agents/profile}) and the
 * {@code /activities} and {@code /agents} lookups.
 */
@ApplicationScoped
public class DocumentsHandler {

    @Inject
    DocumentService documents;

    @Inject
    ActivityDefinitions definitions;

    /** Rules of launched content (cmi5's launch data and learner preferences) for launch credentials. */
    @Inject
    jakarta.enterprise.inject.Instance<LaunchRules> launchRules;

    /** One of the three document resources. */
    XapiResponse handle(XapiRequest request, XapiVersion version, LrsPrincipal principal) {
        Resource r = Resource.of(request.resource());
        boolean write = !request.isRead();
        if (r.kind == 'S' ? !principal.canUseState(write) : !principal.canUseProfiles(write)) {
            throw XapiException.forbidden("This credential may not " + (write ? "write" : "read") + " "
                    + request.resource() + " documents");
        }
        if (write && r.kind == 'A' && principal.ownAgentIfi() != null) {
            throw XapiException.forbidden("Activity profiles are shared by every learner: only LRS credentials with "
                    + "the profile scope may change them");
        }
        allowOnly(request, r.params);
        Key key = key(request, r, principal);
        String docId = request.param(r.idParam);
        if (principal.registration() != null && !launchRules.isUnsatisfied()) {
            LaunchRules.DocumentRequest launched = new LaunchRules.DocumentRequest(request.method(),
                    request.resource(), docId, request.header("Content-Type"), request.body());
            launchRules.forEach(rules -> rules.document(launched, principal));
        }
        Preconditions pre = new Preconditions(request.header("If-Match"), request.header("If-None-Match"));
        return switch (request.method()) {
            case "GET", "HEAD" -> docId == null ? list(key, request) : one(key, docId);
            case "PUT" -> {
                documents.put(key, required(docId, r.idParam), contentType(request), request.body(), pre, version);
                yield XapiResponse.of(204);
            }
            case "POST" -> {
                documents.post(key, required(docId, r.idParam), contentType(request), request.body(), pre);
                yield XapiResponse.of(204);
            }
            case "DELETE" -> {
                if (docId == null && r.kind != 'S') {
                    throw XapiException.badRequest("DELETE " + request.resource() + " needs " + r.idParam);
                }
                documents.delete(key, docId, pre);
                yield XapiResponse.of(204);
            }
            default -> throw new XapiException(405, "Method not allowed");
        };
    }

    /** {@code GET /activities?activityId=}: the canonical activity (just its id when nothing is known about it). */
    XapiResponse activity(XapiRequest request, XapiVersion version, LrsPrincipal principal) {
        readOnly(request);
        allowOnly(request, Set.of("activityId"));
        String id = iri(required(request.param("activityId"), "activityId"), "activityId");
        ObjectNode activity = XapiJson.MAPPER.createObjectNode();
        activity.put("objectType", "Activity");
        activity.put("id", id);
        ObjectNode def = definitions.load(List.of(id)).get(id);
        if (def != null) {
            activity.set("definition", def);
        }
        return XapiResponse.json(200, XapiJson.write(activity));
    }

    /** {@code GET /agents?agent=}: the Person object of an agent. */
    XapiResponse person(XapiRequest request, XapiVersion version, LrsPrincipal principal) {
        readOnly(request);
        allowOnly(request, Set.of("agent"));
        String json = required(request.param("agent"), "agent");
        AgentParam.ifi(json, "agent");
        JsonNode agent = XapiJson.parse(json, "agent");
        ObjectNode person = XapiJson.MAPPER.createObjectNode();
        person.put("objectType", "Person");
        for (String field : new String[] {"name", "mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.has(field)) {
                ((ArrayNode) person.putArray(field)).add(agent.get(field));
            }
        }
        return XapiResponse.json(200, XapiJson.write(person));
    }

    private XapiResponse one(Key key, String docId) {
        Document d = documents.get(key, docId)
                .orElseThrow(() -> XapiException.notFound("No document with id " + docId));
        return XapiResponse.bytes(200, d.contentType(), d.content())
                .with("ETag", "\"" + d.etag() + "\"")
                .with("Last-Modified", httpDate(d.updated()));
    }

    private XapiResponse list(Key key, XapiRequest request) {
        Instant since = null;
        if (request.param("since") != null) {
            try {
                since = OffsetDateTime.parse(request.param("since")).toInstant();
            } catch (DateTimeParseException e) {
                throw XapiException.badRequest("since must be an ISO 8601 timestamp with a time zone");
            }
        }
        ArrayNode ids = XapiJson.MAPPER.createArrayNode();
        documents.ids(key, since).forEach(ids::add);
        return XapiResponse.json(200, XapiJson.write(ids));
    }

    private static Key key(XapiRequest request, Resource r, LrsPrincipal principal) {
        String activity = "";
        String agent = "";
        String registration = "";
        if (r.kind != 'G') {
            activity = iri(required(request.param("activityId"), "activityId"), "activityId");
        }
        if (r.kind != 'A') {
            agent = AgentParam.ifi(required(request.param("agent"), "agent"), "agent");
            if (principal.ownAgentIfi() != null && !principal.ownAgentIfi().equals(agent)) {
                throw XapiException.forbidden("You may only use your own documents");
            }
        }
        if (r.kind == 'S' && request.param("registration") != null) {
            registration = StatementsHandler.uuid(request.param("registration"), "registration").toString();
        }
        if (r.kind == 'S' && principal.registration() != null
                && !principal.registration().toString().equals(registration)) {
            throw XapiException.forbidden("This launch may only use the state of its own registration");
        }
        return new Key(r.kind, activity, agent, registration);
    }

    private static String contentType(XapiRequest request) {
        String ct = request.header("Content-Type");
        return ct == null || ct.isBlank() ? "application/octet-stream" : ct;
    }

    private static void readOnly(XapiRequest request) {
        if (!request.isRead()) {
            throw new XapiException(405, "/xapi/" + request.resource() + " only answers GET and HEAD");
        }
    }

    private static void allowOnly(XapiRequest request, Set<String> allowed) {
        for (String name : request.params().keySet()) {
            if (!allowed.contains(name)) {
                throw XapiException.badRequest("Unknown parameter for /xapi/" + request.resource() + ": " + name);
            }
        }
    }

    private static String required(String value, String name) {
        if (value == null || value.isEmpty()) {
            throw XapiException.badRequest("The " + name + " parameter is required");
        }
        return value;
    }

    private static String iri(String value, String name) {
        if (!StatementsHandler.isAbsoluteIri(value)) {
            throw XapiException.badRequest(name + " must be an absolute IRI");
        }
        return value;
    }

    private static String httpDate(Instant t) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(t.atOffset(ZoneOffset.UTC));
    }

    /** The three document resources: kind, id parameter and allowed parameters. */
    private record Resource(char kind, String idParam, Set<String> params) {
        static Resource of(String path) {
            return switch (path) {
                case "activities/state" -> new Resource('S', "stateId",
                        Set.of("activityId", "agent", "registration", "stateId", "since"));
                case "activities/profile" -> new Resource('A', "profileId",
                        Set.of("activityId", "profileId", "since"));
                default -> new Resource('G', "profileId", Set.of("agent", "profileId", "since"));
            };
        }
    }
}
