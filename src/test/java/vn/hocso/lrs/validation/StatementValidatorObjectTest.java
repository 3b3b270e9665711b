package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.StatementValidatorTest.MBOX_AGENT;
import static vn.hocso.lrs.validation.StatementValidatorTest.UUID;
import static vn.hocso.lrs.validation.StatementValidatorTest.base;
import static vn.hocso.lrs.validation.StatementValidatorTest.invalid;
import static vn.hocso.lrs.validation.StatementValidatorTest.valid;
import static vn.hocso.lrs.validation.StatementValidatorTest.with;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The statement object: Activities and their definitions, StatementRefs, SubStatements (xAPI Data 2.4.4). */
class StatementValidatorObjectTest {

    static final String SUB = "{'objectType':'SubStatement','actor':" + MBOX_AGENT
            + ",'verb':{'id':'http://adlnet.gov/expapi/verbs/reported','display':{'en-US':'reported'}},"
            + "'object':{'objectType':'Activity','id':'http://www.example.com/meetings/34534'}}";

    static ObjectNode sub() {
        return with("object", SUB);
    }

    // ------------------------------------------------------------------------------------------------ objectType

    @ParameterizedTest(name = "XAPI-00046 object objectType {0} rejected")
    @ValueSource(strings = {"'activity'", "'agent'", "'group'", "'statementref'", "'substatement'", "'Statement'", "1",
            "{}"})
    @DisplayName("XAPI-00046 an object's objectType is Activity, Agent, Group, SubStatement or StatementRef")
    void objectTypeVocabulary(String ot) {
        invalid(with("object.objectType", ot), "object.objectType");
        ObjectNode s = sub();
        with(s, "object.object.objectType", ot);
        invalid(s, "object.object.objectType");
    }

    @Test
    @DisplayName("the object is a JSON object")
    void objectIsObject() {
        invalid(with("object", "'http://example.com/a'"), "object");
        invalid(with("object", "[]"), "object");
    }

    // ------------------------------------------------------------------------------------------------ activity

    @Test
    @DisplayName("XAPI-00047 an Activity has an id, and objectType is optional")
    void activityId() {
        invalid(with("object", "{'objectType':'Activity'}"), "object.id");
        invalid(with("object", "{'definition':{}}"), "object.id");
        valid(with("object", "{'id':'http://example.com/a'}"));
        ObjectNode s = sub();
        with(s, "object.object", "{'objectType':'Activity'}");
        invalid(s, "object.object.id");
    }

    @ParameterizedTest(name = "XAPI-00047 activity id {0} rejected")
    @ValueSource(strings = {"'ab=c://should.fail.com'", "'www.example.com/meetings/occurances/34534'", "''", "12",
            "'http://example.com/a b'", "'http://example.com/<a>'", "'http://example.com/%zz'", "':no-scheme'",
            "'1http://example.com'"})
    @DisplayName("XAPI-00047/XAPI-00011 an Activity id is an absolute IRI")
    void activityIdIri(String id) {
        invalid(with("object.id", id), "object.id");
    }

    @ParameterizedTest(name = "XAPI-00047 activity id {0} accepted")
    @ValueSource(strings = {"http://example.com/path/../x", "urn:uuid:fd41c918-b88b-4b20-a0a5-a4c32391aaa0",
            "https://ví-dụ.vn/khóa-học/bài-1", "tag:example.com,2024:x", "http://example.com/a%20b?q=1#frag",
            "mailto:course@example.com", "https://w3id.org/xapi/cmi5/activities/block"})
    @DisplayName("XAPI-00047 absolute IRIs, including non-ASCII ones, are accepted as Activity ids")
    void activityIdValid(String id) {
        valid(with("object.id", "'" + id + "'"));
    }

    @Test
    @DisplayName("an Activity has only objectType, id and definition")
    void activityUnknownProperty() {
        invalid(with("object.Definition", "{}"), "object.Definition");
        invalid(with("object.name", "'x'"), "object.name");
    }

    @ParameterizedTest(name = "XAPI-00048 definition {0} rejected")
    @ValueSource(strings = {"'should fail'", "12", "[]", "true"})
    @DisplayName("XAPI-00048 an Activity definition is an object")
    void definitionIsObject(String def) {
        invalid(with("object.definition", def), "object.definition");
    }

    @ParameterizedTest(name = "{0} = {1} rejected")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "name|12345", "name|'a string'", "name|{'a12345678':'x'}", "name|[]",
        "description|12345", "description|'a string'", "description|{'something':'x'}",
        "type|'should error'", "type|'adlnet.gov/expapi/activities/meeting'", "type|1",
        "moreInfo|'should error'", "moreInfo|'virtualmeeting.example.com/345256'",
        "extensions|'should error'", "extensions|[]", "extensions|{'should fail':true}", "extensions|{'id':'x'}",
        "interactionType|'should error'", "interactionType|12", "interactionType|{'a':'b'}",
        "interactionType|'ab=c://should.fail.com'", "interactionType|'Choice'", "interactionType|'true-faLse'",
        "Name|{'en-US':'x'}", "unknown|1"})
    @DisplayName("XAPI-00056/XAPI-00057/XAPI-00059/XAPI-00060/XAPI-00061/XAPI-00009 definition properties are typed")
    void definitionProperties(String key, String value) {
        invalid(with("object.definition." + key, value), "object.definition." + key);
        ObjectNode s = sub();
        with(s, "object.object.definition." + key, value);
        invalid(s, "object.object.definition." + key);
    }

    @Test
    @DisplayName("XAPI-00056/XAPI-00059/XAPI-00060/XAPI-00061 a complete definition is valid")
    void definitionValid() {
        valid(with("object.definition", "{'name':{'en-GB':'example meeting','en-US':'example meeting'},"
                + "'description':{'en-GB':'An example meeting','zh-Hant':'會議'},"
                + "'type':'http://adlnet.gov/expapi/activities/meeting',"
                + "'moreInfo':'http://virtualmeeting.example.com/345256',"
                + "'extensions':{'http://example.com/profiles/meetings/extension/location':'X:\\\\meetings',"
                + "'http://example.com/profiles/meetings/extension/reporter':{'name':'Thomas','id':'http://openid.com/342'}}}"));
    }

    @ParameterizedTest(name = "XAPI-00009 interactionType {0} accepted")
    @ValueSource(strings = {"true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
            "sequencing", "likert", "numeric", "other"})
    @DisplayName("XAPI-00058 the ten interaction types are accepted, with a correctResponsesPattern")
    void interactionTypes(String type) {
        valid(with("object.definition", "{'interactionType':'" + type + "','correctResponsesPattern':['x']}"));
    }

    @Test
    @DisplayName("correctResponsesPattern is an array of strings and needs an interactionType")
    void correctResponsesPattern() {
        invalid(with("object.definition", "{'interactionType':'fill-in','correctResponsesPattern':'x'}"),
                "object.definition.correctResponsesPattern");
        invalid(with("object.definition", "{'interactionType':'fill-in','correctResponsesPattern':['x',1]}"),
                "object.definition.correctResponsesPattern[1]");
        invalid(with("object.definition", "{'interactionType':'fill-in','correctResponsesPattern':[null]}"),
                "object.definition.correctResponsesPattern[0]");
        invalid(with("object.definition", "{'correctResponsesPattern':['x']}"),
                "object.definition.correctResponsesPattern");
        valid(with("object.definition", "{'interactionType':'fill-in','correctResponsesPattern':[]}"));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"choice,choices", "sequencing,choices", "likert,scale", "matching,source", "matching,target",
        "performance,steps"})
    @DisplayName("interaction components are accepted with their interaction types")
    void componentsWithTheirType(String type, String list) {
        valid(with("object.definition", "{'interactionType':'" + type + "','" + list
                + "':[{'id':'a','description':{'en-US':'A'}},{'id':'b'}]}"));
    }

    @ParameterizedTest(name = "{1} not allowed with {0}")
    @CsvSource({"true-false,choices", "fill-in,scale", "likert,choices", "choice,steps", "matching,choices",
        "numeric,source", "other,target", "performance,scale", "sequencing,source"})
    @DisplayName("interaction components are rejected with other interaction types")
    void componentsWithOtherType(String type, String list) {
        invalid(with("object.definition", "{'interactionType':'" + type + "','" + list + "':[{'id':'a'}]}"),
                "object.definition." + list);
    }

    @Test
    @DisplayName("interaction components need an interactionType")
    void componentsNeedType() {
        invalid(with("object.definition", "{'choices':[{'id':'a'}]}"), "object.definition.choices");
    }

    @Test
    @DisplayName("an interaction component has a string id, distinct in its list, and a language-map description")
    void componentShape() {
        String pre = "{'interactionType':'choice','choices':";
        invalid(with("object.definition", pre + "'a'}"), "object.definition.choices");
        invalid(with("object.definition", pre + "['a']}"), "object.definition.choices[0]");
        invalid(with("object.definition", pre + "[{'description':{'en-US':'A'}}]}"), "object.definition.choices[0].id");
        invalid(with("object.definition", pre + "[{'id':1}]}"), "object.definition.choices[0].id");
        invalid(with("object.definition", pre + "[{'id':'a'},{'id':'a'}]}"), "object.definition.choices[1].id");
        invalid(with("object.definition", pre + "[{'id':'a','description':'A'}]}"),
                "object.definition.choices[0].description");
        invalid(with("object.definition", pre + "[{'id':'a','description':{'a12345678':'A'}}]}"),
                "object.definition.choices[0].description");
        invalid(with("object.definition", pre + "[{'id':'a','name':{'en-US':'A'}}]}"),
                "object.definition.choices[0].name");
        valid(with("object.definition", pre + "[{'id':'a','description':{'sr-Latn-RS':'A'}}]}"));
    }

    // ------------------------------------------------------------------------------------------------ StatementRef

    @Test
    @DisplayName("XAPI-00073 a StatementRef is an object with objectType StatementRef and an id")
    void statementRef() {
        valid(with("object", "{'objectType':'StatementRef','id':'" + UUID + "'}"));
        invalid(with("object", "{'objectType':'StatementRef'}"), "object.id");
        invalid(with("object", "{'objectType':'StatementRef','id':'" + UUID + "','definition':{}}"),
                "object.definition");
    }

    @ParameterizedTest(name = "XAPI-00072 StatementRef id {0} rejected")
    @ValueSource(strings = {"'should fail'", "12345", "{'key':'value'}", "'AA97B177-9383-4934-8543-0F91A7A028368'",
            "'MA97B177-9383-4934-8543-0F91A7A02836'"})
    @DisplayName("XAPI-00072 a StatementRef id is a UUID")
    void statementRefId(String id) {
        invalid(with("object", "{'objectType':'StatementRef','id':" + id + "}"), "object.id");
        ObjectNode s = sub();
        with(s, "object.object", "{'objectType':'StatementRef','id':" + id + "}");
        invalid(s, "object.object.id");
    }

    // ------------------------------------------------------------------------------------------------ SubStatement

    @Test
    @DisplayName("XAPI-00066 a SubStatement is valid when it follows the statement rules")
    void subStatementValid() {
        valid(sub());
        ObjectNode s = sub();
        with(s, "object.result", "{'success':true,'duration':'PT1M'}");
        with(s, "object.context", "{'registration':'" + UUID + "','platform':'web'}");
        with(s, "object.timestamp", "'2024-05-04T17:00:00Z'");
        with(s, "object.object", "{'objectType':'StatementRef','id':'" + UUID + "'}");
        invalid(s, "object.context.platform"); // the SubStatement's own object is not an Activity
        with(s, "object.context", "{'registration':'" + UUID + "'}");
        valid(s);
    }

    @ParameterizedTest(name = "XAPI-00066 SubStatement without {0}")
    @ValueSource(strings = {"actor", "verb", "object"})
    @DisplayName("XAPI-00066 a SubStatement has actor, verb and object")
    void subStatementRequired(String key) {
        ObjectNode s = sub();
        ((ObjectNode) s.get("object")).remove(key);
        invalid(s, "object." + key);
    }

    @ParameterizedTest(name = "XAPI-00067..70 SubStatement with {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {"id|'" + UUID + "'", "stored|'2024-05-04T17:00:00Z'", "version|'1.0.3'",
        "authority|" + MBOX_AGENT})
    @DisplayName("XAPI-00067/XAPI-00068/XAPI-00069/XAPI-00070 a SubStatement has no id, stored, version or authority")
    void subStatementForbidden(String key, String value) {
        ObjectNode s = sub();
        with(s, "object." + key, value);
        invalid(s, "object." + key);
    }

    @Test
    @DisplayName("XAPI-00071 a SubStatement cannot contain a SubStatement")
    void noNestedSubStatement() {
        ObjectNode s = sub();
        with(s, "object.object", SUB);
        invalid(s, "object.object.objectType");
    }

    @Test
    @DisplayName("XAPI-00066 SubStatement parts are validated like a statement's")
    void subStatementParts() {
        ObjectNode s = sub();
        with(s, "object.verb.id", "'reported'");
        invalid(s, "object.verb.id");
        s = sub();
        with(s, "object.actor", "{'name':'no ifi'}");
        invalid(s, "object.actor");
        s = sub();
        with(s, "object.timestamp", "'2008-09-15T15:53:00.601-00:00'");
        invalid(s, "object.timestamp");
        s = sub();
        with(s, "object.dummy", "1");
        invalid(s, "object.dummy");
    }

    @Test
    @DisplayName("a SubStatement may use the voided verb only with a StatementRef object")
    void subStatementVoided() {
        ObjectNode s = sub();
        with(s, "object.verb.id", "'http://adlnet.gov/expapi/verbs/voided'");
        invalid(s, "object.object");
    }

    @Test
    @DisplayName("2.0.0 contextAgents are allowed in a SubStatement's context")
    void subStatementContextAgents() {
        ObjectNode s = sub();
        with(s, "object.context.contextAgents", "[{'objectType':'contextAgent','agent':" + MBOX_AGENT + "}]");
        valid(s, StatementValidatorTest.V2);
        invalid(s, "object.context.contextAgents", StatementValidatorTest.V1);
    }

    @Test
    @DisplayName("the base statement stays valid")
    void sanity() {
        valid(base());
    }
}
