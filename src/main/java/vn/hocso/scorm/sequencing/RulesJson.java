package vn.hocso.scorm.sequencing;

import java.math.BigDecimal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.hocso.content.model.XmlElement;

/**
 * {@code imsss:sequencingRules} and {@code imsss:rollupRules} rules in scorm-again's {@code SequencingRulesSettings}
 * and {@code RollupRulesSettings} shapes ({@code dist/types/types/sequencing_types.d.ts}; built into rule objects by
 * {@code SequencingConfigurationBuilder.createSequencingRule / createRollupRule} in {@code dist/esm/scorm2004.js}).
 */
final class RulesJson {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RulesJson() {
    }

    /**
     * {@code {preConditionRules, exitConditionRules, postConditionRules}} (only the kinds present), or null when the
     * element has no rule.
     */
    static ObjectNode sequencingRules(XmlElement sequencingRules) {
        ObjectNode out = JSON.objectNode();
        addRules(out, "preConditionRules", sequencingRules, "preConditionRule");
        addRules(out, "exitConditionRules", sequencingRules, "exitConditionRule");
        addRules(out, "postConditionRules", sequencingRules, "postConditionRule");
        return out.isEmpty() ? null : out;
    }

    private static void addRules(ObjectNode out, String key, XmlElement parent, String elementName) {
        ArrayNode rules = JSON.arrayNode();
        for (XmlElement rule : Xml.children(parent, elementName)) {
            rules.add(sequencingRule(rule));
        }
        if (!rules.isEmpty()) {
            out.set(key, rules);
        }
    }

    /**
     * One rule: IMS {@code conditionCombination} defaults to "all" and is always written (scorm-again's own default
     * is "and", which it treats the same); {@code measureThreshold} becomes {@code parameters.threshold}, the name
     * {@code RuleCondition.evaluate} reads; operator "noOp" is left out (scorm-again's null).
     */
    private static ObjectNode sequencingRule(XmlElement rule) {
        XmlElement conditionsElement = Xml.child(rule, "ruleConditions");
        ObjectNode out = JSON.objectNode();
        out.put("action", required(Xml.child(rule, "ruleAction"), "action", rule));
        out.put("conditionCombination", orDefault(Xml.attr(conditionsElement, "conditionCombination"), "all"));
        ArrayNode conditions = out.putArray("conditions");
        for (XmlElement c : Xml.children(conditionsElement, "ruleCondition")) {
            ObjectNode condition = conditions.addObject();
            condition.put("condition", orDefault(Xml.attr(c, "condition"), "always"));
            putNot(condition, Xml.attr(c, "operator"));
            String referenced = Xml.attr(c, "referencedObjective");
            if (referenced != null) {
                condition.put("referencedObjective", referenced);
            }
            BigDecimal threshold = Xml.decimal(c, "measureThreshold");
            if (threshold != null) {
                condition.putObject("parameters").put("threshold", threshold.doubleValue());
            }
        }
        return out;
    }

    /** {@code {rules: [...]}}, or null when the element has no rollupRule. */
    static ObjectNode rollupRules(XmlElement rollupRules) {
        ArrayNode rules = JSON.arrayNode();
        for (XmlElement rule : Xml.children(rollupRules, "rollupRule")) {
            rules.add(rollupRule(rule));
        }
        if (rules.isEmpty()) {
            return null;
        }
        ObjectNode out = JSON.objectNode();
        out.set("rules", rules);
        return out;
    }

    /**
     * One rollup rule. IMS {@code childActivitySet} is scorm-again's {@code consideration}; IMS
     * {@code minimumPercent} (0..1) becomes 0..100 because {@code RollupRule.evaluate} compares it with
     * {@code matching / children * 100}; condition "activityProgressKnown" becomes scorm-again's "progressKnown".
     */
    private static ObjectNode rollupRule(XmlElement rule) {
        XmlElement conditionsElement = Xml.child(rule, "rollupConditions");
        String consideration = orDefault(Xml.attr(rule, "childActivitySet"), "all");
        ObjectNode out = JSON.objectNode();
        out.put("action", required(Xml.child(rule, "rollupAction"), "action", rule));
        out.put("consideration", consideration);
        if (consideration.equals("atLeastCount")) {
            Integer count = Xml.nonNegativeInt(rule, "minimumCount");
            out.put("minimumCount", count == null ? 0 : count);
        }
        if (consideration.equals("atLeastPercent")) {
            BigDecimal percent = Xml.decimal(rule, "minimumPercent");
            out.put("minimumPercent", percent == null ? 0.0 : percent.movePointRight(2).doubleValue());
        }
        out.put("conditionCombination", orDefault(Xml.attr(conditionsElement, "conditionCombination"), "any"));
        ArrayNode conditions = out.putArray("conditions");
        for (XmlElement c : Xml.children(conditionsElement, "rollupCondition")) {
            ObjectNode condition = conditions.addObject();
            String name = required(c, "condition", rule);
            condition.put("condition", name.equals("activityProgressKnown") ? "progressKnown" : name);
            putNot(condition, Xml.attr(c, "operator"));
        }
        return out;
    }

    private static void putNot(ObjectNode condition, String operator) {
        if ("not".equals(operator)) {
            condition.put("operator", "not");
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String required(XmlElement element, String attribute, XmlElement rule) {
        String v = Xml.attr(element, attribute);
        if (v == null) {
            throw new IllegalArgumentException(rule.name() + " without " + attribute);
        }
        return v;
    }
}
