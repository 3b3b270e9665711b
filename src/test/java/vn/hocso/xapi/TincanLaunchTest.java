package vn.hocso.xapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;
import vn.hocso.support.TincanLaunch;

/**
 * Launching an xAPI (tincan.xml) package: the conventional launch parameters, a credential made for the launch that
 * can only write and read the learner's own statements and state of that registration, the LRS on the content
 * origin, and completion read from the LRS.
 */
@QuarkusTest
class TincanLaunchTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @DisplayName("Launch parameters; the launch credential is limited to the learner, the registration, statements and "
            + "state; completion comes from the LRS")
    void launchAndRestrictedCredential() throws Exception {
        long id = TestPackages.upload(Api.TRAINER, TestPackages.tincan("Khóa xAPI")).then().statusCode(201)
                .body("standard", equalTo("XAPI")).extract().jsonPath().getLong("id");
        TincanLaunch l = TincanLaunch.open(Api.TEACHER, id);
        assertTrue(l.url().contains("/index.html?endpoint="), l.url());
        assertTrue(l.endpoint().endsWith("/xapi/") && !l.endpoint().contains(":" + io.restassured.RestAssured.port),
                "the LRS is reached on the content origin: " + l.endpoint());
        assertEquals(TestPackages.TINCAN_COURSE, l.activity());
        assertEquals(Api.TEACHER, l.actor().at("/account/name").asText());
        UUID.fromString(l.registration());
        given().get(l.url()).then().statusCode(200).body(containsString("xAPI"));

        Api.as(Api.TEACHER).accept("text/html").get("/learn/packages/" + id).then().statusCode(200)
                .body(containsString("id=\"xapi-status\""));
        l.lrs().body(TincanLaunch.statement(l.actor(), "experienced", l.activity(), l.registration()))
                .post(l.endpoint() + "statements").then().statusCode(200);
        ObjectNodeBuilder other = new ObjectNodeBuilder();
        l.lrs().body(TincanLaunch.statement(other.agent("someone-else"), "experienced", l.activity(),
                l.registration()))
                .post(l.endpoint() + "statements").then().statusCode(403);
        l.lrs().body(TincanLaunch.statement(l.actor(), "experienced", l.activity(), UUID.randomUUID().toString()))
                .post(l.endpoint() + "statements").then().statusCode(403);
        l.lrs().get(l.endpoint() + "statements?registration=" + UUID.randomUUID()).then().statusCode(403);
        JsonNode mine = JSON.readTree(l.lrs().get(l.endpoint() + "statements").then().statusCode(200).extract().asString());
        assertEquals(1, mine.get("statements").size());
        String agent = l.actor().toString();
        l.lrs().queryParam("activityId", l.activity()).queryParam("agent", agent)
                .queryParam("registration", l.registration()).queryParam("stateId", "bookmark").body("{\"page\": 3}")
                .put(l.endpoint() + "activities/state").then().statusCode(204);
        l.lrs().queryParam("activityId", l.activity()).queryParam("agent", agent)
                .queryParam("registration", UUID.randomUUID().toString()).queryParam("stateId", "bookmark")
                .body("{\"page\": 3}").put(l.endpoint() + "activities/state").then().statusCode(403);
        l.lrs().queryParam("agent", agent).queryParam("profileId", "p").body("{}")
                .put(l.endpoint() + "agents/profile").then().statusCode(403);
        given().header("X-Experience-API-Version", "1.0.3").get(l.endpoint() + "statements").then().statusCode(401);
        given().header("X-Experience-API-Version", "1.0.3").get(l.endpoint() + "about").then().statusCode(200);

        assertTrue(!Api.as(Api.TEACHER).accept("text/html").get("/learn/packages/" + id).asString()
                .contains("Bạn đã hoàn thành"));
        l.lrs().body(TincanLaunch.statement(l.actor(), "completed", l.activity(), l.registration()))
                .post(l.endpoint() + "statements").then().statusCode(200);
        Api.as(Api.TEACHER).accept("text/html").get("/learn/packages/" + id).then().statusCode(200)
                .body(containsString("Bạn đã hoàn thành"));

        TincanLaunch again = TincanLaunch.open(Api.TEACHER, id);
        assertEquals(l.registration(), again.registration(), "a relaunch keeps the registration");
        TincanLaunch principal = TincanLaunch.open(Api.SCHOOL_ADMIN, id);
        principal.lrs().get(principal.endpoint() + "statements?registration=" + l.registration()).then()
                .statusCode(403);
    }

    /** Builds agents for negative cases. */
    static final class ObjectNodeBuilder {
        JsonNode agent(String name) {
            return JSON.createObjectNode().set("account", JSON.createObjectNode().put("homePage", "https://hocso.edu.vn")
                    .put("name", name));
        }
    }
}
