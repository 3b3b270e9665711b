package vn.hocso.scorm.sequencing;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hocso.content.model.XmlElement;

/**
 * One activity in scorm-again's {@code ActivitySettings} shape ({@code dist/types/types/sequencing_types.d.ts}),
 * as {@code ActivityTreeBuilder.createActivity} and {@code SequencingConfigurationBuilder
 * .applySequencingControlsSettings} in {@code dist/esm/scorm2004.js} read it.
 */
final class ActivityJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final List<String> ROLLUP_CONSIDERATIONS = List.of("requiredForSatisfied",
            "requiredForNotSatisfied", "requiredForCompleted", "requiredForIncomplete");

    private ActivityJson() {
    }

    /**
     * The activity for an item (or the organisation). {@code sequencing} may be null: the controls are still
     * written, because scorm-again's {@code SequencingControls} defaults {@code flow} to true where IMS SS says
     * false.
     */
    static ObjectNode activity(String id, String title, boolean visible, XmlElement sequencing,
            List<String> hideLmsUi, String timeLimitAction, List<ObjectNode> children) {
        ObjectNode out = JSON.objectNode();
        out.put("id", id);
        out.put("title", title == null ? id : title);
        if (!visible) {
            out.put("isVisible", false);
        }
        out.set("sequencingControls", controls(sequencing));
        putDeliveryControls(out, Xml.child(sequencing, "deliveryControls"));
        putLimits(out, Xml.child(sequencing, "limitConditions"));
        if (timeLimitAction != null && !timeLimitAction.isBlank()) {
            out.put("timeLimitAction", timeLimitAction.trim());
        }
        ObjectivesJson.put(out, id, sequencing);
        putIfNotNull(out, "sequencingRules", RulesJson.sequencingRules(Xml.child(sequencing, "sequencingRules")));
        putIfNotNull(out, "rollupRules", RulesJson.rollupRules(Xml.child(sequencing, "rollupRules")));
        putRollupConsiderations(out, Xml.child(sequencing, "rollupConsiderations"));
        if (hideLmsUi != null && !hideLmsUi.isEmpty()) {
            ArrayNode hide = out.putArray("hideLmsUi");
            hideLmsUi.forEach(hide::add);
        }
        if (!children.isEmpty()) {
            out.putArray("children").addAll(children);
        }
        return out;
    }

    /**
     * controlMode (always, IMS defaults), and when present the rollupRules attributes, randomizationControls and
     * adlseq:constrainedChoiceConsiderations. IMS {@code reorderChildren} is scorm-again's {@code randomizeChildren}
     * (its own {@code reorderChildren} is the "already reordered" state, see {@code randomizeChildrenProcess}).
     */
    private static ObjectNode controls(XmlElement sequencing) {
        ObjectNode c = JSON.objectNode();
        XmlElement mode = Xml.child(sequencing, "controlMode");
        c.put("choice", flag(mode, "choice", true));
        c.put("choiceExit", flag(mode, "choiceExit", true));
        c.put("flow", flag(mode, "flow", false));
        c.put("forwardOnly", flag(mode, "forwardOnly", false));
        c.put("useCurrentAttemptObjectiveInfo", flag(mode, "useCurrentAttemptObjectiveInfo", true));
        c.put("useCurrentAttemptProgressInfo", flag(mode, "useCurrentAttemptProgressInfo", true));
        XmlElement rollup = Xml.child(sequencing, "rollupRules");
        putBool(c, "rollupObjectiveSatisfied", rollup, "rollupObjectiveSatisfied");
        putBool(c, "rollupProgressCompletion", rollup, "rollupProgressCompletion");
        BigDecimal weight = Xml.decimal(rollup, "objectiveMeasureWeight");
        if (weight != null) {
            c.put("objectiveMeasureWeight", weight.doubleValue());
        }
        XmlElement random = Xml.child(sequencing, "randomizationControls");
        putString(c, "randomizationTiming", random, "randomizationTiming");
        Integer selectCount = Xml.nonNegativeInt(random, "selectCount");
        if (selectCount != null) {
            c.put("selectCount", selectCount);
        }
        putBool(c, "randomizeChildren", random, "reorderChildren");
        putString(c, "selectionTiming", random, "selectionTiming");
        XmlElement constrained = Xml.child(sequencing, "constrainedChoiceConsiderations");
        putBool(c, "preventActivation", constrained, "preventActivation");
        putBool(c, "constrainChoice", constrained, "constrainChoice");
        return c;
    }

    private static void putDeliveryControls(ObjectNode out, XmlElement delivery) {
        if (delivery == null) {
            return;
        }
        ObjectNode d = out.putObject("deliveryControls");
        d.put("tracked", flag(delivery, "tracked", true));
        d.put("completionSetByContent", flag(delivery, "completionSetByContent", false));
        d.put("objectiveSetByContent", flag(delivery, "objectiveSetByContent", false));
    }

    /** attemptLimit 0 (the IMS default) means "no limit", which is scorm-again's null: left out. */
    private static void putLimits(ObjectNode out, XmlElement limits) {
        Integer attemptLimit = Xml.nonNegativeInt(limits, "attemptLimit");
        if (attemptLimit != null && attemptLimit > 0) {
            out.put("attemptLimit", attemptLimit);
        }
        putString(out, "attemptAbsoluteDurationLimit", limits, "attemptAbsoluteDurationLimit");
    }

    private static void putRollupConsiderations(ObjectNode out, XmlElement considerations) {
        if (considerations == null) {
            return;
        }
        ObjectNode r = JSON.objectNode();
        for (String name : ROLLUP_CONSIDERATIONS) {
            putString(r, name, considerations, name);
        }
        putBool(r, "measureSatisfactionIfActive", considerations, "measureSatisfactionIfActive");
        if (!r.isEmpty()) {
            out.set("rollupConsiderations", r);
        }
    }

    private static boolean flag(XmlElement element, String name, boolean fallback) {
        Boolean v = Xml.bool(element, name);
        return v == null ? fallback : v;
    }

    private static void putBool(ObjectNode out, String key, XmlElement element, String attribute) {
        Boolean v = Xml.bool(element, attribute);
        if (v != null) {
            out.put(key, v);
        }
    }

    private static void putString(ObjectNode out, String key, XmlElement element, String attribute) {
        String v = Xml.attr(element, attribute);
        if (v != null) {
            out.put(key, v);
        }
    }

    private static void putIfNotNull(ObjectNode out, String key, ObjectNode value) {
        if (value != null) {
            out.set(key, value);
        }
    }
}
