package vn.hocso.scorm.sequencing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.hocso.content.model.ScormItem;
import vn.hocso.content.model.ScormOrganization;
import vn.hocso.content.model.XmlElement;

class SequencingJsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String DEFAULT_CONTROLS = """
            {"choice":true,"choiceExit":true,"flow":false,"forwardOnly":false,
             "useCurrentAttemptObjectiveInfo":true,"useCurrentAttemptProgressInfo":true}""";

    /** Element builder: alternating attribute name/value strings, then child elements. */
    private static XmlElement el(String name, Object... parts) {
        Map<String, String> attributes = new LinkedHashMap<>();
        List<XmlElement> children = new ArrayList<>();
        String text = null;
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] instanceof XmlElement child) {
                children.add(child);
            } else if ("#text".equals(parts[i])) {
                text = (String) parts[++i];
            } else {
                attributes.put((String) parts[i], (String) parts[++i]);
            }
        }
        return new XmlElement(name, attributes, text, children);
    }

    private static ScormItem sco(String id, XmlElement sequencing) {
        return new ScormItem(id, "Title " + id, "res-" + id, null, true, id + ".html", "sco", null, null, null, null,
                null, List.of(), sequencing, List.of());
    }

    private static ScormItem cluster(String id, XmlElement sequencing, ScormItem... children) {
        return new ScormItem(id, "Title " + id, null, null, true, null, null, null, null, null, null, null, List.of(),
                sequencing, List.of(children));
    }

    private static JsonNode convert(XmlElement orgSequencing, ScormItem... items) {
        return SequencingJson.toScormAgain(
                new ScormOrganization("ORG", "Course", true, true, orgSequencing, List.of(items)));
    }

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace("$DEFAULT", DEFAULT_CONTROLS));
    }

    @Test
    void forcedSequentialViaGlobalObjective() throws Exception {
        XmlElement orgSeq = el("sequencing", el("controlMode", "choice", "false", "flow", "true"));
        XmlElement first = el("sequencing",
                el("objectives", el("primaryObjective", "objectiveID", "PRIMARYOBJ", "satisfiedByMeasure", "true",
                        el("minNormalizedMeasure", "#text", "0.8"),
                        el("mapInfo", "targetObjectiveID", "com.example.sco1.satisfied", "readSatisfiedStatus",
                                "false", "writeSatisfiedStatus", "true"))));
        XmlElement second = el("sequencing",
                el("sequencingRules",
                        el("preConditionRule",
                                el("ruleConditions", "conditionCombination", "any",
                                        el("ruleCondition", "referencedObjective", "previous_sco_satisfied",
                                                "operator", "not", "condition", "satisfied"),
                                        el("ruleCondition", "referencedObjective", "previous_sco_satisfied",
                                                "operator", "not", "condition", "objectiveStatusKnown")),
                                el("ruleAction", "action", "disabled"))),
                el("objectives", el("primaryObjective", "objectiveID", "PRIMARYOBJ"),
                        el("objective", "objectiveID", "previous_sco_satisfied",
                                el("mapInfo", "targetObjectiveID", "com.example.sco1.satisfied",
                                        "readSatisfiedStatus", "true", "writeSatisfiedStatus", "false"))));

        JsonNode actual = convert(orgSeq, sco("sco1", first), sco("sco2", second));

        assertEquals(json("""
                {"activityTree":{"id":"ORG","title":"Course",
                  "sequencingControls":{"choice":false,"choiceExit":true,"flow":true,"forwardOnly":false,
                    "useCurrentAttemptObjectiveInfo":true,"useCurrentAttemptProgressInfo":true},
                  "children":[
                    {"id":"sco1","title":"Title sco1","sequencingControls":$DEFAULT,
                     "primaryObjective":{"objectiveID":"PRIMARYOBJ","satisfiedByMeasure":true,
                       "minNormalizedMeasure":0.8,
                       "mapInfo":[{"targetObjectiveID":"com.example.sco1.satisfied","readSatisfiedStatus":false,
                         "readNormalizedMeasure":true,"writeSatisfiedStatus":true,"writeNormalizedMeasure":false}]}},
                    {"id":"sco2","title":"Title sco2","sequencingControls":$DEFAULT,
                     "primaryObjective":{"objectiveID":"PRIMARYOBJ","satisfiedByMeasure":false},
                     "objectives":[{"objectiveID":"previous_sco_satisfied","satisfiedByMeasure":false,
                       "mapInfo":[{"targetObjectiveID":"com.example.sco1.satisfied","readSatisfiedStatus":true,
                         "readNormalizedMeasure":true,"writeSatisfiedStatus":false,"writeNormalizedMeasure":false}]}],
                     "sequencingRules":{"preConditionRules":[{"action":"disabled","conditionCombination":"any",
                       "conditions":[
                         {"condition":"satisfied","operator":"not","referencedObjective":"previous_sco_satisfied"},
                         {"condition":"objectiveStatusKnown","operator":"not",
                          "referencedObjective":"previous_sco_satisfied"}]}]}}]}}
                """), actual);
    }

    @Test
    void postTestRollupAndSkipWhenSatisfied() throws Exception {
        XmlElement content = el("sequencing",
                el("sequencingRules", el("preConditionRule",
                        el("ruleConditions", el("ruleCondition", "condition", "satisfied")),
                        el("ruleAction", "action", "skip"))),
                el("rollupRules", "rollupObjectiveSatisfied", "false", "objectiveMeasureWeight", "0"));
        XmlElement postTest = el("sequencing",
                el("rollupRules", "objectiveMeasureWeight", "1.0"),
                el("deliveryControls", "completionSetByContent", "true", "objectiveSetByContent", "true"));
        XmlElement module = el("sequencing",
                el("controlMode", "flow", "true", "choice", "false"),
                el("rollupRules",
                        el("rollupRule", "childActivitySet", "all",
                                el("rollupConditions", el("rollupCondition", "condition", "satisfied")),
                                el("rollupAction", "action", "satisfied")),
                        el("rollupRule", "childActivitySet", "atLeastPercent", "minimumPercent", "0.29",
                                el("rollupConditions", "conditionCombination", "all",
                                        el("rollupCondition", "operator", "not", "condition",
                                                "activityProgressKnown"),
                                        el("rollupCondition", "operator", "noOp", "condition", "attempted")),
                                el("rollupAction", "action", "incomplete")),
                        el("rollupRule", "childActivitySet", "atLeastCount", "minimumCount", "2",
                                el("rollupConditions", el("rollupCondition", "condition", "completed")),
                                el("rollupAction", "action", "completed"))));

        JsonNode module1 = convert(null,
                cluster("module1", module, sco("content1", content), sco("posttest1", postTest)))
                .at("/activityTree/children/0");

        assertEquals(json("""
                {"id":"module1","title":"Title module1",
                 "sequencingControls":{"choice":false,"choiceExit":true,"flow":true,"forwardOnly":false,
                   "useCurrentAttemptObjectiveInfo":true,"useCurrentAttemptProgressInfo":true},
                 "rollupRules":{"rules":[
                   {"action":"satisfied","consideration":"all","conditionCombination":"any",
                    "conditions":[{"condition":"satisfied"}]},
                   {"action":"incomplete","consideration":"atLeastPercent","minimumPercent":29.0,
                    "conditionCombination":"all",
                    "conditions":[{"condition":"progressKnown","operator":"not"},{"condition":"attempted"}]},
                   {"action":"completed","consideration":"atLeastCount","minimumCount":2,
                    "conditionCombination":"any","conditions":[{"condition":"completed"}]}]},
                 "children":[
                   {"id":"content1","title":"Title content1",
                    "sequencingControls":{"choice":true,"choiceExit":true,"flow":false,"forwardOnly":false,
                      "useCurrentAttemptObjectiveInfo":true,"useCurrentAttemptProgressInfo":true,
                      "rollupObjectiveSatisfied":false,"objectiveMeasureWeight":0.0},
                    "sequencingRules":{"preConditionRules":[{"action":"skip","conditionCombination":"all",
                      "conditions":[{"condition":"satisfied"}]}]}},
                   {"id":"posttest1","title":"Title posttest1",
                    "sequencingControls":{"choice":true,"choiceExit":true,"flow":false,"forwardOnly":false,
                      "useCurrentAttemptObjectiveInfo":true,"useCurrentAttemptProgressInfo":true,
                      "objectiveMeasureWeight":1.0},
                    "deliveryControls":{"tracked":true,"completionSetByContent":true,"objectiveSetByContent":true}}]}
                """), module1);
    }

    @Test
    void exitAndPostConditionRulesCarryMeasureThresholdAndLimits() throws Exception {
        XmlElement seq = el("sequencing",
                el("sequencingRules",
                        el("exitConditionRule",
                                el("ruleConditions", el("ruleCondition", "condition", "completed")),
                                el("ruleAction", "action", "exit")),
                        el("postConditionRule",
                                el("ruleConditions", el("ruleCondition", "condition", "objectiveMeasureLessThan",
                                        "measureThreshold", "0.5")),
                                el("ruleAction", "action", "retry")),
                        el("postConditionRule",
                                el("ruleConditions", el("ruleCondition", "condition", "attemptLimitExceeded")),
                                el("ruleAction", "action", "exitParent"))),
                el("limitConditions", "attemptLimit", "3", "attemptAbsoluteDurationLimit", "PT1H"));

        JsonNode activity = convert(null, sco("quiz", seq)).at("/activityTree/children/0");

        assertEquals(json("""
                {"exitConditionRules":[{"action":"exit","conditionCombination":"all",
                   "conditions":[{"condition":"completed"}]}],
                 "postConditionRules":[
                   {"action":"retry","conditionCombination":"all",
                    "conditions":[{"condition":"objectiveMeasureLessThan","parameters":{"threshold":0.5}}]},
                   {"action":"exitParent","conditionCombination":"all",
                    "conditions":[{"condition":"attemptLimitExceeded"}]}]}
                """), activity.get("sequencingRules"));
        assertEquals(3, activity.get("attemptLimit").intValue());
        assertEquals("PT1H", activity.get("attemptAbsoluteDurationLimit").textValue());
    }

    @Test
    void noSequencingWritesImsDefaultsAndItemAttributes() throws Exception {
        ScormItem hidden = new ScormItem("intro", null, "r", null, false, "i.html", "asset", null, null, "exit,message",
                null, null, List.of("continue", "previous"),
                el("sequencing", el("limitConditions", "attemptLimit", "0")), List.of());

        JsonNode actual = convert(null, hidden);

        assertEquals(json("""
                {"activityTree":{"id":"ORG","title":"Course","sequencingControls":$DEFAULT,
                  "children":[{"id":"intro","title":"intro","isVisible":false,"sequencingControls":$DEFAULT,
                    "timeLimitAction":"exit,message","hideLmsUi":["continue","previous"]}]}}
                """), actual);
    }

    @Test
    void randomizationConstrainedChoiceRollupConsiderationsAndAdlObjectives() throws Exception {
        XmlElement seq = el("sequencing",
                el("controlMode", "forwardOnly", "1", "useCurrentAttemptObjectiveInfo", "0"),
                el("objectives", el("primaryObjective", "satisfiedByMeasure", "true",
                        el("minNormalizedMeasure", "#text", "0.6"))),
                el("randomizationControls", "randomizationTiming", "onEachNewAttempt", "selectCount", "2",
                        "reorderChildren", "true", "selectionTiming", "once"),
                el("constrainedChoiceConsiderations", "preventActivation", "true", "constrainChoice", "true"),
                el("rollupConsiderations", "requiredForSatisfied", "ifAttempted", "requiredForCompleted",
                        "ifNotSkipped", "measureSatisfactionIfActive", "false"),
                el("objectives", el("objective", "objectiveID", "pool",
                        el("mapInfo", "targetObjectiveID", "g.pool", "readRawScore", "false", "writeRawScore", "true",
                                "writeCompletionStatus", "true"))));

        JsonNode pool = convert(null, cluster("pool", seq, sco("q1", null), sco("q2", null), sco("q3", null)))
                .at("/activityTree/children/0");

        assertEquals(json("""
                {"choice":true,"choiceExit":true,"flow":false,"forwardOnly":true,
                 "useCurrentAttemptObjectiveInfo":false,"useCurrentAttemptProgressInfo":true,
                 "randomizationTiming":"onEachNewAttempt","selectCount":2,"randomizeChildren":true,
                 "selectionTiming":"once","preventActivation":true,"constrainChoice":true}
                """), pool.get("sequencingControls"));
        assertEquals(json("""
                {"objectiveID":"pool","satisfiedByMeasure":true,"minNormalizedMeasure":0.6,
                 "mapInfo":[{"targetObjectiveID":"g.pool","readRawScore":false,"writeRawScore":true,
                   "writeCompletionStatus":true}]}
                """), pool.get("primaryObjective"));
        assertEquals(json("""
                {"requiredForSatisfied":"ifAttempted","requiredForCompleted":"ifNotSkipped",
                 "measureSatisfactionIfActive":false}
                """), pool.get("rollupConsiderations"));
        assertEquals(List.of("q1", "q2", "q3"),
                pool.get("children").findValuesAsText("id"));
    }

    @Test
    void adlObjectiveFlagsMergeIntoTheMatchingImsMapInfo() throws Exception {
        XmlElement seq = el("sequencing",
                el("objectives", el("primaryObjective", "objectiveID", "p"),
                        el("objective", "objectiveID", "o1",
                                el("mapInfo", "targetObjectiveID", "g1", "writeSatisfiedStatus", "true"))),
                el("objectives", el("objective", "objectiveID", "o1",
                        el("mapInfo", "targetObjectiveID", "g1", "writeProgressMeasure", "true"))));

        JsonNode objectives = convert(null, sco("s", seq)).at("/activityTree/children/0/objectives");

        assertEquals(json("""
                [{"objectiveID":"o1","satisfiedByMeasure":false,
                  "mapInfo":[{"targetObjectiveID":"g1","readSatisfiedStatus":true,"readNormalizedMeasure":true,
                    "writeSatisfiedStatus":true,"writeNormalizedMeasure":false,"writeProgressMeasure":true}]}]
                """), objectives);
    }

    @Test
    void malformedValuesAreRejectedWithTheElementName() {
        IllegalArgumentException badFlag = assertThrows(IllegalArgumentException.class,
                () -> convert(el("sequencing", el("controlMode", "flow", "yes"))));
        assertEquals("invalid value 'yes' for controlMode@flow", badFlag.getMessage());

        IllegalArgumentException badLimit = assertThrows(IllegalArgumentException.class,
                () -> convert(null, sco("s", el("sequencing", el("limitConditions", "attemptLimit", "-1")))));
        assertEquals("invalid value '-1' for limitConditions@attemptLimit", badLimit.getMessage());

        IllegalArgumentException noAction = assertThrows(IllegalArgumentException.class,
                () -> convert(null, sco("s", el("sequencing", el("sequencingRules", el("preConditionRule",
                        el("ruleConditions", el("ruleCondition", "condition", "always"))))))));
        assertEquals("preConditionRule without action", noAction.getMessage());

        assertThrows(NullPointerException.class, () -> SequencingJson.toScormAgain(null));
    }
}
