package vn.hocso.scorm.sequencing;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hocso.content.model.XmlElement;

/**
 * {@code imsss:objectives} (with the 4th edition's {@code adlseq:objectives} merged in) as scorm-again's
 * {@code primaryObjective} and {@code objectives} activity settings ({@code ObjectiveSettings} and
 * {@code ObjectiveMapInfoSettings} in {@code dist/types/types/sequencing_types.d.ts}; read by
 * {@code ActivityTreeBuilder.createActivityObjectiveFromSettings} in {@code dist/esm/scorm2004.js}).
 */
final class ObjectivesJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** adlseq:mapInfo attributes; scorm-again's defaults (read true, write false) are the ADL defaults. */
    private static final List<String> ADLSEQ_MAP_FLAGS = List.of("readRawScore", "readMinScore", "readMaxScore",
            "readCompletionStatus", "readProgressMeasure", "writeRawScore", "writeMinScore", "writeMaxScore",
            "writeCompletionStatus", "writeProgressMeasure", "updateAttemptData");

    private ObjectivesJson() {
    }

    /**
     * Puts {@code primaryObjective} and {@code objectives} on {@code activity}. Both elements are called
     * "objectives" once namespaces are gone: the IMS one always has a {@code primaryObjective} child, the ADL one
     * never. A primary objective without {@code objectiveID} gets the activity's id, because scorm-again drops an
     * objective without id and with it {@code satisfiedByMeasure} and {@code minNormalizedMeasure}.
     */
    static void put(ObjectNode activity, String activityId, XmlElement sequencing) {
        List<XmlElement> all = Xml.children(sequencing, "objectives");
        XmlElement ims = all.stream().filter(o -> Xml.child(o, "primaryObjective") != null).findFirst().orElse(null);
        ArrayNode secondary = JSON.arrayNode();
        if (ims != null) {
            XmlElement primary = Xml.child(ims, "primaryObjective");
            String id = Xml.attr(primary, "objectiveID");
            activity.set("primaryObjective", objective(primary, id == null ? activityId : id));
            for (XmlElement o : Xml.children(ims, "objective")) {
                secondary.add(objective(o, Xml.attr(o, "objectiveID")));
            }
        }
        if (!secondary.isEmpty()) {
            activity.set("objectives", secondary);
        }
        for (XmlElement adl : all) {
            if (adl != ims) {
                mergeAdlObjectives(activity, adl);
            }
        }
    }

    private static ObjectNode objective(XmlElement element, String id) {
        if (id == null) {
            throw new IllegalArgumentException("objective without objectiveID");
        }
        ObjectNode out = JSON.objectNode();
        out.put("objectiveID", id);
        out.put("satisfiedByMeasure", Boolean.TRUE.equals(Xml.bool(element, "satisfiedByMeasure")));
        BigDecimal min = Xml.decimalText(Xml.child(element, "minNormalizedMeasure"));
        if (min != null) {
            out.put("minNormalizedMeasure", min.doubleValue());
        }
        ArrayNode maps = JSON.arrayNode();
        for (XmlElement m : Xml.children(element, "mapInfo")) {
            ObjectNode map = maps.addObject();
            map.put("targetObjectiveID", target(m));
            map.put("readSatisfiedStatus", flag(m, "readSatisfiedStatus", true));
            map.put("readNormalizedMeasure", flag(m, "readNormalizedMeasure", true));
            map.put("writeSatisfiedStatus", flag(m, "writeSatisfiedStatus", false));
            map.put("writeNormalizedMeasure", flag(m, "writeNormalizedMeasure", false));
        }
        if (!maps.isEmpty()) {
            out.set("mapInfo", maps);
        }
        return out;
    }

    /** Adds adlseq:mapInfo flags to the mapInfo with the same target of the objective with the same id. */
    private static void mergeAdlObjectives(ObjectNode activity, XmlElement adlObjectives) {
        for (XmlElement o : Xml.children(adlObjectives, "objective")) {
            ObjectNode objective = findOrAddObjective(activity, Xml.attr(o, "objectiveID"));
            for (XmlElement m : Xml.children(o, "mapInfo")) {
                ObjectNode map = findOrAddMap(objective, target(m));
                for (String flag : ADLSEQ_MAP_FLAGS) {
                    Boolean v = Xml.bool(m, flag);
                    if (v != null) {
                        map.put(flag, v);
                    }
                }
            }
        }
    }

    private static ObjectNode findOrAddObjective(ObjectNode activity, String id) {
        if (id == null) {
            throw new IllegalArgumentException("adlseq objective without objectiveID");
        }
        JsonNode primary = activity.get("primaryObjective");
        if (primary != null && id.equals(primary.path("objectiveID").asText())) {
            return (ObjectNode) primary;
        }
        ArrayNode objectives = activity.has("objectives") ? (ArrayNode) activity.get("objectives")
                : activity.putArray("objectives");
        for (JsonNode o : objectives) {
            if (id.equals(o.path("objectiveID").asText())) {
                return (ObjectNode) o;
            }
        }
        ObjectNode added = objectives.addObject();
        added.put("objectiveID", id);
        return added;
    }

    private static ObjectNode findOrAddMap(ObjectNode objective, String target) {
        ArrayNode maps = objective.has("mapInfo") ? (ArrayNode) objective.get("mapInfo") : objective.putArray("mapInfo");
        for (JsonNode m : maps) {
            if (target.equals(m.path("targetObjectiveID").asText())) {
                return (ObjectNode) m;
            }
        }
        ObjectNode added = maps.addObject();
        added.put("targetObjectiveID", target);
        return added;
    }

    private static String target(XmlElement mapInfo) {
        String target = Xml.attr(mapInfo, "targetObjectiveID");
        if (target == null) {
            throw new IllegalArgumentException("mapInfo without targetObjectiveID");
        }
        return target;
    }

    private static boolean flag(XmlElement element, String name, boolean fallback) {
        Boolean v = Xml.bool(element, name);
        return v == null ? fallback : v;
    }
}
