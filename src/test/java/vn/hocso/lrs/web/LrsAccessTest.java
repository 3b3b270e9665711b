package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.accountAgent;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.agent;
import static vn.hocso.lrs.web.Xapi.assertNotStored;
import static vn.hocso.lrs.web.Xapi.json;
import static vn.hocso.lrs.web.Xapi.statement;
import static vn.hocso.lrs.web.Xapi.uuid;
import static vn.hocso.lrs.web.Xapi.withId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Pages;

/**
 * Who may use the LRS (Communication 4.0): LRS credentials with HTTP Basic, and signed-in LMS users through their page
 * session, limited to their own agent's statements.
 */
@QuarkusTest
class LrsAccessTest {

    private String username;
    private String cookie;
    private ObjectNode me;

    @BeforeEach
    void signIn() {
        username = Pages.createLearner("xapi.learner").username();
        cookie = Pages.session(username);
        me = accountAgent(username);
    }

    private Response sessionPost(JsonNode body) {
        return Xapi.session(cookie, V2).contentType("application/json").body(json(body)).post("/xapi/statements");
    }

    @Test
    @DisplayName("XAPI-00334 / XAPI-00335: missing, wrong or malformed credentials are 401 with a Basic challenge, and "
            + "nothing is stored")
    void badCredentialsAre401() {
        ObjectNode s = withId(statement(activityId()));
        List<Response> responses = List.of(
                Xapi.anonymous().auth().preemptive().basic(Xapi.KEY, "wrong-secret").header(Xapi.VERSION, V2)
                        .contentType("application/json").body(json(s)).post("/xapi/statements"),
                Xapi.anonymous().auth().preemptive().basic("no-such-key", Xapi.SECRET).header(Xapi.VERSION, V2)
                        .get("/xapi/statements"),
                Xapi.anonymous().header(Xapi.VERSION, V2).get("/xapi/statements"),
                Xapi.anonymous().header("Authorization", "Basic %%%").header(Xapi.VERSION, V2)
                        .get("/xapi/statements"),
                Xapi.anonymous().header("Authorization", "Bearer abc.def.ghi").header(Xapi.VERSION, V2)
                        .get("/xapi/statements"),
                Xapi.anonymous().auth().preemptive().basic(Xapi.KEY, "wrong-secret").header(Xapi.VERSION, V2)
                        .queryParam("activityId", activityId()).queryParam("agent", Xapi.ifi(agent()))
                        .get("/xapi/activities/state"));
        for (Response r : responses) {
            assertEquals(401, r.statusCode(), r.asString());
            assertTrue(r.header("WWW-Authenticate").startsWith("Basic"), r.header("WWW-Authenticate"));
            assertFalse(r.jsonPath().getString("message").isBlank());
        }
        assertNotStored(s.get("id").asText());
    }

    @Test
    @DisplayName("LMS session: a learner stores statements about themselves and reads them back; the authority is "
            + "their own agent")
    void learnerStoresAndReadsOwnStatements() {
        ObjectNode s = withId(statement(me, activityId()));
        Response r = sessionPost(s);
        assertEquals(200, r.statusCode(), r.asString());
        String id = s.get("id").asText();

        JsonNode stored = Xapi.parse(Xapi.session(cookie, V2).queryParam("statementId", id).get("/xapi/statements")
                .then().statusCode(200).extract().asString());
        assertEquals(username, stored.path("actor").path("account").path("name").asText());
        assertEquals(username, stored.path("authority").path("account").path("name").asText());
        assertEquals(Xapi.HOME_PAGE, stored.path("authority").path("account").path("homePage").asText());

        Xapi.session(cookie, V2).queryParam("activity", s.path("object").path("id").asText())
                .get("/xapi/statements").then().statusCode(200).body("statements.id", equalTo(List.of(id)));
    }

    @Test
    @DisplayName("LMS session: statements about another actor are 403 and nothing of the request is stored")
    void learnerCannotStoreForOthers() {
        ObjectNode other = withId(statement(agent(), activityId()));
        sessionPost(other).then().statusCode(403).body("message", containsString("yourself"));
        assertNotStored(other.get("id").asText());

        ObjectNode mine = withId(statement(me, activityId()));
        sessionPost(Xapi.JSON.createArrayNode().add(mine).add(other)).then().statusCode(403);
        assertNotStored(mine.get("id").asText());
    }

    @Test
    @DisplayName("LMS session: a POST without the server's own Origin is refused (cross-site request forgery guard)")
    void sessionWritesNeedTheOwnOrigin() {
        ObjectNode s = withId(statement(me, activityId()));
        Xapi.anonymous().cookie("hocso_session", cookie).header(Xapi.VERSION, V2).contentType("application/json")
                .body(json(s)).post("/xapi/statements").then().statusCode(403);
        Xapi.anonymous().cookie("hocso_session", cookie).header("Origin", "https://evil.example.com")
                .header(Xapi.VERSION, V2).contentType("application/json").body(json(s)).post("/xapi/statements")
                .then().statusCode(403);
        assertNotStored(s.get("id").asText());
    }

    @Test
    @DisplayName("LMS session: another actor's statement is not found by id, and asking for another agent is 403")
    void learnerCannotReadOthers() {
        ObjectNode someone = agent();
        String theirs = Xapi.post(statement(someone, activityId()));
        Xapi.session(cookie, V2).queryParam("statementId", theirs).get("/xapi/statements").then().statusCode(404);
        Xapi.session(cookie, V2).queryParam("agent", Xapi.ifi(someone)).get("/xapi/statements").then()
                .statusCode(403);
        Xapi.session(cookie, V2).queryParam("agent", Xapi.ifi(me)).get("/xapi/statements").then().statusCode(200);
    }

    @Test
    @DisplayName("LMS session: a learner only ever sees statements whose actor is their own agent (not others' "
            + "statements about them, referring to them, or naming them as instructor)")
    void learnerOnlyEverSeesOwnStatements() {
        String mine = Xapi.post(statement(me, activityId()));
        sessionPost(withId(statement(me, activityId()))).then().statusCode(200);
        ObjectNode teacher = agent();
        String aboutMe = Xapi.post(statement(teacher, "http://adlnet.gov/expapi/verbs/mentored",
                me.deepCopy().put("objectType", "Agent")));
        String referringToMine = Xapi.post(statement(teacher, "http://adlnet.gov/expapi/verbs/commented",
                Xapi.statementRef(mine)));
        String taughtByMe = Xapi.post(Xapi.withInstructor(statement(teacher, activityId()), me));
        Xapi.session(cookie, V2).queryParam("statementId", aboutMe).get("/xapi/statements").then().statusCode(404);

        List<String> seen = new ArrayList<>();
        List<String> foreignActors = new ArrayList<>();
        for (String related : new String[] {"false", "true"}) {
            JsonNode page = Xapi.parse(Xapi.session(cookie, V2).queryParam("related_agents", related)
                    .get("/xapi/statements").then().statusCode(200).extract().asString());
            for (JsonNode s : page.path("statements")) {
                seen.add(s.path("id").asText());
                if (!username.equals(s.path("actor").path("account").path("name").asText())) {
                    foreignActors.add("related_agents=" + related + ": " + s.path("id").asText() + " by "
                            + s.path("actor"));
                }
            }
        }
        assertTrue(seen.contains(mine), "the learner sees their own statements");
        assertAll(
                () -> assertFalse(seen.contains(aboutMe), "a teacher's statement with the learner as object is "
                        + "shown to the learner"),
                () -> assertFalse(seen.contains(referringToMine), "a teacher's statement referring to the learner's "
                        + "statement is shown to the learner"),
                () -> assertFalse(seen.contains(taughtByMe), "a teacher's statement naming the learner as "
                        + "instructor is shown to the learner"),
                () -> assertEquals(List.of(), foreignActors));
    }

    @Test
    @DisplayName("LMS session: a learner may use State documents of their own agent only")
    void learnerStateDocuments() {
        String activity = activityId();
        Xapi.session(cookie, V2).queryParam("activityId", activity).queryParam("agent", json(me))
                .queryParam("stateId", "bookmark").contentType("application/json").body("{\"page\":7}")
                .put("/xapi/activities/state").then().statusCode(204);
        Xapi.session(cookie, V2).queryParam("activityId", activity).queryParam("agent", json(me))
                .queryParam("stateId", "bookmark").get("/xapi/activities/state").then().statusCode(200)
                .body("page", equalTo(7));
        Xapi.session(cookie, V2).queryParam("activityId", activity).queryParam("agent", Xapi.ifi(agent()))
                .queryParam("stateId", "bookmark").contentType("application/json").body("{\"page\":1}")
                .put("/xapi/activities/state").then().statusCode(403);
        Xapi.session(cookie, V2).queryParam("activityId", activity).queryParam("agent", Xapi.ifi(agent()))
                .queryParam("stateId", "bookmark").get("/xapi/activities/state").then().statusCode(403);
    }

    @Test
    @DisplayName("LMS session: a learner may use their own agent profile but not another agent's, and not the "
            + "activity profiles every learner of an activity shares (docs/lrs.md: own state and agent-profile "
            + "documents only)")
    void learnerProfileDocuments() {
        Xapi.session(cookie, V2).queryParam("agent", json(me)).queryParam("profileId", "preferences")
                .contentType("application/json").body("{\"language\":\"vi-VN\"}").put("/xapi/agents/profile")
                .then().statusCode(204);
        Xapi.session(cookie, V2).queryParam("agent", Xapi.ifi(agent())).queryParam("profileId", "preferences")
                .contentType("application/json").body("{}").put("/xapi/agents/profile").then().statusCode(403);

        String activity = activityId();
        Xapi.v2().queryParam("activityId", activity).queryParam("profileId", "rubric")
                .contentType("application/json").body("{\"levels\":4}").put("/xapi/activities/profile").then()
                .statusCode(204);
        Response put = Xapi.session(cookie, V2).queryParam("activityId", activity).queryParam("profileId", "rubric")
                .header("If-Match", "*").contentType("application/json").body("{\"levels\":0}")
                .put("/xapi/activities/profile");
        Response delete = Xapi.session(cookie, V2).queryParam("activityId", activity).queryParam("profileId", "rubric")
                .delete("/xapi/activities/profile");
        assertAll(
                () -> assertEquals(403, put.statusCode(), "learner PUT of a shared activity profile"),
                () -> assertEquals(403, delete.statusCode(), "learner DELETE of a shared activity profile"));
    }

    @Test
    @DisplayName("LMS session: without a session or credentials the LRS answers 401; an unknown session cookie "
            + "is no session")
    void noSessionIs401() {
        Xapi.anonymous().header(Xapi.VERSION, V2).queryParam("limit", 1).get("/xapi/statements").then()
                .statusCode(401);
        Xapi.anonymous().cookie("hocso_session", "not-a-session-" + uuid()).header(Xapi.VERSION, V2)
                .queryParam("limit", 1).get("/xapi/statements").then().statusCode(401);
    }
}
