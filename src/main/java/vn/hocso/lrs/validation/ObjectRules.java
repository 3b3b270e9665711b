package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.JsonChecks.array;
import static vn.hocso.lrs.validation.JsonChecks.clip;
import static vn.hocso.lrs.validation.JsonChecks.extensions;
import static vn.hocso.lrs.validation.JsonChecks.iri;
import static vn.hocso.lrs.validation.JsonChecks.languageMap;
import static vn.hocso.lrs.validation.JsonChecks.notNull;
import static vn.hocso.lrs.validation.JsonChecks.string;
import static vn.hocso.lrs.validation.JsonChecks.typeOf;
import static vn.hocso.lrs.validation.JsonChecks.unknown;
import static vn.hocso.lrs.validation.JsonChecks.uuid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.hocso.lrs.model.XapiVersion;

/** The statement's object (xAPI Data 2.4.4): Activity, Agent/Group, StatementRef or SubStatement. */
final class ObjectRules {

    private ObjectRules() {
    }

    /**
     * Validates the object of a statement or SubStatement.
     *
     * @return true when the object is an Activity (objectType absent or "Activity"), which decides whether context
     *         revision and platform are allowed
     */
    static boolean object(JsonNode n, Path p, XapiVersion version, boolean inSubStatement) {
        if (!n.isObject()) {
            p.fail("must be an Activity, Agent, Group, StatementRef or SubStatement (a JSON object), not " + typeOf(n));
        }
        JsonNode objectType = n.get("objectType");
        if (objectType == null) {
            activity(n, p);
            return true;
        }
        Path tp = p.child("objectType");
        notNull(objectType, tp);
        String ot = string(objectType, tp);
        switch (ot) {
            case "Activity" -> {
                activity(n, p);
                return true;
            }
            case "Agent", "Group" -> ActorRules.agentOrGroup(n, p, ActorRules.Role.OBJECT);
            case "StatementRef" -> statementRef(n, p);
            case "SubStatement" -> {
                if (inSubStatement) {
                    tp.fail("cannot be \"SubStatement\": a SubStatement cannot contain another SubStatement");
                }
                StatementValidator.statement(n, p, version, true);
            }
            default -> tp.fail("must be one of \"Activity\", \"Agent\", \"Group\", \"StatementRef\", \"SubStatement\" "
                    + "(case-sensitive), not \"" + clip(ot) + "\"");
        }
        return false;
    }

    /** A StatementRef: {"objectType": "StatementRef", "id": UUID}; also context.statement. */
    static void statementRef(JsonNode n, Path p) {
        if (!n.isObject()) {
            p.fail("must be a StatementRef {\"objectType\": \"StatementRef\", \"id\": UUID}, not " + typeOf(n));
        }
        JsonNode objectType = null;
        JsonNode id = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "objectType" -> objectType = v;
                case "id" -> id = v;
                default -> unknown(p.child(k), "a StatementRef (only objectType and id)");
            }
            notNull(v, p, k);
        }
        if (objectType == null) {
            p.child("objectType").fail("is required in a StatementRef and must be \"StatementRef\"");
        }
        String ot = string(objectType, p.child("objectType"));
        if (!"StatementRef".equals(ot)) {
            p.child("objectType").fail("must be \"StatementRef\" (case-sensitive), not \"" + clip(ot) + "\"");
        }
        if (id == null) {
            p.child("id").fail("is required in a StatementRef");
        }
        uuid(id, p.child("id"));
    }

    /** An Activity; also each context activity. */
    static void activity(JsonNode n, Path p) {
        if (!n.isObject()) {
            p.fail("must be an Activity (a JSON object), not " + typeOf(n));
        }
        JsonNode id = null;
        JsonNode definition = null;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            switch (k) {
                case "objectType" -> {
                    if (!"Activity".equals(v.textValue())) {
                        Path tp = p.child(k);
                        notNull(v, tp);
                        String ot = string(v, tp);
                        tp.fail("must be \"Activity\" (case-sensitive), not \"" + clip(ot) + "\"");
                    }
                }
                case "id" -> id = v;
                case "definition" -> definition = v;
                default -> unknown(p.child(k), "an Activity (objectType, id, definition)");
            }
            notNull(v, p, k);
        }
        if (id == null) {
            p.child("id").fail("is required in an Activity");
        }
        iri(id, p.child("id"));
        if (definition != null) {
            definition(definition, p.child("definition"));
        }
    }

    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");

    private static void definition(JsonNode n, Path p) {
        JsonChecks.object(n, p, "an Activity definition");
        JsonNode interactionType = null;
        JsonNode correctResponsesPattern = null;
        boolean components = false;
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            Path kp = p.child(k);
            notNull(v, kp);
            switch (k) {
                case "name", "description" -> languageMap(v, kp);
                case "type", "moreInfo" -> iri(v, kp);
                case "extensions" -> extensions(v, kp);
                case "interactionType" -> interactionType = v;
                case "correctResponsesPattern" -> correctResponsesPattern = v;
                case "choices", "scale", "source", "target", "steps" -> components = true;
                default -> unknown(kp, "an Activity definition");
            }
        }
        String type = null;
        if (interactionType != null) {
            Path tp = p.child("interactionType");
            type = string(interactionType, tp);
            if (!INTERACTION_TYPES.contains(type)) {
                tp.fail("must be one of true-false, choice, fill-in, long-fill-in, matching, performance, sequencing,"
                        + " likert, numeric, other (case-sensitive), not \"" + clip(type) + "\"");
            }
        }
        if (correctResponsesPattern != null) {
            Path cp = p.child("correctResponsesPattern");
            if (type == null) {
                cp.fail("needs \"interactionType\": a correct responses pattern belongs to an interaction Activity");
            }
            array(correctResponsesPattern, cp, "an array of strings");
            for (int i = 0, size = correctResponsesPattern.size(); i < size; i++) {
                JsonNode r = correctResponsesPattern.get(i);
                notNull(r, cp.at(i));
                string(r, cp.at(i));
            }
        }
        if (components) {
            interactionComponents(n, p, type);
        }
    }

    /** choices/scale/source/target/steps: only with their interaction types, arrays of {id, description}. */
    private static void interactionComponents(JsonNode def, Path p, String type) {
        for (Map.Entry<String, JsonNode> e : def.properties()) {
            String k = e.getKey();
            String allowedWith = switch (k) {
                case "choices" -> "choice or sequencing";
                case "scale" -> "likert";
                case "source", "target" -> "matching";
                case "steps" -> "performance";
                default -> null;
            };
            if (allowedWith == null) {
                continue;
            }
            Path kp = p.child(k);
            if (type == null) {
                kp.fail("needs \"interactionType\" " + allowedWith + ": interaction components belong to an "
                        + "interaction Activity");
            }
            boolean ok = switch (k) {
                case "choices" -> "choice".equals(type) || "sequencing".equals(type);
                case "scale" -> "likert".equals(type);
                case "source", "target" -> "matching".equals(type);
                default -> "performance".equals(type);
            };
            if (!ok) {
                kp.fail("is not allowed with interactionType \"" + type + "\"; it is only used with " + allowedWith);
            }
            componentList(e.getValue(), kp);
        }
    }

    private static void componentList(JsonNode list, Path p) {
        array(list, p, "an array of interaction components");
        Set<String> ids = list.size() > 1 ? new HashSet<>() : null;
        for (int i = 0, size = list.size(); i < size; i++) {
            JsonNode c = list.get(i);
            Path cp = p.at(i);
            notNull(c, cp);
            JsonChecks.object(c, cp, "an interaction component {\"id\": string, \"description\": language map}");
            JsonNode id = null;
            for (Map.Entry<String, JsonNode> e : c.properties()) {
                String k = e.getKey();
                JsonNode v = e.getValue();
                Path kp = cp.child(k);
                notNull(v, kp);
                switch (k) {
                    case "id" -> id = v;
                    case "description" -> languageMap(v, kp);
                    default -> unknown(kp, "an interaction component (only id and description)");
                }
            }
            if (id == null) {
                cp.child("id").fail("is required in an interaction component");
            }
            String s = string(id, cp.child("id"));
            if (ids != null && !ids.add(s)) {
                cp.child("id").fail("repeats \"" + clip(s) + "\"; ids within one list of interaction components must"
                        + " be distinct");
            }
        }
    }
}
