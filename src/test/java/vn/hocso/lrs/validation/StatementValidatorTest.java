package vn.hocso.lrs.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.hocso.lrs.model.XapiVersion;

/**
 * Statement-level rules of {@link StatementValidator}: required and allowed properties, nulls, types, id, verb,
 * voiding, timestamp/stored, version, and the error messages. Also holds the helpers the other
 * {@code StatementValidator*Test} classes use. Requirement ids (XAPI-000nn) are those of the ADL LRS conformance
 * suite.
 */
class StatementValidatorTest {

    /** Reads JSON the way the LRS does (exact decimals), plus single quotes so tests stay readable. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    static final XapiVersion V1 = XapiVersion.V1_0_3;
    static final XapiVersion V2 = XapiVersion.V2_0_0;

    static final String MBOX_AGENT = "{'objectType':'Agent','name':'Learner','mbox':'mailto:learner@example.com'}";
    static final String ACTIVITY = "{'objectType':'Activity','id':'http://www.example.com/meetings/occurances/34534'}";
    static final String UUID = "fd41c918-b88b-4b20-a0a5-a4c32391aaa0";

    /** Parses JSON written with single quotes. */
    static JsonNode node(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad test JSON: " + json, e);
        }
    }

    static ObjectNode obj(String json) {
        return (ObjectNode) node(json);
    }

    /** A minimal valid statement: agent, verb attended, Activity object. */
    static ObjectNode base() {
        return obj("{'actor':" + MBOX_AGENT + ",'verb':{'id':'http://adlnet.gov/expapi/verbs/attended',"
                + "'display':{'en-GB':'attended','en-US':'attended'}},'object':" + ACTIVITY + "}");
    }

    /** The base statement with {@code value} (JSON) set at {@code path} ("a.b[0].c"), creating objects on the way. */
    static ObjectNode with(String path, String value) {
        return with(base(), path, value);
    }

    static ObjectNode with(ObjectNode statement, String path, String value) {
        JsonNode v = node(value);
        String[] parts = path.split("\\.");
        JsonNode cur = statement;
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int index = -1;
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                index = Integer.parseInt(part.substring(bracket + 1, part.length() - 1));
                part = part.substring(0, bracket);
            }
            boolean last = i == parts.length - 1;
            ObjectNode o = (ObjectNode) cur;
            if (index < 0) {
                if (last) {
                    o.set(part, v);
                } else {
                    cur = o.has(part) && o.get(part).isObject() ? o.get(part) : o.putObject(part);
                }
            } else {
                ArrayNode a = o.has(part) && o.get(part).isArray() ? (ArrayNode) o.get(part) : o.putArray(part);
                while (a.size() <= index) {
                    a.addObject();
                }
                if (last) {
                    a.set(index, v);
                } else {
                    cur = a.get(index);
                }
            }
        }
        return statement;
    }

    /** The statement without the property at {@code path} ("a.b"). */
    static ObjectNode without(ObjectNode statement, String path) {
        int dot = path.lastIndexOf('.');
        JsonNode parent = dot < 0 ? statement : statement.at("/" + path.substring(0, dot).replace('.', '/'));
        ((ObjectNode) parent).remove(path.substring(dot + 1));
        return statement;
    }

    /** Asserts the statement is accepted for the given versions (both when none given). */
    static void valid(JsonNode statement, XapiVersion... versions) {
        for (XapiVersion v : versions.length == 0 ? XapiVersion.values() : versions) {
            try {
                StatementValidator.validate(statement, v);
            } catch (XapiValidationException e) {
                fail("expected valid for " + v.header() + " but got: " + e.getMessage() + "\n  statement: "
                        + statement);
            }
        }
    }

    /** Asserts the statement is rejected, naming {@code path}, for the given versions (both when none given). */
    static XapiValidationException invalid(JsonNode statement, String path, XapiVersion... versions) {
        XapiValidationException last = null;
        for (XapiVersion v : versions.length == 0 ? XapiVersion.values() : versions) {
            XapiValidationException e = assertThrows(XapiValidationException.class,
                    () -> StatementValidator.validate(statement, v),
                    () -> "expected " + path + " to be rejected for " + v.header() + ": " + statement);
            assertEquals(path, e.path(), () -> "wrong path for " + v.header() + "; message: " + e.getMessage());
            assertTrue(e.getMessage().startsWith(path.isEmpty() ? "" : path + ": "), e.getMessage());
            last = e;
        }
        return last;
    }

    // ------------------------------------------------------------------------------------------------- whole statement

    @Test
    @DisplayName("a minimal statement is valid in 1.0.3 and 2.0.0")
    void minimalStatement() {
        valid(base());
    }

    @Test
    @DisplayName("a statement using every property is valid in 1.0.3 and 2.0.0")
    void fullStatement() {
        ObjectNode s = obj("""
                {'id':'%s',
                 'actor':{'objectType':'Group','name':'Team A','member':[
                     {'mbox':'mailto:a@example.com'},{'objectType':'Agent','account':{'homePage':'https://lms.example.com','name':'42'}}]},
                 'verb':{'id':'http://adlnet.gov/expapi/verbs/answered','display':{'vi':'đã trả lời','en-US':'answered'}},
                 'object':{'id':'http://example.com/q/1','definition':{
                     'name':{'en-US':'Q1'},'description':{'zh-Hans-CN':'问题'},'type':'http://adlnet.gov/expapi/activities/cmi.interaction',
                     'moreInfo':'https://example.com/q/1/info','interactionType':'choice','correctResponsesPattern':['a[,]b'],
                     'choices':[{'id':'a','description':{'en-US':'A'}},{'id':'b','description':{'en-US':'B'}}],
                     'extensions':{'http://example.com/ext/x':null}}},
                 'result':{'score':{'scaled':0.5,'raw':5,'min':0,'max':10},'success':true,'completion':false,
                     'response':'a[,]b','duration':'PT1H2M3.45S','extensions':{'http://example.com/ext/y':{'deep':[1,null]}}},
                 'context':{'registration':'%s','instructor':%s,
                     'team':{'objectType':'Group','mbox_sha1sum':'cd9b00a5611f94eaa7b1661edab976068e364975'},
                     'contextActivities':{'parent':{'id':'http://example.com/course'},'grouping':[{'id':'http://example.com/program'}],
                         'category':[{'id':'https://w3id.org/xapi/cmi5/context/categories/cmi5'}],'other':[]},
                     'revision':'r1','platform':'HocSo','language':'vi-VN',
                     'statement':{'objectType':'StatementRef','id':'%s'},'extensions':{'https://w3id.org/xapi/cmi5/context/extensions/sessionid':'s1'}},
                 'timestamp':'2024-05-04T17:00:00.123Z','stored':'2024-05-04T17:00:01.000Z',
                 'authority':{'objectType':'Agent','account':{'homePage':'https://hocso.vn','name':'lrs-client'}},
                 'version':'1.0.3',
                 'attachments':[{'usageType':'http://adlnet.gov/expapi/attachments/signature','display':{'en-US':'Signature'},
                     'description':{'en-US':'JWS'},'contentType':'application/octet-stream','length':4235,
                     'sha2':'672fa5fa658017f1b72d65036f13379c6ab05d4ab3b6664908d8acf0b6a0c634','fileUrl':'https://example.com/sig'}]}
                """.formatted(UUID, UUID, MBOX_AGENT, UUID));
        valid(s);
    }

    @Test
    @DisplayName("the input must be a JSON object")
    void notAnObject() {
        invalid(node("[]"), "");
        invalid(node("'statement'"), "");
        XapiValidationException e = assertThrows(XapiValidationException.class,
                () -> StatementValidator.validate(null, V2));
        assertEquals("", e.path());
    }

    @Test
    @DisplayName("XAPI-00003 a statement contains an actor")
    void actorRequired() {
        invalid(without(base(), "actor"), "actor");
    }

    @Test
    @DisplayName("XAPI-00004 a statement contains a verb")
    void verbRequired() {
        invalid(without(base(), "verb"), "verb");
    }

    @Test
    @DisplayName("XAPI-00005 a statement contains an object")
    void objectRequired() {
        invalid(without(base(), "object"), "object");
    }

    @ParameterizedTest(name = "XAPI-00008/XAPI-00010 key case must match: {0}")
    @ValueSource(strings = {"Id", "Actor", "Verb", "Object", "Result", "Context", "Timestamp", "Stored", "Authority",
            "Version", "Attachments", "objectType", "dummy"})
    @DisplayName("XAPI-00008/XAPI-00010 unknown or wrongly-cased top-level properties are rejected")
    void unknownTopLevelProperty(String key) {
        invalid(with(key, "'x'"), key);
    }

    @ParameterizedTest(name = "XAPI-00001 null rejected at {0}")
    @ValueSource(strings = {"id", "timestamp", "stored", "version", "authority", "result", "context", "attachments",
            "actor.name", "verb.display.en-US", "verb.display", "context.registration", "object.definition.moreInfo",
            "object.definition", "result.success", "context.contextActivities.parent", "actor.account"})
    @DisplayName("XAPI-00001 a property set to null is rejected outside extensions")
    void nullRejected(String path) {
        invalid(with(path, "null"), path);
    }

    @Test
    @DisplayName("XAPI-00001 null in an array is rejected")
    void nullInArray() {
        invalid(with("context.contextActivities.parent", "[null]"), "context.contextActivities.parent[0]");
        invalid(with("attachments", "[null]"), "attachments[0]");
    }

    @Test
    @DisplayName("XAPI-00119 extension values may be null, empty strings or empty objects")
    void extensionValuesMayBeNull() {
        valid(with("result.extensions", "{'http://example.com/ex':null,'http://example.com/e2':'','http://e.com/3':{}}"));
        valid(with("context.extensions", "{}"));
        invalid(with("context.extensions", "null"), "context.extensions");
    }

    @Test
    @DisplayName("empty objects are accepted (the suite posts 'definition': {})")
    void emptyObjectsAccepted() {
        valid(with("object.definition", "{}"));
        valid(with("context", "{}"));
        valid(with("result", "{}"));
    }

    // ------------------------------------------------------------------------------------------------- id

    @ParameterizedTest(name = "valid id {0}")
    @ValueSource(strings = {"fd41c918-b88b-4b20-a0a5-a4c32391aaa0", "FD41C918-B88B-4B20-A0A5-A4C32391AAA0",
            "6ba7b810-9dad-11d1-80b4-00c04fd430c8", "0190b6c1-2d3e-7f00-bf00-000000000001"})
    @DisplayName("XAPI-00027 a statement id is a UUID in either case")
    void validIds(String id) {
        valid(with("id", "'" + id + "'"));
    }

    @ParameterizedTest(name = "XAPI-00027..30 invalid id {0}")
    @ValueSource(strings = {"'AA97B177-9383-4934-8543-0F91A7A028368'", "'MA97B177-9383-4934-8543-0F91A7A02836'",
            "12345", "{'key':'should fail'}", "''", "'fd41c918b88b4b20a0a5a4c32391aaa0'",
            "'{fd41c918-b88b-4b20-a0a5-a4c32391aaa0}'", "'fd41c918-b88b-4b20-c0a5-a4c32391aaa0'",
            "'00000000-0000-0000-0000-000000000000'", "true"})
    @DisplayName("XAPI-00027/XAPI-00028/XAPI-00029/XAPI-00030 an id that is not an RFC 4122 UUID string is rejected")
    void invalidIds(String id) {
        invalid(with("id", id), "id");
    }

    // ------------------------------------------------------------------------------------------------- verb

    @Test
    @DisplayName("XAPI-00044 a verb has an id")
    void verbIdRequired() {
        invalid(with("verb", "{'display':{'en-US':'attended'}}"), "verb.id");
    }

    @ParameterizedTest(name = "XAPI-00044 invalid verb id {0}")
    @ValueSource(strings = {"'ab=c://should.fail.com'", "'adlnet.gov/expapi/verbs/attended'", "''", "12",
            "'http://example.com/a b'", "'verb'"})
    @DisplayName("XAPI-00044/XAPI-00011 a verb id is an absolute IRI")
    void verbIdIri(String id) {
        invalid(with("verb.id", id), "verb.id");
    }

    @Test
    @DisplayName("a verb is an object with only id and display")
    void verbShape() {
        invalid(with("verb", "'http://adlnet.gov/expapi/verbs/attended'"), "verb");
        invalid(with("verb.Display", "{'en-US':'x'}"), "verb.Display");
        valid(with("verb", "{'id':'urn:x-verb:attended'}"));
    }

    @ParameterizedTest(name = "XAPI-00045 invalid display {0}")
    @ValueSource(strings = {"12345", "'a12345 attended'", "[]"})
    @DisplayName("XAPI-00045 a verb display is a language map")
    void verbDisplayLanguageMap(String display) {
        invalid(with("verb.display", display), "verb.display");
    }

    @Test
    @DisplayName("XAPI-00121 language map keys are RFC 5646 tags; values are strings")
    void verbDisplayKeys() {
        XapiValidationException e = invalid(with("verb.display", "{'a12345678':'x'}"), "verb.display");
        assertTrue(e.getMessage().contains("a12345678"), e.getMessage());
        invalid(with("verb.display", "{'en-':'x'}"), "verb.display");
        invalid(with("verb.display", "{'en-US':12}"), "verb.display.en-US");
        invalid(with("verb.display", "{'en-US':{'x':'y'}}"), "verb.display.en-US");
        valid(with("verb.display", "{'de':'x','sr-Cyrl':'y','zh-Hant':'z','cmn':'w','x-klingon':'q','i-klingon':'p'}"));
    }

    // ------------------------------------------------------------------------------------------------- voiding

    @Test
    @DisplayName("XAPI-00017/XAPI-00020 a voiding statement's object is a StatementRef")
    void voidingNeedsStatementRef() {
        ObjectNode s = with("verb", "{'id':'http://adlnet.gov/expapi/verbs/voided','display':{'en-US':'voided'}}");
        invalid(s, "object");
        with(s, "object", "{'objectType':'StatementRef','id':'" + UUID + "'}");
        valid(s);
        ObjectNode agentObject = with("verb.id", "'http://adlnet.gov/expapi/verbs/voided'");
        with(agentObject, "object", MBOX_AGENT);
        invalid(agentObject, "object");
    }

    @Test
    @DisplayName("XAPI-00019 only the exact voided verb IRI triggers the voiding rule")
    void otherVerbEndingInVoided() {
        valid(with("verb.id", "'http://example.com/verbs/voided'"));
    }

    // ------------------------------------------------------------------------------------------------- timestamp

    @ParameterizedTest(name = "XAPI-00022/XAPI-00123 valid timestamp in both versions: {0}")
    @ValueSource(strings = {"2013-05-18T05:32:34.804Z", "2008-09-15T15:53:00.601+00:00", "2023-05-04T12:00:00-05:00",
            "2024-02-29T23:59:59Z", "2024-05-04T17:00:00.123456789+07:00", "2031-11-23T17:05:04.652Z",
            "2024-05-04T17:00:00", "2024-05-04T17:00:00.5"})
    @DisplayName("XAPI-00022/XAPI-00123 timestamps accepted by 1.0.3 and 2.0.0")
    void validTimestamps(String ts) {
        valid(with("timestamp", "'" + ts + "'"));
        valid(with("stored", "'" + ts + "'"));
    }

    @ParameterizedTest(name = "XAPI-00022/XAPI-00123 invalid timestamp: {0}")
    @ValueSource(strings = {"should fail", "01/011/2015", "2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000",
            "2008-09-15T15:53:00.601-00:00", "2023-02-29T10:00:00Z", "2024-13-01T10:00:00Z", "2024-05-04T24:00:00Z",
            "2024-05-04T10:60:00Z", "2024-05-04", "2024-05-04 17:00:00Z", "2024-05-04T17:00:00Zjunk",
            "2024-05-04T17:00:00+25:00", "2024-05-04T17:00:00.Z", ""})
    @DisplayName("XAPI-00022/XAPI-00123 timestamps rejected by both versions (incl. negative zero offsets)")
    void invalidTimestamps(String ts) {
        invalid(with("timestamp", "'" + ts + "'"), "timestamp");
    }

    @Test
    @DisplayName("XAPI-00022 a timestamp is a string")
    void timestampType() {
        invalid(with("timestamp", "1683219600"), "timestamp");
        invalid(with("timestamp", "{}"), "timestamp");
    }

    @ParameterizedTest(name = "1.0.3 only (ISO 8601, not RFC 3339): {0}")
    @ValueSource(strings = {"20080915T155300Z", "20080915T155300.601+0700", "2008-09-15T15:53Z",
            "2008-09-15T15:53:00+07", "2008-09-15T15:53:00+0700", "2008-09-15T15:53:00,601Z"})
    @DisplayName("XAPI-00123 1.0.3 accepts ISO 8601 basic and reduced forms that 2.0.0 (RFC 3339) rejects")
    void iso8601OnlyIn103(String ts) {
        valid(with("timestamp", "'" + ts + "'"), V1);
        invalid(with("timestamp", "'" + ts + "'"), "timestamp", V2);
    }

    @Test
    @DisplayName("2.0.0 accepts RFC 3339's lower-case t and z; 1.0.3 does not")
    void rfc3339LowerCase() {
        valid(with("timestamp", "'2008-09-15t15:53:00z'"), V2);
        invalid(with("timestamp", "'2008-09-15t15:53:00z'"), "timestamp", V1);
    }

    @Test
    @DisplayName("XAPI-00123 the message says what is wrong with a timestamp")
    void timestampMessage() {
        XapiValidationException e = invalid(with("timestamp", "'2008-09-15T15:53:00.601-00:00'"), "timestamp");
        assertTrue(e.getMessage().contains("-00:00"), e.getMessage());
    }

    @Test
    @DisplayName("XAPI-00097 stored is accepted from the client and must be a timestamp")
    void stored() {
        valid(with("stored", "'2011-07-15T00:00:00.000Z'"));
        invalid(with("stored", "'yesterday'"), "stored");
    }

    // ------------------------------------------------------------------------------------------------- version

    @ParameterizedTest(name = "XAPI-00101 version {0} accepted in both")
    @ValueSource(strings = {"1.0", "1.0.0", "1.0.3", "1.0.9", "1.0.10"})
    @DisplayName("XAPI-00101 a statement version of 1.0 or 1.0.x is accepted by both versions")
    void version10(String v) {
        valid(with("version", "'" + v + "'"));
    }

    @ParameterizedTest(name = "2.0 request accepts version {0}; 1.0.3 rejects it")
    @ValueSource(strings = {"2.0", "2.0.0", "2.0.1"})
    @DisplayName("XAPI-00332 a 2.0.0 request accepts statement version 2.0.x; a 1.0.3 request rejects it")
    void version20(String v) {
        valid(with("version", "'" + v + "'"), V2);
        invalid(with("version", "'" + v + "'"), "version", V1);
    }

    @ParameterizedTest(name = "XAPI-00101 version {0} rejected")
    @ValueSource(strings = {"'should fail'", "'0.9.9'", "'1.1.0'", "'0.95'", "'1.0.'", "'1.0.x'", "'2.1.0'", "'3.0'",
            "'1'", "''", "1.0", "' 1.0.3'"})
    @DisplayName("XAPI-00101 any other statement version is rejected")
    void badVersions(String v) {
        invalid(with("version", v), "version");
    }

    @ParameterizedTest
    @CsvSource({"1.0,V1_0_3,true", "1.0.99,V1_0_3,true", "2.0.0,V1_0_3,false", "2.0.10,V2_0_0,true",
        "1.0.3,V2_0_0,true", "1.1,V2_0_0,false", "1.0.,V1_0_3,false", "2.0.0-rc,V2_0_0,false", "10.0,V2_0_0,false"})
    @DisplayName("XAPI-00101 statement versions: 1.0.x in 1.0.3 requests, 1.0.x or 2.0.x in 2.0.0 requests")
    void statementVersionRule(String version, XapiVersion request, boolean accepted) {
        assertEquals(accepted, XapiFormats.isAcceptedStatementVersion(version, request));
    }

    // ------------------------------------------------------------------------------------------------- types

    @Test
    @DisplayName("XAPI-00006 strings are not coerced to numbers or booleans")
    void noCoercion() {
        invalid(with("result.score.raw", "'10'"), "result.score.raw");
        invalid(with("result.success", "'true'"), "result.success");
        invalid(with("result.completion", "1"), "result.completion");
        invalid(with("attachments", "[{'usageType':'http://e.com/u','display':{'en':'x'},'contentType':'text/plain',"
                + "'length':'27','sha2':'" + "a".repeat(64) + "'}]"), "attachments[0].length");
        invalid(with("actor.name", "42"), "actor.name");
    }

    // ------------------------------------------------------------------------------------------------- misc

    @Test
    @DisplayName("the error message names the JSON path of a deeply nested property")
    void deepPath() {
        ObjectNode s = with("context.contextActivities.parent", "[{'id':'http://example.com/ok'},{'id':'no scheme'}]");
        XapiValidationException e = invalid(s, "context.contextActivities.parent[1].id");
        assertTrue(e.getMessage().contains("absolute IRI"), e.getMessage());
    }

    @Test
    @DisplayName("the validator does not change the statement")
    void doesNotMutate() {
        ObjectNode s = with("object", "{'id':'http://example.com/a'}");
        ObjectNode copy = s.deepCopy();
        valid(s);
        assertEquals(copy, s);
    }

    @Test
    @DisplayName("validation is thread-safe: concurrent calls give the same answers")
    void threadSafe() throws Exception {
        ObjectNode good = with("context.registration", "'" + UUID + "'");
        ObjectNode bad = with("context.registration", "'nope'");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                boolean expectGood = i % 2 == 0;
                results.add(pool.submit(() -> {
                    try {
                        StatementValidator.validate(expectGood ? good : bad, V2);
                        return expectGood;
                    } catch (XapiValidationException e) {
                        return !expectGood && e.path().equals("context.registration");
                    }
                }));
            }
            for (Future<Boolean> f : results) {
                assertTrue(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
