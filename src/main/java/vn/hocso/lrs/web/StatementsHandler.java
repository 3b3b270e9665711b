package vn.hocso.lrs.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import vn.hocso.lrs.config.LrsConfig;
import vn.hocso.lrs.model.AgentIfi;
import vn.hocso.lrs.model.XapiJson;
import vn.hocso.lrs.model.XapiVersion;
import vn.hocso.lrs.persistence.StatementQuery;
import vn.hocso.lrs.persistence.StatementStore.Stored;
import vn.hocso.lrs.security.LrsPrincipal;
import vn.hocso.lrs.service.ActivityDefinitions;
import vn.hocso.lrs.service.StatementService;
import vn.hocso.lrs.service.StatementService.Attachment;
import vn.hocso.lrs.validation.XapiFormats;


/** {@code /xapi/statements}: PUT one statement, POST one or many, GET one or a page of a query (HEAD alike). */
@ApplicationScoped
public class StatementsHandler {

    private static final Set<String> QUERY_PARAMS = Set.of("agent", "verb", "activity", "registration",
            "related_activities", "related_agents", "since", "until", "limit", "format", "attachments", "ascending",
            "from");
    private static final Set<String> SINGLE_PARAMS = Set.of("statementId", "voidedStatementId", "format",
            "attachments");

    @Inject
    StatementService statements;

    @Inject
    ActivityDefinitions definitions;

    @Inject
    LrsConfig config;

    XapiResponse handle(XapiRequest request, XapiVersion version, LrsPrincipal principal) {
        return switch (request.method()) {
            case "PUT" -> put(request, version, principal);
            case "POST" -> post(request, version, principal);
            case "GET", "HEAD" -> get(request, principal);
            default -> throw new XapiException(405, "Statements cannot be deleted; void them with a voiding statement");
        };
    }

    private XapiResponse put(XapiRequest request, XapiVersion version, LrsPrincipal principal) {
        String id = request.param("statementId");
        if (id == null) {
            throw XapiException.badRequest("PUT /statements needs the statementId parameter");
        }
        if (request.params().size() > 1) {
            throw XapiException.badRequest("PUT /statements takes only the statementId parameter");
        }
        UUID uuid = uuid(id, "statementId");
        Body body = body(request);
        if (!body.json().isObject()) {
            throw XapiException.badRequest("PUT /statements takes one statement (a JSON object)");
        }
        ObjectNode statement = (ObjectNode) body.json();
        JsonNode own = statement.get("id");
        if (own != null && own.isTextual() && !own.asText().equalsIgnoreCase(uuid.toString())) {
            throw XapiException.badRequest("The statement's id differs from the statementId parameter");
        }
        if (own == null) {
            statement.put("id", uuid.toString());
        }
        statements.store(List.of(statement), body.parts(), version, principal);
        return XapiResponse.of(204);
    }

    private XapiResponse post(XapiRequest request, XapiVersion version, LrsPrincipal principal) {
        if (!request.params().isEmpty()) {
            throw XapiException.badRequest("POST /statements takes no parameters (use PUT with statementId)");
        }
        Body body = body(request);
        List<JsonNode> list = new ArrayList<>();
        if (body.json().isArray()) {
            body.json().forEach(list::add);
        } else {
            list.add(body.json());
        }
        List<UUID> ids = statements.store(list, body.parts(), version, principal);
        ArrayNode answer = XapiJson.MAPPER.createArrayNode();
        ids.forEach(i -> answer.add(i.toString()));
        return XapiResponse.json(200, XapiJson.write(answer));
    }

    private XapiResponse get(XapiRequest request, LrsPrincipal principal) {
        if (!principal.canReadOwnStatements()) {
            throw XapiException.forbidden("This credential may not read statements");
        }
        String format = request.params().getOrDefault("format", "exact");
        if (!Set.of("exact", "ids", "canonical").contains(format)) {
            throw XapiException.badRequest("format must be exact, ids or canonical");
        }
        boolean withAttachments = bool(request, "attachments");
        String statementId = request.param("statementId");
        String voidedId = request.param("voidedStatementId");
        List<Stored> found;
        ObjectNode result = null;
        if (statementId != null || voidedId != null) {
            if (statementId != null && voidedId != null || !SINGLE_PARAMS.containsAll(request.params().keySet())) {
                throw XapiException.badRequest("statementId and voidedStatementId go alone (with format and "
                        + "attachments only)");
            }
            boolean wantVoided = voidedId != null;
            UUID id = uuid(wantVoided ? voidedId : statementId, wantVoided ? "voidedStatementId" : "statementId");
            Stored s = statements.get(id).filter(x -> x.voided() == wantVoided)
                    .filter(x -> visible(x, principal))
                    .orElseThrow(() -> XapiException.notFound("No " + (wantVoided ? "voided " : "")
                            + "statement with id " + id));
            found = List.of(s);
        } else {
            StatementQuery query = query(request, principal);
            List<Stored> rows = statements.query(query);
            boolean more = rows.size() > query.limit();
            found = more ? rows.subList(0, query.limit()) : rows;
            result = XapiJson.MAPPER.createObjectNode();
            result.put("more", more ? moreLink(request, found.get(found.size() - 1).id()) : "");
        }
        List<ObjectNode> out = format(found, format, request.header("Accept-Language"));
        JsonNode json;
        if (result == null) {
            json = out.get(0);
        } else {
            ArrayNode array = XapiJson.MAPPER.createArrayNode();
            out.forEach(array::add);
            result.set("statements", array);
            ObjectNode ordered = XapiJson.MAPPER.createObjectNode();
            ordered.set("statements", array);
            ordered.set("more", result.get("more"));
            json = ordered;
        }
        XapiResponse response = withAttachments ? multipart(json, out) : XapiResponse.json(200, XapiJson.write(json));
        if (!found.isEmpty()) {
            response.with("Last-Modified", lastModified(out));
        }
        return response;
    }

    private boolean visible(Stored s, LrsPrincipal principal) {
        if (principal.ownAgentIfi() != null) {
            JsonNode stmt = XapiJson.parse(s.payload(), "statement");
            return principal.ownAgentIfi().equals(AgentIfi.of(stmt.get("actor")))
                    && (principal.registration() == null || principal.registration().toString()
                            .equals(stmt.path("context").path("registration").asText(null)));
        }
        if (principal.canReadAllStatements()) {
            return true;
        }
        JsonNode stmt = XapiJson.parse(s.payload(), "statement");
        return principal.authorityIfi().equals(AgentIfi.of(stmt.get("authority")));
    }

    private StatementQuery query(XapiRequest request, LrsPrincipal principal) {
        for (String name : request.params().keySet()) {
            if (!QUERY_PARAMS.contains(name)) {
                throw XapiException.badRequest("Unknown parameter for GET /statements: " + name);
            }
        }
        String agentIfi = null;
        if (request.param("agent") != null) {
            agentIfi = AgentParam.ifi(request.param("agent"), "agent");
        }
        if (principal.ownAgentIfi() != null && agentIfi != null && !agentIfi.equals(principal.ownAgentIfi())) {
            throw XapiException.forbidden("You may only read your own statements");
        }
        String verb = request.param("verb");
        if (verb != null && !isAbsoluteIri(verb)) {
            throw XapiException.badRequest("verb must be an absolute IRI");
        }
        String activity = request.param("activity");
        if (activity != null && !isAbsoluteIri(activity)) {
            throw XapiException.badRequest("activity must be an absolute IRI");
        }
        UUID registration = request.param("registration") == null ? null
                : uuid(request.param("registration"), "registration");
        if (principal.registration() != null) {
            if (registration != null && !registration.equals(principal.registration())) {
                throw XapiException.forbidden("This launch may only read statements of its own registration");
            }
            registration = principal.registration();
        }
        int limit = config.maxPageSize();
        if (request.param("limit") != null) {
            try {
                int asked = Integer.parseInt(request.param("limit"));
                if (asked < 0) {
                    throw XapiException.badRequest("limit must not be negative");
                }
                limit = asked == 0 ? limit : Math.min(asked, limit);
            } catch (NumberFormatException e) {
                throw XapiException.badRequest("limit must be a whole number");
            }
        }
        Long from = null;
        if (request.param("from") != null) {
            try {
                from = Long.parseLong(request.param("from"));
            } catch (NumberFormatException e) {
                throw XapiException.badRequest("from (the paging cursor) must be a number");
            }
        }
        String authority = principal.canReadAllStatements() || principal.ownAgentIfi() != null ? null
                : principal.authorityIfi();
        return new StatementQuery(agentIfi, bool(request, "related_agents"), verb, activity,
                bool(request, "related_activities"), registration, time(request, "since"), time(request, "until"),
                bool(request, "ascending"), principal.ownAgentIfi(), authority, from, limit);
    }

    private static String moreLink(XapiRequest request, long lastId) {
        Map<String, String> params = new TreeMap<>(request.params());
        params.put("from", Long.toString(lastId));
        StringBuilder link = new StringBuilder("/xapi/statements?");
        params.forEach((k, v) -> link.append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        link.setLength(link.length() - 1);
        return link.toString();
    }

    private List<ObjectNode> format(List<Stored> found, String format, String acceptLanguage) {
        List<ObjectNode> out = new ArrayList<>(found.size());
        for (Stored s : found) {
            out.add((ObjectNode) XapiJson.parse(s.payload(), "stored statement"));
        }
        if ("ids".equals(format)) {
            out.forEach(StatementFormats::ids);
        } else if ("canonical".equals(format)) {
            Set<String> iris = new LinkedHashSet<>();
            out.forEach(s -> StatementFormats.forEachActivity(s, a -> iris.add(a.path("id").asText())));
            Map<String, ObjectNode> defs = definitions.load(iris);
            List<Locale.LanguageRange> languages = languages(acceptLanguage);
            out.forEach(s -> StatementFormats.canonical(s, defs, languages));
        }
        return out;
    }

    private static List<Locale.LanguageRange> languages(String header) {
        try {
            return header == null || header.isBlank() ? List.of() : Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private XapiResponse multipart(JsonNode json, List<ObjectNode> statementsOut) {
        Set<String> hashes = new LinkedHashSet<>();
        for (ObjectNode s : statementsOut) {
            s.path("attachments").forEach(a -> hashes.add(a.path("sha2").asText()));
        }
        Map<String, Attachment> contents = statements.attachments(hashes);
        List<MultipartMixed.Part> parts = new ArrayList<>();
        parts.add(new MultipartMixed.Part(Map.of("Content-Type", "application/json"),
                XapiJson.write(json).getBytes(StandardCharsets.UTF_8)));
        for (String sha2 : hashes) {
            Attachment a = contents.get(sha2);
            if (a != null) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Content-Type", a.contentType());
                headers.put("Content-Transfer-Encoding", "binary");
                headers.put("X-Experience-API-Hash", sha2);
                parts.add(new MultipartMixed.Part(headers, a.content()));
            }
        }
        Map.Entry<String, byte[]> written = MultipartMixed.write(parts);
        return XapiResponse.bytes(200, written.getKey(), written.getValue());
    }

    private static String lastModified(List<ObjectNode> out) {
        Instant latest = out.stream().map(s -> Instant.parse(s.path("stored").asText()))
                .max(Instant::compareTo).orElse(Instant.now());
        return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(latest.atOffset(java.time.ZoneOffset.UTC));
    }

    /** A parsed request body: JSON, and the attachment parts when it was multipart/mixed. */
    private record Body(JsonNode json, Map<String, Attachment> parts) {
    }

    private Body body(XapiRequest request) {
        String type = request.mediaType();
        if (type.equals("multipart/mixed")) {
            List<MultipartMixed.Part> parts = MultipartMixed.parse(request.body(), request.header("Content-Type"));
            if (parts.isEmpty() || !parts.get(0).mediaType().equals("application/json")) {
                throw XapiException.badRequest("The first part of a multipart/mixed statement request must be "
                        + "application/json");
            }
            Map<String, Attachment> attachments = new HashMap<>();
            for (MultipartMixed.Part p : parts.subList(1, parts.size())) {
                String hash = p.header("X-Experience-API-Hash");
                if (hash == null) {
                    throw XapiException.badRequest("Every attachment part needs an X-Experience-API-Hash header");
                }
                String encoding = p.header("Content-Transfer-Encoding");
                if (encoding == null || !encoding.equalsIgnoreCase("binary")) {
                    throw XapiException.badRequest("Attachment parts need Content-Transfer-Encoding: binary");
                }
                if (!hash.equalsIgnoreCase(sha2(p.content(), hash.length()))) {
                    throw XapiException.badRequest("The content of attachment part " + hash + " does not match its hash");
                }
                attachments.put(hash, new Attachment(hash, p.header("Content-Type") == null
                        ? "application/octet-stream" : p.header("Content-Type"), p.content()));
            }
            return new Body(XapiJson.parse(parts.get(0).content(), "statement"), attachments);
        }
        if (!type.equals("application/json")) {
            throw XapiException.badRequest("Statements are sent as application/json or multipart/mixed");
        }
        return new Body(XapiJson.parse(request.body(), "statement"), Map.of());
    }

    private static String sha2(byte[] content, int hexLength) {
        String algorithm = switch (hexLength) {
            case 96 -> "SHA-384";
            case 128 -> "SHA-512";
            default -> "SHA-256";
        };
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static UUID uuid(String text, String name) {
        if (!XapiFormats.isUuid(text)) {
            throw XapiException.badRequest(name + " must be a UUID");
        }
        return UUID.fromString(text);
    }

    private static boolean bool(XapiRequest request, String name) {
        String v = request.param(name);
        if (v == null) {
            return false;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw XapiException.badRequest(name + " must be true or false");
        }
        return v.equals("true");
    }

    private static Instant time(XapiRequest request, String name) {
        String v = request.param(name);
        if (v == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw XapiException.badRequest(name + " must be an ISO 8601 timestamp with a time zone");
        }
    }

    static boolean isAbsoluteIri(String value) {
        return XapiFormats.isAbsoluteIri(value);
    }

}
