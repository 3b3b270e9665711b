package vn.hocso.cmi5.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.hocso.cmi5.model.Cmi5Registration;
import vn.hocso.cmi5.persistence.Cmi5StatusStore;
import vn.hocso.content.model.Cmi5Course;
import vn.hocso.content.model.Cmi5Node;
import vn.hocso.lrs.model.XapiJson;

/**
 * cmi5 moveOn and "satisfied": an AU meets its moveOn (Passed, Completed, CompletedAndPassed, CompletedOrPassed,
 * NotApplicable; a waived AU counts as met); a block is satisfied when all its children are, the course when all its
 * children are. Each satisfied block and the course is reported once per registration with a {@code satisfied}
 * statement (LMS-generated activity ids, cmi5 category, the session id of the triggering launch).
 */
@ApplicationScoped
public class Cmi5Satisfaction {

    static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";
    static final String BLOCK_TYPE = "https://w3id.org/xapi/cmi5/activitytype/block";
    static final String COURSE_TYPE = "https://w3id.org/xapi/cmi5/activitytype/course";

    @Inject
    Cmi5StatusStore store;

    /** Whether an AU with this status meets its moveOn. */
    static boolean meets(Cmi5Node au, Cmi5StatusStore.AuStatus s) {
        if (s.waived()) {
            return true;
        }
        return switch (au.moveOn() == null ? "NotApplicable" : au.moveOn()) {
            case "Passed" -> s.passed();
            case "Completed" -> s.completed();
            case "CompletedAndPassed" -> s.completed() && s.passed();
            case "CompletedOrPassed" -> s.completed() || s.passed();
            default -> true;
        };
    }

    /**
     * The satisfied statements newly due for a registration (recorded as reported).
     *
     * @param courseIri the LMS's activity IRI of the course (package)
     * @param sessionId the session whose statements (or waiver) triggered the evaluation
     */
    public List<ObjectNode> due(Cmi5Registration reg, Cmi5Course course, String courseIri, UUID sessionId) {
        Map<String, Cmi5StatusStore.AuStatus> statuses = store.statuses(reg.id);
        JsonNode actor = XapiJson.parse(reg.actor, "actor");
        List<ObjectNode> out = new ArrayList<>();
        boolean all = true;
        for (Cmi5Node child : course.children()) {
            all &= satisfied(child, statuses, reg, actor, courseIri, sessionId, out);
        }
        if (all) {
            ObjectNode s = statement(actor, reg, courseIri, COURSE_TYPE, course.id(), sessionId);
            if (store.markSatisfied(reg.id, course.id(), UUID.fromString(s.get("id").asText()))) {
                out.add(s);
            }
        }
        return out;
    }

    private boolean satisfied(Cmi5Node node, Map<String, Cmi5StatusStore.AuStatus> statuses, Cmi5Registration reg,
            JsonNode actor, String courseIri, UUID sessionId, List<ObjectNode> out) {
        if ("au".equals(node.type())) {
            return meets(node, statuses.getOrDefault(node.id(), Cmi5StatusStore.AuStatus.NONE));
        }
        boolean all = true;
        for (Cmi5Node child : node.children()) {
            all &= satisfied(child, statuses, reg, actor, courseIri, sessionId, out);
        }
        if (all) {
            String blockIri = courseIri + "/block/" + URLEncoder.encode(node.id(), StandardCharsets.UTF_8);
            ObjectNode s = statement(actor, reg, blockIri, BLOCK_TYPE, node.id(), sessionId);
            if (store.markSatisfied(reg.id, node.id(), UUID.fromString(s.get("id").asText()))) {
                out.add(s);
            }
        }
        return all;
    }

    private static ObjectNode statement(JsonNode actor, Cmi5Registration reg, String objectId, String type,
            String publisherId, UUID sessionId) {
        ObjectNode s = XapiJson.MAPPER.createObjectNode();
        s.put("id", UUID.randomUUID().toString());
        s.set("actor", actor.deepCopy());
        ObjectNode verb = s.putObject("verb");
        verb.put("id", SATISFIED);
        verb.putObject("display").put("en-US", "satisfied");
        ObjectNode object = s.putObject("object");
        object.put("objectType", "Activity");
        object.put("id", objectId);
        object.putObject("definition").put("type", type);
        ObjectNode context = s.putObject("context");
        context.put("registration", reg.registration.toString());
        ObjectNode activities = context.putObject("contextActivities");
        activities.putArray("category").addObject().put("id", Cmi5Vocabulary.CATEGORY);
        activities.putArray("grouping").addObject().put("id", publisherId);
        context.putObject("extensions").put(Cmi5Vocabulary.SESSION_ID, sessionId.toString());
        s.put("timestamp", Instant.now().toString());
        return s;
    }
}
