package vn.hocso.cmi5;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/**
 * cmi5 launch (spec "Content Launch Mechanisms", "LMS.LaunchData", "launched" statement): launch URL parameters, an
 * LMS-generated activity id, the one-time fetch URL and its error code, the launch data document, learner
 * preferences, the launched statement with the cmi5 context, and the fetched credential's limits.
 */
@QuarkusTest
class Cmi5LaunchTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACTOR = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lts.example\","
            + "\"name\":\"learner-%s\"}}";

    static Map<String, String> query(String url) {
        Map<String, String> q = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return q;
    }

    static RequestSpecification admin() {
        return given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                .header("X-Experience-API-Version", "1.0.3");
    }

    @Test
    @DisplayName("Launch URL, fetch once, LMS.LaunchData, learner preferences, launched statement, credential limits")
    void launchThroughTheApi() throws Exception {
        JsonNode course = JSON.readTree(TestPackages.upload(Api.TRAINER, TestPackages.cmi5("Khóa cmi5")).then()
                .statusCode(201).extract().asString());
        long id = course.get("id").asLong();
        String auId = course.at("/descriptor/launches/0/id").asText();
        String actor = ACTOR.formatted(System.nanoTime());
        JsonNode launch = JSON.readTree(Api.as(Api.TRAINER).body("{\"packageId\": " + id + ", \"auIndex\": 0, "
                + "\"actor\": " + actor + ", \"returnUrl\": \"https://lms.example/back\"}")
                .post("/api/v1/cmi5/launches").then().statusCode(200).extract().asString());
        Map<String, String> q = query(launch.get("url").asText());
        assertTrue(launch.get("url").asText().contains("/au/index.html?"), launch.toString());
        assertEquals(launch.get("registration").asText(), q.get("registration"));
        assertNotEquals(auId, q.get("activityId"), "the activity id is the LMS's, not the publisher's");
        assertEquals(JSON.readTree(actor), JSON.readTree(q.get("actor")));
        String endpoint = q.get("endpoint") + "/";
        assertTrue(!q.get("endpoint").endsWith("/"), "cmi5 AUs add the slash themselves");

        given().get(q.get("fetch")).then().statusCode(405);
        // a wrong credential gets 401 without a Basic challenge (a browser would prompt and the AU's request hang)
        given().header("Authorization", "Basic Y2F0YXB1bHQ6d3Jvbmc=").header("X-Experience-API-Version", "1.0.3")
                .get(endpoint + "statements").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.nullValue());
        String token = given().post(q.get("fetch")).then().statusCode(200).extract().jsonPath().getString("auth-token");
        given().post(q.get("fetch")).then().statusCode(200).body("error-code", equalTo("1"));
        RequestSpecification au = given().header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3");

        JsonNode data = JSON.readTree(au.queryParam("activityId", q.get("activityId")).queryParam("agent", actor)
                .queryParam("registration", q.get("registration")).queryParam("stateId", "LMS.LaunchData")
                .get(endpoint + "activities/state").then().statusCode(200).extract().asString());
        assertEquals(launch.get("sessionId").asText(),
                data.at("/contextTemplate/extensions").get("https://w3id.org/xapi/cmi5/context/extensions/sessionid")
                        .asText());
        assertEquals(auId, data.at("/contextTemplate/contextActivities/grouping/0/id").asText());
        assertEquals("Normal", data.get("launchMode").asText());
        assertEquals("CompletedOrPassed", data.get("moveOn").asText());
        assertEquals(0.8, data.get("masteryScore").asDouble());
        assertEquals("x=1", data.get("launchParameters").asText());
        assertEquals("https://lms.example/back", data.get("returnURL").asText());
        given().header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3")
                .queryParam("agent", actor).queryParam("profileId", "cmi5LearnerPreferences")
                .get(endpoint + "agents/profile").then().statusCode(200).body("languagePreference",
                        equalTo("vi-VN,en-US"));

        JsonNode launched = JSON.readTree(admin().queryParam("registration", q.get("registration"))
                .queryParam("verb", "http://adlnet.gov/expapi/verbs/launched").get("/xapi/statements").asString())
                .at("/statements/0");
        assertEquals(q.get("activityId"), launched.at("/object/id").asText());
        assertEquals("https://w3id.org/xapi/cmi5/context/categories/cmi5",
                launched.at("/context/contextActivities/category/0/id").asText());
        JsonNode ext = launched.at("/context/extensions");
        assertEquals(launch.get("sessionId").asText(),
                ext.get("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText());
        assertEquals("Normal", ext.get("https://w3id.org/xapi/cmi5/context/extensions/launchmode").asText());
        assertEquals("CompletedOrPassed", ext.get("https://w3id.org/xapi/cmi5/context/extensions/moveon").asText());
        assertEquals(0.8, ext.get("https://w3id.org/xapi/cmi5/context/extensions/masteryscore").asDouble());
        assertTrue(ext.has("https://w3id.org/xapi/cmi5/context/extensions/launchurl"));

        String other = ACTOR.formatted("someone-else");
        given().header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3")
                .contentType("application/json").body("{\"actor\": " + other + ", \"verb\": {\"id\": "
                        + "\"http://adlnet.gov/expapi/verbs/initialized\"}, \"object\": {\"id\": \"" + q.get("activityId")
                        + "\"}, \"context\": {\"registration\": \"" + q.get("registration") + "\"}}")
                .post(endpoint + "statements").then().statusCode(403);

        JsonNode again = JSON.readTree(Api.as(Api.TRAINER).body("{\"packageId\": " + id + ", \"auIndex\": 0, "
                + "\"actor\": " + actor + ", \"launchMode\": \"Review\"}").post("/api/v1/cmi5/launches").then()
                .statusCode(200).extract().asString());
        assertEquals(launch.get("registration").asText(), again.get("registration").asText());
        assertNotEquals(launch.get("sessionId").asText(), again.get("sessionId").asText());
        Api.as(Api.TRAINER).body("{\"packageId\": " + id + ", \"auIndex\": 0, \"actor\": " + actor
                + ", \"launchMode\": \"Sideways\"}").post("/api/v1/cmi5/launches").then().statusCode(422);
        Api.as(Api.TRAINER).body("{\"packageId\": " + id + ", \"auIndex\": 5, \"actor\": " + actor + "}")
                .post("/api/v1/cmi5/launches").then().statusCode(404);
        Api.as(Api.TEACHER).body("{\"packageId\": " + id + ", \"auIndex\": 0, \"actor\": " + actor + "}")
                .post("/api/v1/cmi5/launches").then().statusCode(403);
    }

    /** Launches the course's AU for the actor in a mode and redeems the fetch URL (masteryScore 0.8). */
    static AuClient start(long packageId, String actor, String mode) throws Exception {
        JsonNode launch = JSON.readTree(Api.as(Api.TRAINER).body("{\"packageId\": " + packageId + ", \"auIndex\": 0, "
                + "\"actor\": " + actor + ", \"launchMode\": \"" + mode + "\"}").post("/api/v1/cmi5/launches").then()
                .statusCode(200).extract().asString());
        Map<String, String> q = query(launch.get("url").asText());
        String token = given().post(q.get("fetch")).then().statusCode(200).extract().jsonPath().getString("auth-token");
        return new AuClient(q.get("endpoint") + "/", token, q.get("activityId"), q.get("registration"),
                launch.get("sessionId").asText(), actor, 0.8);
    }

    static java.util.List<String> verbs(String registration) throws Exception {
        java.util.List<String> verbs = new java.util.ArrayList<>();
        JSON.readTree(admin().queryParam("registration", registration).queryParam("ascending", "true")
                .get("/xapi/statements").asString()).get("statements")
                .forEach(st -> verbs.add(st.at("/verb/id").asText().replaceAll(".*/", "")));
        return verbs;
    }

    /** An AU's scored statement with another scaled score (and raw score to match). */
    static com.fasterxml.jackson.databind.node.ObjectNode scored(AuClient au, String verb, double scaled) {
        com.fasterxml.jackson.databind.node.ObjectNode st = au.statement(verb);
        ((com.fasterxml.jackson.databind.node.ObjectNode) st.at("/result/score")).put("scaled", scaled)
                .put("raw", (int) Math.round(scaled * 100));
        return st;
    }

    @Test
    @DisplayName("cmi5 9.3 statement order and once-rules, satisfied once per block and course, abandoned, Browse "
            + "mode (10.2.2.0-2), waiver")
    void statementRulesAndSatisfaction() throws Exception {
        long id = TestPackages.upload(Api.TRAINER, TestPackages.cmi5("Khóa cmi5 quy tắc")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String actor = ACTOR.formatted("rules-" + System.nanoTime());
        AuClient s = start(id, actor, "Normal").begin();
        s.put(scored(s, "passed", 0.5)).then().statusCode(403).body("message",
                org.hamcrest.Matchers.containsString("9.3.4.0-2"));
        s.put(scored(s, "failed", 0.9)).then().statusCode(403).body("message",
                org.hamcrest.Matchers.containsString("9.3.5.0-2"));
        s.put(s.statement("completed")).then().statusCode(204);
        s.put(s.statement("completed")).then().statusCode(403)
                .body("message", org.hamcrest.Matchers.containsString("already completed"));
        s.put(s.statement("passed")).then().statusCode(204);
        s.put(scored(s, "failed", 0.1)).then().statusCode(403);
        s.put(s.statement("terminated")).then().statusCode(204);
        // the session's credential ends with "terminated"
        s.put(s.allowed()).then().statusCode(401);
        assertEquals(java.util.List.of("launched", "initialized", "completed", "satisfied", "satisfied", "passed",
                "terminated"), verbs(s.registration()));

        AuClient second = start(id, actor, "Normal");
        assertEquals(s.registration(), second.registration());
        second.begin();
        AuClient third = start(id, actor, "Browse");
        java.util.List<String> verbs = verbs(s.registration());
        assertEquals("abandoned", verbs.get(verbs.size() - 2), verbs.toString());
        assertEquals(2, verbs.stream().filter("satisfied"::equals).count(), "satisfied only once per block/course");
        second.put(second.allowed()).then().statusCode(401);
        third.begin();
        third.put(third.statement("completed")).then().statusCode(403)
                .body("message", org.hamcrest.Matchers.containsString("Browse"));

        AuClient other = start(id, ACTOR.formatted("waived-" + System.nanoTime()), "Normal");
        Api.as(Api.TRAINER).body("{\"reason\": \"Sideways\"}").post("/api/v1/cmi5/registrations/"
                + other.registration() + "/aus/0/waive").then().statusCode(422);
        Api.as(Api.TRAINER).body("{\"reason\": \"Tested Out\"}").post("/api/v1/cmi5/registrations/"
                + other.registration() + "/aus/0/waive").then().statusCode(204);
        java.util.List<String> waived = verbs(other.registration());
        assertTrue(waived.containsAll(java.util.List.of("waived", "satisfied")), waived.toString());
        assertEquals(2, waived.stream().filter("satisfied"::equals).count(), waived.toString());
    }

    @Test
    @DisplayName("A learner launches an AU from the LMS page (AnyWindow: framed)")
    void learnerLaunch() throws Exception {
        long id = TestPackages.upload(Api.TRAINER, TestPackages.cmi5("Khóa cmi5 học viên")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String overview = Api.as(Api.TEACHER).accept("text/html").get("/learn/packages/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(overview.contains("play?au=0"), overview);
        String html = Api.as(Api.TEACHER).accept("text/html").get("/learn/packages/" + id + "/play?au=0").then()
                .statusCode(200).extract().asString();
        assertTrue(html.contains("fetch=") && html.contains("activityId="), html);
    }

    @Test
    @DisplayName("OwnWindow: the learner page gives the AU the whole window; its returnURL brings the learner back")
    void ownWindowLaunch() throws Exception {
        long id = TestPackages.upload(Api.TRAINER, TestPackages.cmi5("Khóa cmi5 cửa sổ riêng", "OwnWindow")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String location = Api.as(Api.TEACHER).redirects().follow(false).accept("text/html")
                .get("/learn/packages/" + id + "/play?au=0").then().statusCode(303).extract().header("Location");
        Map<String, String> q = query(location);
        assertTrue(location.contains("/au/index.html?"), location);
        String token = given().post(q.get("fetch")).then().statusCode(200).extract().jsonPath()
                .getString("auth-token");
        String returnUrl = JSON.readTree(given().header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3").queryParam("activityId", q.get("activityId"))
                .queryParam("agent", q.get("actor")).queryParam("registration", q.get("registration"))
                .queryParam("stateId", "LMS.LaunchData").get(q.get("endpoint") + "/activities/state").then()
                .statusCode(200).extract().asString()).get("returnURL").asText();
        assertTrue(returnUrl.endsWith("/learn/packages/" + id), returnUrl);
        String back = Api.as(Api.TEACHER).accept("text/html").get(URI.create(returnUrl).getPath()).then()
                .statusCode(200).extract().asString();
        assertTrue(back.contains("play?au=0"), "the course page, with its AU to launch again");
    }
}
