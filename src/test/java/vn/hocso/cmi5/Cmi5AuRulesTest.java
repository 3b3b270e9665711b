package vn.hocso.cmi5;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/**
 * The cmi5 rules the LMS enforces on what an AU sends with its session's credential, one requirement at a time
 * (requirement ids of the cmi5 specification, as ADL's CATAPULT LMS test suite names them in its "005-1 invalid AU"
 * course): order in a session (8.1.2.0-2/-5, 9.3.0.0-4/-5, 9.3.2.0-3, 11.0.0.0-3), statement shape (9.1.0.0-1,
 * 9.2.0.0-2/-3, 9.4.0.0-1, 8.1.5.0-6, 9.5.1.0-2/-3, 9.5.2.0-1/-2/-3, 9.5.3.0-1/-2, 9.5.4.1-1..4, 9.6.0.0-1,
 * 9.6.1.0-1, 9.6.2.2-1/-2, 9.6.3.1-4, 9.6.3.2-2, 9.7.0.0-1/-2), judgement (9.3.0.0-2/-8, 9.3.4.0-2, 9.3.5.0-2), no
 * voiding (6.3.0.0-1), the LMS's documents (10.2.1.0-5) and learner preferences (11.0.0.0-1/-5, 11.1.0.0-1).
 */
@QuarkusTest
class Cmi5AuRulesTest {

    private AuClient au;

    @BeforeEach
    void launch() throws Exception {
        long id = TestPackages.upload(Api.TRAINER, TestPackages.cmi5("Khóa cmi5 kiểm tra quy tắc")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String actor = "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://lts.example\",\"name\":\"au-"
                + System.nanoTime() + "\"}}";
        au = Cmi5LaunchTest.start(id, actor, "Normal");
    }

    private static Executable refused(String requirement, Response response) {
        return () -> response.then().statusCode(403).body("message", containsString("cmi5 " + requirement));
    }

    /** One alteration of a statement the AU could send, and the requirement it breaks. */
    private record Case(String requirement, String verb, Consumer<ObjectNode> alter, boolean post) {
        Case(String requirement, String verb, Consumer<ObjectNode> alter) {
            this(requirement, verb, alter, false);
        }
    }

    private static ObjectNode at(ObjectNode st, String pointer) {
        return (ObjectNode) st.at(pointer);
    }

    @Test
    @DisplayName("11.0.0.0-3, 9.3.0.0-4, 9.3.2.0-3, 8.1.2.0-5, 6.3.0.0-1: preferences, then initialized once, first")
    void orderInASession() {
        assertAll(refused("9.3.0.0-4", au.put(au.allowed())),
                refused("11.0.0.0-3", au.put(au.statement("initialized"))));
        au.begin();
        au.put(au.statement("initialized")).then().statusCode(403).body("message", containsString("9.3.2.0-3"));
        given().header("X-Experience-API-Version", "1.0.3").contentType("application/json")
                .body(au.allowed().toString()).post(au.endpoint() + "statements").then().statusCode(401);
        given().header("X-Experience-API-Version", "1.0.3").header("Authorization", "").contentType("application/json")
                .body(au.allowed().toString()).post(au.endpoint() + "statements").then().statusCode(401);
        ObjectNode allowed = au.allowed();
        au.put(allowed).then().statusCode(204);
        ObjectNode voiding = au.allowed();
        voiding.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/voided");
        voiding.putObject("object").put("objectType", "StatementRef").put("id", allowed.get("id").asText());
        au.put(voiding).then().statusCode(403).body("message", containsString("void"));
    }

    @Test
    @DisplayName("9.x: each malformed statement is refused with 403 naming its requirement, and nothing is stored")
    void statementShape() throws Exception {
        au.begin();
        Consumer<ObjectNode> noMoveOn = st -> ((ArrayNode) st.at("/context/contextActivities/category")).remove(1);
        List<Case> cases = List.of(
                new Case("9.1.0.0-1", null, st -> st.remove("id"), true),
                new Case("9.7.0.0-1", null, st -> st.remove("timestamp")),
                new Case("9.7.0.0-2", null, st -> st.put("timestamp", st.get("timestamp").asText()
                        .replace("Z", "-06:00"))),
                new Case("9.2.0.0-2", "passed", st -> at(st, "/actor").put("objectType", "Group")),
                new Case("9.2.0.0-3", "passed", st -> at(st, "/actor").put("mbox", "mailto:catapult@example.com")
                        .remove("account")),
                new Case("8.1.5.0-6", "passed", st -> at(st, "/object").put("id", "http://example.com/not/the/au")),
                new Case("9.6.0.0-1", "passed", st -> st.remove("context")),
                new Case("9.6.1.0-1", "passed", st -> at(st, "/context").remove("registration")),
                new Case("9.6.1.0-1", "passed", st -> at(st, "/context").put("registration", UUID.randomUUID()
                        .toString())),
                new Case("9.5.3.0-2", "passed", st -> at(st, "/result").put("completion", true)),
                new Case("9.5.2.0-3", "completed", st -> at(st, "/result").put("success", true)),
                new Case("9.5.3.0-1", "completed", st -> at(st, "/result").remove("completion")),
                new Case("9.5.3.0-1", "completed", st -> at(st, "/result").put("completion", false)),
                new Case("9.5.1.0-2", "completed", st -> at(st, "/result").putObject("score").put("scaled", 0.5)),
                new Case("9.5.4.1", "terminated", st -> st.remove("result")),
                new Case("9.5.4.1", "completed", st -> at(st, "/result").remove("duration")),
                new Case("9.5.4.1", "passed", st -> at(st, "/result").remove("duration")),
                new Case("9.5.4.1", "failed", st -> at(st, "/result").remove("duration")),
                new Case("9.5.2.0-1", "passed", st -> at(st, "/result").remove("success")),
                new Case("9.5.2.0-1", "passed", st -> at(st, "/result").put("success", false)),
                new Case("9.5.2.0-2", "failed", st -> at(st, "/result").remove("success")),
                new Case("9.5.2.0-2", "failed", st -> at(st, "/result").put("success", true)),
                new Case("9.5.1.0-3", "passed", st -> at(st, "/result/score").remove("min")),
                new Case("9.5.1.0-3", "passed", st -> at(st, "/result/score").remove("max")),
                new Case("9.6.2.2-1", "completed", noMoveOn),
                new Case("9.6.2.2-1", "passed", noMoveOn),
                new Case("9.6.2.2-1", "failed", noMoveOn),
                new Case("9.6.2.2-2", null, st -> at(st, "/context").putObject("contextActivities")
                        .putArray("category").addObject().put("id", AuClient.MOVE_ON)),
                new Case("9.6.2.2-2", "terminated", st -> ((ArrayNode) st.at("/context/contextActivities/category"))
                        .addObject().put("id", AuClient.MOVE_ON)),
                new Case("9.6.3.2-2", "passed", st -> at(st, "/context/extensions").remove(AuClient.EXT
                        + "masteryscore")),
                new Case("9.6.3.2-2", "passed", st -> at(st, "/context/extensions").put(AuClient.EXT
                        + "masteryscore", 0.7)),
                new Case("9.6.3.1-4", null, st -> at(st, "/context/extensions").remove(AuClient.EXT + "sessionid")),
                new Case("9.6.2.1-1", "completed", st -> at(st, "/context").remove("contextActivities")),
                new Case("9.3", "satisfied", st -> at(st, "/verb").put("id",
                        "https://w3id.org/xapi/adl/verbs/satisfied")));
        List<Executable> checks = new ArrayList<>();
        for (Case c : cases) {
            ObjectNode st = c.verb() == null ? au.allowed()
                    : au.statement("satisfied".equals(c.verb()) ? "initialized" : c.verb());
            c.alter().accept(st);
            Response r = c.post() ? au.post(st) : au.put(st);
            // the launch credential's own checks (its registration, its actor) refuse some before cmi5's rules do
            String generic = c.requirement().startsWith("9.6.0") || c.requirement().startsWith("9.6.1")
                    ? "registration" : "9.2.0.0-3".equals(c.requirement()) ? "about yourself" : null;
            checks.add(generic == null ? refused(c.requirement(), r)
                    : () -> r.then().statusCode(403).body("message", containsString(generic)));
        }
        assertAll(checks);
        assertEquals(List.of("launched", "initialized"), Cmi5LaunchTest.verbs(au.registration()),
                "nothing refused is stored");
    }

    @Test
    @DisplayName("9.3.0.0-2/-8, 9.3.4.0-2, 9.3.5.0-2, 9.3.0.0-5, 8.1.2.0-2: judgement once, nothing after terminated")
    void judgementAndTermination() throws Exception {
        au.begin();
        Function<Double, ObjectNode> failed = scaled -> Cmi5LaunchTest.scored(au, "failed", scaled);
        assertAll(refused("9.3.4.0-2", au.put(Cmi5LaunchTest.scored(au, "passed", 0.79))),
                refused("9.3.5.0-2", au.put(failed.apply(0.8))),
                refused("9.3.5.0-2", au.put(failed.apply(0.81))));
        au.put(au.statement("completed")).then().statusCode(204);
        au.put(au.statement("completed")).then().statusCode(403).body("message", containsString("9.3.0.0-2"));
        au.put(au.statement("passed")).then().statusCode(204);
        assertAll(refused("9.3.0.0-2", au.put(au.statement("passed"))),
                refused("9.3.0.0-2", au.put(au.statement("failed"))));
        List<ObjectNode> batch = List.of(au.statement("terminated"), au.allowed());
        au.au().contentType("application/json").body(batch.toString()).post(au.endpoint() + "statements").then()
                .statusCode(403).body("message", containsString("9.3.0.0-5"));
        au.put(au.statement("terminated")).then().statusCode(204);
        au.put(au.allowed()).then().statusCode(401);
        au.au().queryParam("agent", au.actor()).queryParam("activityId", au.activityId())
                .queryParam("registration", au.registration()).queryParam("stateId", "bookmark")
                .get(au.endpoint() + "activities/state").then().statusCode(401);
        assertEquals(List.of("launched", "initialized", "completed", "satisfied", "satisfied", "passed",
                "terminated"), Cmi5LaunchTest.verbs(au.registration()));
    }

    private Response putPreferences(String agent, String contentType, String body) {
        io.restassured.specification.RequestSpecification r = au.au().queryParam("profileId",
                "cmi5LearnerPreferences");
        if (agent != null) {
            r = r.queryParam("agent", agent);
        }
        if (contentType != null) {
            r = r.contentType(contentType);
        }
        return r.body(body).put(au.endpoint() + "agents/profile");
    }

    @Test
    @DisplayName("10.2.1.0-5, 11.0.0.0-1/-5, 11.1.0.0-1: LMS.LaunchData is the LMS's, learner preferences validated")
    void documents() {
        String prefs = "{\"languagePreference\": \"en-US,fr-FR,fr-BE\", \"audioPreference\": \"on\"}";
        io.restassured.specification.RequestSpecification launchData = au.au().queryParam("stateId",
                "LMS.LaunchData").queryParam("activityId", au.activityId()).queryParam("agent", au.actor())
                .queryParam("registration", au.registration());
        String other = "{\"mbox\": \"mailto:catapult@example.com\"}";
        assertAll(refused("10.2.1.0-5", launchData.contentType("application/json").body("{\"test\": true}")
                        .put(au.endpoint() + "activities/state")),
                refused("10.2.1.0-5", au.au().queryParam("stateId", "LMS.LaunchData")
                        .queryParam("activityId", au.activityId()).queryParam("agent", au.actor())
                        .queryParam("registration", au.registration()).delete(au.endpoint() + "activities/state")),
                refused("10.2.1.0-5", au.au().queryParam("activityId", au.activityId()).queryParam("agent", au.actor())
                        .queryParam("registration", au.registration()).delete(au.endpoint() + "activities/state")),
                () -> putPreferences(null, "application/json", prefs).then().statusCode(400),
                () -> putPreferences(other, "application/json", prefs).then().statusCode(403),
                refused("11.0.0.0-5", putPreferences(au.actor(), null, prefs)),
                refused("11.0.0.0-5", putPreferences(au.actor(), "text/plain", "just some text")),
                refused("11.0.0.0-5", putPreferences(au.actor(), "application/json", "{\"audioPreference\": \"on\"}")),
                refused("11.0.0.0-5", putPreferences(au.actor(), "application/json",
                        "{\"languagePreference\": \"vi-VN\"}")),
                refused("11.1.0.0-1", putPreferences(au.actor(), "application/json",
                        "{\"languagePreference\": \"not comma separated\", \"audioPreference\": \"on\"}")),
                refused("11.1.0.0-1", putPreferences(au.actor(), "application/json",
                        "{\"languagePreference\": \"\", \"audioPreference\": \"on\"}")),
                refused("11.0.0.0-5", au.au().queryParam("agent", au.actor())
                        .queryParam("profileId", "cmi5LearnerPreferences").delete(au.endpoint() + "agents/profile")));
        // never from the browser's cache: the LMS must see each read (11.0.0.0-3)
        au.readPreferences().then().statusCode(200).header("Cache-Control", "no-store")
                .body("languagePreference", org.hamcrest.Matchers.equalTo("vi-VN,en-US"));
        String etag = au.readPreferences().header("ETag");
        au.au().queryParam("agent", au.actor()).queryParam("profileId", "cmi5LearnerPreferences")
                .header("If-Match", etag).contentType("application/json").body(prefs)
                .put(au.endpoint() + "agents/profile").then().statusCode(204);
        au.readPreferences().then().statusCode(200).body("languagePreference", org.hamcrest.Matchers.equalTo(
                "en-US,fr-FR,fr-BE"));
        assertTrue(au.readPreferences().asString().contains("\"audioPreference\""));
    }
}
