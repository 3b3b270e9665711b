package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.JsonChecks.array;
import static vn.hocso.lrs.validation.JsonChecks.clip;
import static vn.hocso.lrs.validation.JsonChecks.extensions;
import static vn.hocso.lrs.validation.JsonChecks.iri;
import static vn.hocso.lrs.validation.JsonChecks.languageTag;
import static vn.hocso.lrs.validation.JsonChecks.notNull;
import static vn.hocso.lrs.validation.JsonChecks.object;
import static vn.hocso.lrs.validation.JsonChecks.string;
import static vn.hocso.lrs.validation.JsonChecks.typeOf;
import static vn.hocso.lrs.validation.JsonChecks.unknown;
import static vn.hocso.lrs.validation.JsonChecks.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import vn.hocso.lrs.model.XapiVersion;

/** The context of a statement or SubStatement (xAPI Data 2.4.6), with 2.0.0's contextAgents and contextGroups. */
final class ContextRules {

    private ContextRules() {
    }

    /**
     * @param objectIsActivity whether the statement's object is an Activity: revision and platform are only allowed
     *                         then
     */
    static void context(JsonNode n, Path p, XapiVersion version, boolean objectIsActivity) {
        object(n, p, "a Context");
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            notNull(v, kp);
            switch (k) {
                case "registration" -> uuid(v, kp);
                case "instructor" -> ActorRules.agentOrGroup(v, kp, ActorRules.Role.ACTOR);
                case "team" -> ActorRules.agentOrGroup(v, kp, ActorRules.Role.GROUP_ONLY);
                case "contextActivities" -> contextActivities(v, kp);
                case "revision", "platform" -> {
                    string(v, kp);
                    if (!objectIsActivity) {
                        kp.fail("is only allowed when the statement's object is an Activity");
                    }
                }
                case "language" -> languageTag(v, kp);
                case "statement" -> ObjectRules.statementRef(v, kp);
                case "extensions" -> extensions(v, kp);
                case "contextAgents" -> {
                    if (version != XapiVersion.V2_0_0) {
                        notIn103(kp);
                    }
                    contextAgents(v, kp);
                }
                case "contextGroups" -> {
                    if (version != XapiVersion.V2_0_0) {
                        notIn103(kp);
                    }
                    contextGroups(v, kp);
                }
                default -> unknown(kp, "a Context");
            }
        }
    }

    private static void notIn103(Path p) {
        p.fail("is not a property of a Context in xAPI 1.0.3 (contextAgents and contextGroups are new in 2.0.0; "
                + "send X-Experience-API-Version: 2.0.0 to use them)");
    }

    private static void contextActivities(JsonNode n, Path p) {
        object(n, p, "a contextActivities object (parent, grouping, category, other)");
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            switch (k) {
                case "parent", "grouping", "category", "other" -> {
                }
                default -> unknown(kp, "contextActivities (parent, grouping, category, other)");
            }
            notNull(v, kp);
            if (v.isArray()) {
                for (int i = 0, size = v.size(); i < size; i++) {
                    JsonNode a = v.get(i);
                    notNull(a, kp.at(i));
                    ObjectRules.activity(a, kp.at(i));
                }
            } else if (v.isObject()) {
                ObjectRules.activity(v, kp);
            } else {
                kp.fail("must be an Activity or an array of Activities, not " + typeOf(v));
            }
        }
    }

    private static void contextAgents(JsonNode n, Path p) {
        array(n, p, "an array of contextAgent objects");
        for (int i = 0, size = n.size(); i < size; i++) {
            JsonNode ca = n.get(i);
            Path ip = p.at(i);
            notNull(ca, ip);
            contextEntry(ca, ip, "contextAgent", "agent");
        }
    }

    private static void contextGroups(JsonNode n, Path p) {
        array(n, p, "an array of contextGroup objects");
        for (int i = 0, size = n.size(); i < size; i++) {
            JsonNode cg = n.get(i);
            Path ip = p.at(i);
            notNull(cg, ip);
            contextEntry(cg, ip, "contextGroup", "group");
        }
    }

    /** {"objectType": "contextAgent", "agent": Agent, "relevantTypes": [IRI, …]} or the contextGroup form. */
    private static void contextEntry(JsonNode n, Path p, String objectTypeValue, String memberKey) {
        object(n, p, "a " + objectTypeValue + " object");
        JsonNode objectType = null;
        JsonNode who = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            notNull(v, kp);
            if ("objectType".equals(k)) {
                objectType = v;
            } else if (memberKey.equals(k)) {
                who = v;
            } else if ("relevantTypes".equals(k)) {
                relevantTypes(v, kp);
            } else {
                unknown(kp, "a " + objectTypeValue + " (objectType, " + memberKey + ", relevantTypes)");
            }
        }
        Path tp = p.child("objectType");
        if (objectType == null) {
            tp.fail("is required and must be \"" + objectTypeValue + "\"");
        }
        String ot = string(objectType, tp);
        if (!objectTypeValue.equals(ot)) {
            tp.fail("must be \"" + objectTypeValue + "\" (case-sensitive), not \"" + clip(ot) + "\"");
        }
        if (who == null) {
            p.child(memberKey).fail("is required in a " + objectTypeValue);
        }
        ActorRules.agentOrGroup(who, p.child(memberKey),
                "agent".equals(memberKey) ? ActorRules.Role.AGENT_ONLY : ActorRules.Role.GROUP_ONLY);
    }

    private static void relevantTypes(JsonNode n, Path p) {
        array(n, p, "a non-empty array of IRIs");
        if (n.isEmpty()) {
            p.fail("must not be empty; leave it out or list at least one IRI");
        }
        for (int i = 0, size = n.size(); i < size; i++) {
            JsonNode t = n.get(i);
            notNull(t, p.at(i));
            iri(t, p.at(i));
        }
    }
}
