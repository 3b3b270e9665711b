package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.JsonChecks.array;
import static vn.hocso.lrs.validation.JsonChecks.bool;
import static vn.hocso.lrs.validation.JsonChecks.clip;
import static vn.hocso.lrs.validation.JsonChecks.extensions;
import static vn.hocso.lrs.validation.JsonChecks.iri;
import static vn.hocso.lrs.validation.JsonChecks.languageMap;
import static vn.hocso.lrs.validation.JsonChecks.notNull;
import static vn.hocso.lrs.validation.JsonChecks.number;
import static vn.hocso.lrs.validation.JsonChecks.object;
import static vn.hocso.lrs.validation.JsonChecks.string;
import static vn.hocso.lrs.validation.JsonChecks.typeOf;
import static vn.hocso.lrs.validation.JsonChecks.unknown;
import static vn.hocso.lrs.validation.JsonChecks.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Map;
import vn.hocso.lrs.model.XapiVersion;

/**
 * Checks one statement, as a client sent it, against the xAPI data rules of the request's version (1.0.3 or 2.0.0),
 * following the ADL LRS conformance suite (XAPI-000nn). Static and stateless, so thread-safe; one pass over the JSON
 * tree with no regular expressions, reflection or exceptions on the happy path.
 *
 * <p>It only judges; it changes nothing. The LRS adds {@code id}, {@code stored}, {@code authority},
 * {@code version} and normalises single context activities to arrays afterwards. Rules that need more than the
 * statement (attachment parts present in a multipart body, signatures, duplicate ids in a batch, conflicting ids
 * already stored) belong to the caller.
 */
public final class StatementValidator {

    /** The verb that voids the statement its object refers to. */
    public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

    private StatementValidator() {
    }

    /**
     * Validates one statement as a client sent it to the LRS (the LRS later adds id if absent, stored, authority,
     * version).
     *
     * @throws XapiValidationException naming the JSON path of the first offending property
     */
    public static void validate(JsonNode statement, XapiVersion version) {
        if (statement == null || !statement.isObject()) {
            throw new XapiValidationException("", "a statement must be a JSON object, not "
                    + (statement == null ? "nothing" : typeOf(statement)));
        }
        if (version == null) {
            throw new IllegalArgumentException("version is required");
        }
        statement(statement, Path.ROOT, version, false);
    }

    /** A statement, or a SubStatement (object of a statement) when {@code sub} is true. */
    static void statement(JsonNode s, Path p, XapiVersion version, boolean sub) {
        String where = sub ? "a SubStatement" : "a Statement";
        JsonNode id = null;
        JsonNode actor = null;
        JsonNode verb = null;
        JsonNode object = null;
        JsonNode result = null;
        JsonNode context = null;
        JsonNode timestamp = null;
        JsonNode stored = null;
        JsonNode authority = null;
        JsonNode versionNode = null;
        JsonNode attachments = null;
        for (Map.Entry<String, JsonNode> e : s.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "actor" -> actor = v;
                case "verb" -> verb = v;
                case "object" -> object = v;
                case "result" -> result = v;
                case "context" -> context = v;
                case "timestamp" -> timestamp = v;
                case "attachments" -> attachments = v;
                case "id", "stored", "authority", "version" -> {
                    if (sub) {
                        p.child(k).fail("is not allowed in a SubStatement (a SubStatement has no id, stored, "
                                + "authority or version)");
                    }
                    switch (k) {
                        case "id" -> id = v;
                        case "stored" -> stored = v;
                        case "authority" -> authority = v;
                        default -> versionNode = v;
                    }
                }
                case "objectType" -> {
                    if (!sub) {
                        unknown(p.child(k), where);
                    }
                    // the caller dispatched on objectType "SubStatement"
                }
                default -> unknown(p.child(k), where);
            }
            notNull(v, p, k);
        }

        if (id != null) {
            uuid(id, p.child("id"));
        }
        if (actor == null) {
            p.child("actor").fail("is required in " + where);
        }
        ActorRules.agentOrGroup(actor, p.child("actor"), ActorRules.Role.ACTOR);
        if (verb == null) {
            p.child("verb").fail("is required in " + where);
        }
        String verbId = verb(verb, p.child("verb"));
        if (object == null) {
            p.child("object").fail("is required in " + where);
        }
        boolean objectIsActivity = ObjectRules.object(object, p.child("object"), version, sub);
        if (VOIDED_VERB.equals(verbId)) {
            JsonNode ot = object.get("objectType");
            if (ot == null || !"StatementRef".equals(ot.textValue())) {
                p.child("object").fail("must be a StatementRef: a statement with the verb " + VOIDED_VERB
                        + " voids the statement its object refers to");
            }
        }
        if (result != null) {
            result(result, p.child("result"));
        }
        if (context != null) {
            ContextRules.context(context, p.child("context"), version, objectIsActivity);
        }
        if (timestamp != null) {
            timestamp(timestamp, p.child("timestamp"), version);
        }
        if (stored != null) {
            timestamp(stored, p.child("stored"), version);
        }
        if (authority != null) {
            ActorRules.agentOrGroup(authority, p.child("authority"), ActorRules.Role.AUTHORITY);
        }
        if (versionNode != null) {
            Path vp = p.child("version");
            String v = string(versionNode, vp);
            if (!XapiFormats.isAcceptedStatementVersion(v, version)) {
                vp.fail(version == XapiVersion.V2_0_0
                        ? "must be \"1.0\", \"1.0.x\", \"2.0\" or \"2.0.x\", not \"" + clip(v) + "\""
                        : "must be \"1.0\" or \"1.0.x\" in an xAPI 1.0.3 request, not \"" + clip(v) + "\"");
            }
        }
        if (attachments != null) {
            attachments(attachments, p.child("attachments"));
        }
    }

    /** Validates a verb and returns its id. */
    private static String verb(JsonNode n, Path p) {
        object(n, p, "a Verb {\"id\": IRI, \"display\": language map}");
        JsonNode id = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            notNull(v, kp);
            switch (k) {
                case "id" -> id = v;
                case "display" -> languageMap(v, kp);
                default -> unknown(kp, "a Verb (only id and display)");
            }
        }
        if (id == null) {
            p.child("id").fail("is required in a Verb");
        }
        return iri(id, p.child("id"));
    }

    private static void timestamp(JsonNode n, Path p, XapiVersion version) {
        String s = string(n, p);
        String problem = XapiTimes.timestampProblem(s, version);
        if (problem != null) {
            p.fail(problem + ": \"" + clip(s) + "\"");
        }
    }

    private static void result(JsonNode n, Path p) {
        object(n, p, "a Result");
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            notNull(v, kp);
            switch (k) {
                case "score" -> score(v, kp);
                case "success", "completion" -> bool(v, kp);
                case "response" -> string(v, kp);
                case "duration" -> {
                    String d = string(v, kp);
                    if (!XapiTimes.isDuration(d)) {
                        kp.fail("must be an ISO 8601 duration such as PT1H30M or PT4.25S, not \"" + clip(d) + "\"");
                    }
                }
                case "extensions" -> extensions(v, kp);
                default -> unknown(kp, "a Result");
            }
        }
    }

    private static final BigDecimal MINUS_ONE = BigDecimal.ONE.negate();

    private static void score(JsonNode n, Path p) {
        object(n, p, "a Score");
        JsonNode scaled = null;
        JsonNode raw = null;
        JsonNode min = null;
        JsonNode max = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            notNull(v, kp);
            switch (k) {
                case "scaled" -> scaled = v;
                case "raw" -> raw = v;
                case "min" -> min = v;
                case "max" -> max = v;
                default -> unknown(kp, "a Score (scaled, raw, min, max)");
            }
            number(v, kp);
        }
        if (scaled != null) {
            BigDecimal s = scaled.decimalValue();
            if (s.compareTo(MINUS_ONE) < 0 || s.compareTo(BigDecimal.ONE) > 0) {
                p.child("scaled").fail("must be between -1 and 1 inclusive, not " + clip(scaled.asText()));
            }
        }
        BigDecimal lo = min == null ? null : min.decimalValue();
        BigDecimal hi = max == null ? null : max.decimalValue();
        if (lo != null && hi != null && lo.compareTo(hi) >= 0) {
            p.child("min").fail("must be less than max (" + clip(max.asText()) + "), not " + clip(min.asText()));
        }
        if (raw != null) {
            BigDecimal r = raw.decimalValue();
            if (lo != null && r.compareTo(lo) < 0) {
                p.child("raw").fail("must not be less than min (" + clip(min.asText()) + "), not "
                        + clip(raw.asText()));
            }
            if (hi != null && r.compareTo(hi) > 0) {
                p.child("raw").fail("must not be greater than max (" + clip(max.asText()) + "), not "
                        + clip(raw.asText()));
            }
        }
    }

    private static void attachments(JsonNode n, Path p) {
        array(n, p, "an array of Attachments");
        for (int i = 0, size = n.size(); i < size; i++) {
            JsonNode a = n.get(i);
            Path ap = p.at(i);
            notNull(a, ap);
            attachment(a, ap);
        }
    }

    private static void attachment(JsonNode n, Path p) {
        object(n, p, "an Attachment");
        boolean usageType = false;
        boolean display = false;
        boolean contentType = false;
        boolean length = false;
        boolean sha2 = false;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            notNull(v, kp);
            switch (k) {
                case "usageType" -> {
                    iri(v, kp);
                    usageType = true;
                }
                case "display" -> {
                    languageMap(v, kp);
                    display = true;
                }
                case "description" -> languageMap(v, kp);
                case "contentType" -> {
                    String s = string(v, kp);
                    if (!XapiFormats.isMediaType(s)) {
                        kp.fail("must be an Internet media type such as text/plain or application/pdf, not \""
                                + clip(s) + "\"");
                    }
                    contentType = true;
                }
                case "length" -> {
                    if (!v.isIntegralNumber() || v.bigIntegerValue().signum() < 0) {
                        kp.fail("must be a non-negative integer (the attachment's size in octets), not "
                                + (v.isNumber() ? clip(v.asText()) : typeOf(v)));
                    }
                    length = true;
                }
                case "sha2" -> {
                    String s = string(v, kp);
                    if (!XapiFormats.isSha2Hex(s)) {
                        kp.fail("must be the SHA-2 hash of the attachment as hex (64 digits for SHA-256), not \""
                                + clip(s) + "\"");
                    }
                    sha2 = true;
                }
                case "fileUrl" -> iri(v, kp);
                default -> unknown(kp, "an Attachment");
            }
        }
        if (!usageType) {
            p.child("usageType").fail("is required in an Attachment");
        }
        if (!display) {
            p.child("display").fail("is required in an Attachment");
        }
        if (!contentType) {
            p.child("contentType").fail("is required in an Attachment");
        }
        if (!length) {
            p.child("length").fail("is required in an Attachment");
        }
        if (!sha2) {
            p.child("sha2").fail("is required in an Attachment");
        }
    }
}
