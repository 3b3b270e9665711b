package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.hocso.lrs.web.Xapi.V1;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.activity;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.agent;
import static vn.hocso.lrs.web.Xapi.statement;
import static vn.hocso.lrs.web.Xapi.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /xapi/activities}, {@code /xapi/agents} and {@code /xapi/about}. */
@QuarkusTest
class ActivitiesAgentsAboutTest {

    private static JsonNode getActivity(String version, String id) {
        return Xapi.parse(Xapi.as(version).queryParam("activityId", id).get("/xapi/activities").then()
                .statusCode(200).contentType(startsWith("application/json")).extract().asString());
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {V1, V2})
    @DisplayName("XAPI-00253 / XAPI-00254: the Activity object merges the definitions of every statement about it, "
            + "each language kept")
    void activityMergesDefinitions(String version) {
        String id = activityId();
        ObjectNode english = activity(id, "en-US", "Fractions");
        ObjectNode vietnamese = activity(id, "vi-VN", "Phân số");
        ((ObjectNode) vietnamese.get("definition")).putObject("extensions")
                .put("https://hocso.edu.vn/xapi/extensions/grade", 4);
        Xapi.post(version, statement(agent(), Xapi.EXPERIENCED, english));
        Xapi.post(version, statement(agent(), Xapi.EXPERIENCED, vietnamese));

        JsonNode a = getActivity(version, id);
        assertEquals("Activity", a.path("objectType").asText());
        assertEquals(id, a.path("id").asText());
        JsonNode def = a.path("definition");
        assertEquals("Fractions", def.path("name").path("en-US").asText());
        assertEquals("Phân số", def.path("name").path("vi-VN").asText());
        assertEquals("Phân số (mô tả)", def.path("description").path("vi-VN").asText());
        assertEquals("Fractions (mô tả)", def.path("description").path("en-US").asText());
        assertEquals(4, def.path("extensions").path("https://hocso.edu.vn/xapi/extensions/grade").asInt());
        assertEquals("http://adlnet.gov/expapi/activities/lesson", def.path("type").asText());
    }

    @Test
    @DisplayName("XAPI-00254: definitions from context activities count too; later values win per language")
    void contextActivityDefinitionsAndLaterValuesWin() {
        String id = activityId();
        ObjectNode s = statement(activityId());
        s.putObject("context").putObject("contextActivities").putArray("parent").add(activity(id, "en-US", "Unit 1"));
        Xapi.post(s);
        Xapi.post(statement(agent(), Xapi.EXPERIENCED, activity(id, "en-US", "Unit one")));
        assertEquals("Unit one", getActivity(V2, id).path("definition").path("name").path("en-US").asText());
    }

    @Test
    @DisplayName("XAPI-00253: an activity the LRS knows nothing about is still returned as an Activity object")
    void unknownActivity() {
        String id = activityId();
        JsonNode a = getActivity(V2, id);
        assertEquals("Activity", a.path("objectType").asText());
        assertEquals(id, a.path("id").asText());
        assertFalse(a.has("definition"), a.toString());
    }

    @Test
    @DisplayName("XAPI-00250: /activities without activityId, with an activityId that is not an IRI, or with other "
            + "parameters is 400; it only answers GET")
    void activityErrors() {
        v2().get("/xapi/activities").then().statusCode(400).body("message", containsString("activityId"));
        v2().queryParam("activityId", "fractions").get("/xapi/activities").then().statusCode(400)
                .body("message", containsString("IRI"));
        v2().queryParam("activityId", activityId()).queryParam("agent", Xapi.ifi(agent())).get("/xapi/activities")
                .then().statusCode(400);
        v2().queryParam("activityId", activityId()).contentType("application/json").body("{}")
                .post("/xapi/activities").then().statusCode(405);
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {V1, V2})
    @DisplayName("XAPI-00236 / XAPI-00248 / XAPI-00237 / XAPI-00238 / XAPI-00239: /agents returns a Person object "
            + "whose properties are arrays")
    void agentsReturnsPerson(String version) {
        ObjectNode agent = agent();
        JsonNode person = Xapi.parse(Xapi.as(version).queryParam("agent", Xapi.json(agent)).get("/xapi/agents")
                .then().statusCode(200).contentType(startsWith("application/json")).extract().asString());
        assertEquals("Person", person.path("objectType").asText());
        assertEquals(List.of(agent.get("name").asText()), List.of(person.path("name").get(0).asText()));
        assertEquals(1, person.path("name").size());
        assertEquals(agent.get("mbox").asText(), person.path("mbox").get(0).asText());
        assertEquals(1, person.path("mbox").size());
    }

    @Test
    @DisplayName("XAPI-00242 / XAPI-00240: an account agent gives an account array; mbox_sha1sum an array of strings")
    void agentsWithAccountAndSha1() {
        Xapi.v2().queryParam("agent", Xapi.json(Xapi.accountAgent("hocvien01"))).get("/xapi/agents").then()
                .statusCode(200).body("objectType", equalTo("Person"))
                .body("account[0].homePage", equalTo(Xapi.HOME_PAGE)).body("account[0].name", equalTo("hocvien01"));
        String sha1 = Xapi.sha1(Xapi.utf8("mailto:someone@hocso.edu.vn"));
        Xapi.v2().queryParam("agent", "{\"mbox_sha1sum\":\"" + sha1 + "\"}").get("/xapi/agents").then()
                .statusCode(200).body("mbox_sha1sum", equalTo(List.of(sha1)));
    }

    @Test
    @DisplayName("XAPI-00243 / XAPI-00249: /agents without agent, or with an agent that is not valid, is 400")
    void agentsErrors() {
        v2().get("/xapi/agents").then().statusCode(400).body("message", containsString("agent"));
        for (String bad : List.of("not json", "{\"mbox\":\"someone@hocso.edu.vn\"}",
                "{\"mbox\":\"mailto:a@hocso.edu.vn\",\"openid\":\"https://hocso.edu.vn/a\"}", "{\"name\":\"Ai đó\"}",
                "{\"account\":{\"name\":\"no home page\"}}")) {
            v2().queryParam("agent", bad).get("/xapi/agents").then().statusCode(400)
                    .body("message", containsString("agent"));
        }
    }

    @Test
    @DisplayName("XAPI-00315 / XAPI-00319 / XAPI-00318 / XAPI-00317: /about needs neither credentials nor a version "
            + "header and lists the versions as an array of strings")
    void about() {
        Xapi.anonymous().get("/xapi/about").then().statusCode(200).contentType(startsWith("application/json"))
                .header(Xapi.VERSION, equalTo(V2))
                .body("version", hasItems("1.0.3", "2.0.0"))
                .body("version", everyItem(instanceOf(String.class)))
                .body("extensions", instanceOf(Map.class));
        Xapi.anonymous().header(Xapi.VERSION, V1).get("/xapi/about").then().statusCode(200)
                .header(Xapi.VERSION, V1).body("version", hasItems("1.0.3"));
        Xapi.anonymous().head("/xapi/about").then().statusCode(200).body(equalTo(""));
    }
}
