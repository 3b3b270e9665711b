package vn.hocso.scorm.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Iterator;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.ScormItem;
import vn.hocso.content.model.Standard;
import vn.hocso.content.model.XmlElement;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.scorm.model.ScoState;

/**
 * The CMI data a SCO session starts with (nested JSON, without the {@code cmi} wrapper): what the SCO committed before
 * (when it resumes, and always in SCORM 1.2), overlaid with what the LMS owns — learner id and name, entry, credit,
 * mode, accumulated total time, bookmark and suspend data, launch data and mastery/time limits from the manifest.
 * Write-only and per-session elements (session time, exit) are never sent back.
 */
@ApplicationScoped
public class InitialCmi {

    @Inject
    ObjectMapper json;

    @Inject
    UserAccountRepository accounts;

    /** The initial data model of a session. */
    public ObjectNode build(AttemptContext ctx, LaunchEntry entry, ScoState sco, String entryMode) {
        ObjectNode cmi = stored(sco);
        var account = accounts.findById(ctx.attempt().accountId);
        ScormItem item = PlayerService.item(ctx, entry.id());
        if (ctx.descriptor().standard() == Standard.SCORM_12) {
            ObjectNode core = cmi.with("core");
            core.remove(java.util.List.of("exit", "session_time"));
            core.put("student_id", account.username);
            core.put("student_name", account.displayName);
            core.put("credit", "credit");
            core.put("lesson_mode", "normal");
            core.put("entry", entryMode);
            core.put("total_time", ScormTime.toScorm12(sco.totalTimeMs));
            core.put("lesson_location", sco.location == null ? "" : sco.location);
            if (!core.hasNonNull("lesson_status")) {
                core.put("lesson_status", "not attempted");
            }
            cmi.put("suspend_data", sco.suspendData == null ? "" : sco.suspendData);
            if (item != null) {
                putIfPresent(cmi, "launch_data", item.dataFromLms());
                ObjectNode student = cmi.with("student_data");
                putIfPresent(student, "mastery_score", item.masteryScore());
                putIfPresent(student, "max_time_allowed", item.maxTimeAllowed());
                putIfPresent(student, "time_limit_action", item.timeLimitAction());
            }
        } else {
            cmi.remove(java.util.List.of("exit", "session_time"));
            cmi.put("learner_id", account.username);
            cmi.put("learner_name", account.displayName);
            cmi.put("credit", "credit");
            cmi.put("mode", "normal");
            cmi.put("entry", entryMode);
            cmi.put("total_time", ScormTime.toIso(sco.totalTimeMs));
            cmi.put("location", sco.location == null ? "" : sco.location);
            cmi.put("suspend_data", sco.suspendData == null ? "" : sco.suspendData);
            if (item != null) {
                putIfPresent(cmi, "launch_data", item.dataFromLms());
                putIfPresent(cmi, "completion_threshold", item.completionThreshold());
                putIfPresent(cmi, "time_limit_action", item.timeLimitAction());
                declareObjectives(cmi, item.sequencing());
            }
        }
        removeMeta(cmi);
        return cmi;
    }

    /**
     * SCORM 2004: the objectives the manifest declares for the item ({@code imsss:objectives}) are preloaded as
     * {@code cmi.objectives.n.id} (content looks them up by id), and a primary objective satisfied by measure gives
     * {@code cmi.scaled_passing_score}. Objectives the SCO already committed are kept.
     */
    private void declareObjectives(ObjectNode cmi, XmlElement sequencing) {
        if (sequencing == null) {
            return;
        }
        ObjectNode objectives = cmi.has("objectives") && cmi.get("objectives").isObject()
                ? (ObjectNode) cmi.get("objectives") : json.createObjectNode();
        java.util.Set<String> known = new java.util.HashSet<>();
        objectives.forEach(o -> known.add(o.path("id").asText()));
        for (XmlElement list : sequencing.children()) {
            if (!list.name().equals("objectives")) {
                continue;
            }
            for (XmlElement o : list.children()) {
                String id = o.attributes().get("objectiveID");
                if (o.name().equals("primaryObjective") && "true".equals(o.attributes().get("satisfiedByMeasure"))) {
                    o.children().stream().filter(c -> c.name().equals("minNormalizedMeasure") && c.text() != null)
                            .findFirst().ifPresent(c -> cmi.put("scaled_passing_score", c.text()));
                }
                if (id != null && !id.isBlank() && known.add(id)) {
                    objectives.putObject(Integer.toString(objectives.size())).put("id", id);
                }
            }
        }
        if (!objectives.isEmpty()) {
            cmi.set("objectives", objectives);
        }
    }

    private ObjectNode stored(ScoState sco) {
        try {
            JsonNode n = json.readTree(sco.cmi == null ? "{}" : sco.cmi);
            JsonNode inner = n.has("cmi") && n.get("cmi").isObject() ? n.get("cmi") : n;
            return inner instanceof ObjectNode o ? o.deepCopy() : json.createObjectNode();
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    /** Drops the data model's own metadata ({@code _version}, {@code _children}, {@code _count}): read-only. */
    private static void removeMeta(ObjectNode node) {
        Iterator<java.util.Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            var e = it.next();
            if (e.getKey().startsWith("_")) {
                it.remove();
            } else if (e.getValue() instanceof ObjectNode child) {
                removeMeta(child);
            }
        }
    }
}
