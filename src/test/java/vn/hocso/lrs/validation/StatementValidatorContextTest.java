package vn.hocso.lrs.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.lrs.validation.StatementValidatorTest.MBOX_AGENT;
import static vn.hocso.lrs.validation.StatementValidatorTest.UUID;
import static vn.hocso.lrs.validation.StatementValidatorTest.V1;
import static vn.hocso.lrs.validation.StatementValidatorTest.V2;
import static vn.hocso.lrs.validation.StatementValidatorTest.invalid;
import static vn.hocso.lrs.validation.StatementValidatorTest.valid;
import static vn.hocso.lrs.validation.StatementValidatorTest.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Context (xAPI Data 2.4.6; XAPI-00084–00094) and 2.0.0's contextAgents / contextGroups. */
class StatementValidatorContextTest {

    static final String GROUP = "{'objectType':'Group','mbox':'mailto:team-1@example.com','member':["
            + "{'objectType':'Agent','mbox':'mailto:player-1@example.com'}]}";
    static final String CONTEXT_AGENT = "{'objectType':'contextAgent','agent':{'objectType':'Agent',"
            + "'mbox':'mailto:player-1@example.com'},'relevantTypes':["
            + "'https://example.com/xapi/american-footbal/activity-types/personnel/player']}";
    static final String CONTEXT_GROUP = "{'objectType':'contextGroup','group':" + GROUP
            + ",'relevantTypes':['https://example.com/xapi/american-footbal/activity-types/team/a']}";

    @Test
    @DisplayName("XAPI-00086 context is an object with only the spec's properties")
    void contextShape() {
        invalid(with("context", "'context'"), "context");
        invalid(with("context", "[]"), "context");
        invalid(with("context.Registration", "'" + UUID + "'"), "context.Registration");
        invalid(with("context.team2", "{}"), "context.team2");
    }

    @ParameterizedTest(name = "XAPI-00087-1 registration {0} rejected")
    @ValueSource(strings = {"'should fail'", "{'key':'value'}", "12345", "'AA97B177-9383-4934-8543-0F91A7A028368'",
            "'MA97B177-9383-4934-8543-0F91A7A02836'", "''"})
    @DisplayName("XAPI-00087-1 a registration is a UUID")
    void registration(String reg) {
        invalid(with("context.registration", reg), "context.registration");
        valid(with("context.registration", "'" + UUID + "'"));
    }

    // ------------------------------------------------------------------------------------------------ revision/platform

    @ParameterizedTest(name = "XAPI-00084/XAPI-00085 {0} not allowed with non-Activity objects")
    @ValueSource(strings = {"revision", "platform"})
    @DisplayName("XAPI-00084/XAPI-00085 revision and platform are only allowed when the object is an Activity")
    void revisionPlatform(String key) {
        valid(with("context." + key, "'x'"));
        ObjectNode implicitActivity = with("object", "{'id':'http://example.com/a'}");
        with(implicitActivity, "context." + key, "'x'");
        valid(implicitActivity);
        String[] nonActivities = {MBOX_AGENT, "{'objectType':'Group','member':[" + MBOX_AGENT + "]}",
            "{'objectType':'StatementRef','id':'" + UUID + "'}",
            "{'objectType':'SubStatement','actor':" + MBOX_AGENT + ",'verb':{'id':'http://example.com/v'},"
                + "'object':{'id':'http://example.com/a'}}"};
        for (String o : nonActivities) {
            ObjectNode s = with("object", o);
            with(s, "context." + key, "'x'");
            XapiValidationException e = invalid(s, "context." + key);
            assertTrue(e.getMessage().contains("Activity"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "XAPI-00089/XAPI-00090 {0} must be a string")
    @ValueSource(strings = {"revision", "platform"})
    @DisplayName("XAPI-00089/XAPI-00090 revision and platform are strings")
    void revisionPlatformType(String key) {
        invalid(with("context." + key, "12345"), "context." + key);
        invalid(with("context." + key, "{'key':'value'}"), "context." + key);
    }

    // ------------------------------------------------------------------------------------------------ language

    @ParameterizedTest(name = "XAPI-00091 language {0} accepted")
    @ValueSource(strings = {"en-US", "vi", "vi-VN", "cmn", "zh-Hans-CN", "sr-Latn-RS", "de-CH-1901", "es-419",
            "en-US-x-twain", "x-private", "tlh", "i-klingon", "en-GB-oed", "zh-yue-HK"})
    @DisplayName("XAPI-00091/XAPI-00013 a context language is an RFC 5646 tag")
    void languageValid(String tag) {
        valid(with("context.language", "'" + tag + "'"));
    }

    @ParameterizedTest(name = "XAPI-00091 language {0} rejected")
    @ValueSource(strings = {"'something'", "'a12345678'", "'en-'", "'-en'", "'en--US'", "'e'", "'en_US'",
            "'en-US-'", "'x'", "''", "12345", "{'key':'value'}", "'toolongprimary'", "'en-a'", "'en US'"})
    @DisplayName("XAPI-00091/XAPI-00013 other language values are rejected")
    void languageInvalid(String tag) {
        invalid(with("context.language", tag), "context.language");
    }

    // ------------------------------------------------------------------------------------------------ statement

    @Test
    @DisplayName("XAPI-00092 context.statement is a StatementRef")
    void contextStatement() {
        valid(with("context.statement", "{'objectType':'StatementRef','id':'" + UUID + "'}"));
        invalid(with("context.statement", "{'objectType':'statementref','id':'" + UUID + "'}"),
                "context.statement.objectType");
        invalid(with("context.statement", "{'id':'" + UUID + "'}"), "context.statement.objectType");
        invalid(with("context.statement", "{'objectType':'StatementRef','id':'should fail'}"),
                "context.statement.id");
        invalid(with("context.statement", "{'objectType':'StatementRef'}"), "context.statement.id");
        invalid(with("context.statement", "'" + UUID + "'"), "context.statement");
    }

    // ------------------------------------------------------------------------------------------------ contextActivities

    @ParameterizedTest(name = "XAPI-00093/XAPI-00094 {0} as one Activity or an array")
    @ValueSource(strings = {"parent", "grouping", "category", "other"})
    @DisplayName("XAPI-00093/XAPI-00094 contextActivities values are an Activity or an array of Activities")
    void contextActivityKinds(String kind) {
        String p = "context.contextActivities." + kind;
        valid(with(p, "{'id':'http://example.com/a'}"));
        valid(with(p, "{'objectType':'Activity','id':'http://example.com/a','definition':{'name':{'en':'A'}}}"));
        valid(with(p, "[{'id':'http://example.com/a'},{'id':'http://example.com/b'}]"));
        valid(with(p, "[]"));
        invalid(with(p, "'http://example.com/a'"), p);
        invalid(with(p, "12345"), p);
        invalid(with(p, "[{'key':'value'}]"), p + "[0].key");
        invalid(with(p, "[{'id':'http://example.com/a'},{'id':'not an iri'}]"), p + "[1].id");
        invalid(with(p, "{'objectType':'Agent','mbox':'mailto:a@b.c'}"), p + ".objectType");
        invalid(with(p, "{'definition':{}}"), p + ".id");
    }

    @Test
    @DisplayName("XAPI-00093 contextActivities keys are parent, grouping, category or other")
    void contextActivityKeys() {
        invalid(with("context.contextActivities.consequences", "{'id':'http://example.com/a'}"),
                "context.contextActivities.consequences");
        invalid(with("context.contextActivities.Parent", "{'id':'http://example.com/a'}"),
                "context.contextActivities.Parent");
        invalid(with("context.contextActivities", "'should fail'"), "context.contextActivities");
        valid(with("context.contextActivities", "{}"));
    }

    // ------------------------------------------------------------------------------------------------ extensions

    @Test
    @DisplayName("XAPI-00118/XAPI-00120 context extensions are an object keyed by IRIs")
    void contextExtensions() {
        invalid(with("context.extensions", "{'example.com/extension/wrong':1234}"), "context.extensions");
        invalid(with("context.extensions", "'should fail'"), "context.extensions");
        valid(with("context.extensions", "{'http://example.com/a':[1,2,{'b':null}],'urn:x:y':false}"));
    }

    // ------------------------------------------------------------------------------------------------ contextAgents

    @Test
    @DisplayName("2.0.0 contextAgents: an array of valid contextAgent objects is accepted")
    void contextAgentsValid() {
        valid(with("context.contextAgents", "[" + CONTEXT_AGENT + "," + CONTEXT_AGENT + "]"), V2);
        valid(with("context.contextAgents", "[]"), V2);
    }

    @Test
    @DisplayName("2.0.0 contextAgents: relevantTypes is optional (the spec table says so) but never empty")
    void contextAgentRelevantTypesOptional() {
        valid(with("context.contextAgents", "[{'objectType':'contextAgent','agent':" + MBOX_AGENT + "}]"), V2);
        invalid(with("context.contextAgents", "[{'objectType':'contextAgent','agent':" + MBOX_AGENT
                + ",'relevantTypes':[]}]"), "context.contextAgents[0].relevantTypes", V2);
        invalid(with("context.contextAgents", "[{'objectType':'contextAgent','agent':" + MBOX_AGENT
                + ",'relevantTypes':['abc']}]"), "context.contextAgents[0].relevantTypes[0]", V2);
        invalid(with("context.contextAgents", "[{'objectType':'contextAgent','agent':" + MBOX_AGENT
                + ",'relevantTypes':'http://example.com/t'}]"), "context.contextAgents[0].relevantTypes", V2);
    }

    @Test
    @DisplayName("2.0.0 contextAgents: objectType must be \"contextAgent\" and agent a valid Agent")
    void contextAgentsInvalid() {
        String p = "context.contextAgents";
        invalid(with(p, "[{'objectType':'Should fail','agent':" + MBOX_AGENT + "}]"), p + "[0].objectType", V2);
        invalid(with(p, "[{'objectType':'ContextAgent','agent':" + MBOX_AGENT + "}]"), p + "[0].objectType", V2);
        invalid(with(p, "[{'agent':" + MBOX_AGENT + "}]"), p + "[0].objectType", V2);
        invalid(with(p, "[{'objectType':'contextAgent'}]"), p + "[0].agent", V2);
        invalid(with(p, "[{'objectType':'contextAgent','agent':{'key':'Should fail'}}]"), p + "[0].agent.key", V2);
        invalid(with(p, "[{'objectType':'contextAgent','agent':" + GROUP + "}]"), p + "[0].agent", V2);
        invalid(with(p, "[{'objectType':'contextAgent','agent':" + MBOX_AGENT + ",'group':" + GROUP + "}]"),
                p + "[0].group", V2);
        invalid(with(p, CONTEXT_AGENT), p, V2);
        invalid(with(p, "['x']"), p + "[0]", V2);
    }

    @Test
    @DisplayName("2.0.0 contextGroups: an array of valid contextGroup objects is accepted")
    void contextGroupsValid() {
        valid(with("context.contextGroups", "[" + CONTEXT_GROUP + "," + CONTEXT_GROUP + "]"), V2);
        valid(with("context.contextGroups", "[{'objectType':'contextGroup','group':{'objectType':'Group',"
                + "'member':[" + MBOX_AGENT + "]}}]"), V2);
    }

    @Test
    @DisplayName("2.0.0 contextGroups: objectType must be \"contextGroup\", group a valid Group, relevantTypes IRIs")
    void contextGroupsInvalid() {
        String p = "context.contextGroups";
        invalid(with(p, "[{'objectType':'Should fail','group':" + GROUP + "}]"), p + "[0].objectType", V2);
        invalid(with(p, "[{'objectType':'contextGroup','group':{'key':'Should fail'}}]"), p + "[0].group.key", V2);
        invalid(with(p, "[{'objectType':'contextGroup','group':" + MBOX_AGENT + "}]"), p + "[0].group.objectType",
                V2);
        invalid(with(p, "[{'objectType':'contextGroup'}]"), p + "[0].group", V2);
        invalid(with(p, "[{'objectType':'contextGroup','group':" + GROUP + ",'relevantTypes':[]}]"),
                p + "[0].relevantTypes", V2);
        invalid(with(p, "[{'objectType':'contextGroup','group':" + GROUP + ",'relevantTypes':['abc']}]"),
                p + "[0].relevantTypes[0]", V2);
        invalid(with(p, "[{'objectType':'contextGroup','group':" + GROUP + ",'agent':" + MBOX_AGENT + "}]"),
                p + "[0].agent", V2);
    }

    @ParameterizedTest(name = "1.0.3 rejects {0}")
    @ValueSource(strings = {"contextAgents", "contextGroups"})
    @DisplayName("1.0.3 vs 2.0.0: contextAgents and contextGroups are unknown properties in a 1.0.3 request")
    void contextAgentsAreTwoPointZeroOnly(String key) {
        String value = key.equals("contextAgents") ? "[" + CONTEXT_AGENT + "]" : "[" + CONTEXT_GROUP + "]";
        valid(with("context." + key, value), V2);
        XapiValidationException e = invalid(with("context." + key, value), "context." + key, V1);
        assertTrue(e.getMessage().contains("2.0.0"), e.getMessage());
    }
}
