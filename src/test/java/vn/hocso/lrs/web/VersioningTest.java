package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.lrs.web.Xapi.V1;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.agent;
import static vn.hocso.lrs.web.Xapi.json;
import static vn.hocso.lrs.web.Xapi.statement;
import static vn.hocso.lrs.web.Xapi.uuid;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The version header (Communication 3.3) and 1.0.3's alternate request syntax (Communication 1.3). */
@QuarkusTest
class VersioningTest {

    /** The test credential without a version header. */
    private static RequestSpecification noVersion() {
        return Xapi.anonymous().auth().preemptive().basic(Xapi.KEY, Xapi.SECRET);
    }

    /** GETs of every resource but /about that would succeed with a version header. */
    private static List<Response> getEveryResource() {
        String activity = activityId();
        String agent = Xapi.ifi(agent());
        return List.of(
                noVersion().get("/xapi/statements"),
                noVersion().queryParam("activityId", activity).get("/xapi/activities"),
                noVersion().queryParam("agent", agent).get("/xapi/agents"),
                noVersion().queryParam("activityId", activity).queryParam("agent", agent)
                        .get("/xapi/activities/state"),
                noVersion().queryParam("activityId", activity).get("/xapi/activities/profile"),
                noVersion().queryParam("agent", agent).get("/xapi/agents/profile"));
    }

    @Test
    @DisplayName("XAPI-00321 / XAPI-00331: a request without X-Experience-API-Version is 400 on every resource but "
            + "/about; the answer's version header is 0.95 (a pre-1.0 request)")
    void missingVersionHeaderIs400() {
        for (Response r : getEveryResource()) {
            assertEquals(400, r.statusCode(), r.asString());
            assertEquals("0.95", r.header(Xapi.VERSION));
            assertTrue(r.jsonPath().getString("message").contains("X-Experience-API-Version"), r.asString());
        }
        String id = uuid();
        noVersion().contentType("application/json").queryParam("statementId", id)
                .body(json(statement(activityId()))).put("/xapi/statements").then().statusCode(400)
                .header(Xapi.VERSION, "0.95");
        Xapi.assertNotStored(id);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0.9", "0.95", "1.1.0", "3.0.0", "2.1.0", "banana"})
    @DisplayName("XAPI-00331: an unsupported version is 400")
    void unsupportedVersionIs400(String version) {
        Xapi.as(version).get("/xapi/statements").then().statusCode(400)
                .body("message", containsString("X-Experience-API-Version"));
    }

    @ParameterizedTest(name = "{0} is answered as {1}")
    @CsvSource({"1.0, 1.0.3", "1.0.0, 1.0.3", "1.0.1, 1.0.3", "1.0.3, 1.0.3", "2.0, 2.0.0", "2.0.0, 2.0.0"})
    @DisplayName("XAPI-00333: the answer's X-Experience-API-Version is the latest patch of the request's version, on "
            + "successes and errors")
    void versionIsEchoed(String sent, String answered) {
        Xapi.as(sent).queryParam("limit", 1).get("/xapi/statements").then().statusCode(200)
                .header(Xapi.VERSION, answered);
        Xapi.as(sent).queryParam("statementId", uuid()).get("/xapi/statements").then().statusCode(404)
                .header(Xapi.VERSION, answered);
        Xapi.as(sent).contentType("application/json").body("{").post("/xapi/statements").then().statusCode(400)
                .header(Xapi.VERSION, answered);
    }

    @Test
    @DisplayName("Communication 3.3 (XAPI-00333): every LRS response carries X-Experience-API-Version, whatever its "
            + "status (200, 204, 400, 401, 404, 405, 409, 412, 413)")
    void everyResponseCarriesTheVersion() {
        Docs docs = new Docs(activityId());
        List<Response> responses = List.of(
                Xapi.v2().queryParam("limit", 1).get("/xapi/statements"),
                docs.put().header("If-None-Match", "*").put("/xapi/activities/profile"),
                Xapi.v2().queryParam("limit", "x").get("/xapi/statements"),
                Xapi.anonymous().auth().preemptive().basic(Xapi.KEY, "wrong").header(Xapi.VERSION, V2)
                        .get("/xapi/statements"),
                Xapi.v2().queryParam("statementId", uuid()).get("/xapi/statements"),
                Xapi.v2().get("/xapi/no-such-resource"),
                Xapi.v2().delete("/xapi/statements"),
                docs.put().put("/xapi/activities/profile"),
                docs.put().header("If-Match", "\"0000\"").put("/xapi/activities/profile"));
        List<Integer> statuses = new ArrayList<>();
        for (Response r : responses) {
            statuses.add(r.statusCode());
            assertEquals(V2, r.header(Xapi.VERSION), r.statusCode() + " " + r.asString());
            assertNotNull(r.header("Date"), r.statusCode() + " without Date");
        }
        assertEquals(List.of(200, 204, 400, 401, 404, 404, 405, 409, 412), statuses);

        HttpResponse<String> r = Xapi.postExpectingContinue(V2, new byte[21 * 1024 * 1024]);
        assertEquals(413, r.statusCode());
        assertEquals(Optional.of(V2), r.headers().firstValue(Xapi.VERSION),
                "the 413 answer carries no X-Experience-API-Version; headers: " + r.headers().map());
    }

    @Test
    @DisplayName("Statements are validated for the request's version: contextAgents and version 2.0.0 only in 2.0 "
            + "requests")
    void statementsAreValidatedForTheRequestVersion() {
        ObjectNode withContextAgents = Xapi.withId(statement(activityId()));
        ObjectNode contextAgent = withContextAgents.putObject("context").putArray("contextAgents").addObject();
        contextAgent.put("objectType", "contextAgent");
        contextAgent.set("agent", agent());
        ObjectNode version2 = Xapi.withId(statement(activityId()));
        version2.put("version", "2.0.0");
        for (ObjectNode s : List.of(withContextAgents, version2)) {
            Xapi.v1().contentType("application/json").body(json(s)).post("/xapi/statements").then().statusCode(400);
            Xapi.assertNotStored(s.get("id").asText());
            Xapi.post(V2, s);
        }
        assertEquals("2.0.0", Xapi.get(version2.get("id").asText()).path("version").asText());
    }

    /** An activity profile document "doc" of one activity. */
    private record Docs(String activity) {
        RequestSpecification put() {
            return Xapi.v2().queryParam("activityId", activity).queryParam("profileId", "doc")
                    .contentType("application/json").body("{\"v\":1}");
        }
    }

    // ---------------------------------------------------------------------------------------------- alternate syntax

    /** An application/x-www-form-urlencoded body of name/value pairs. */
    private static String form(String... nameValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < nameValues.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(nameValues[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(nameValues[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** POST ?method=X to /statements with the form as body. */
    private static Response alternate(RequestSpecification spec, String method, String... nameValues) {
        return spec.queryParam("method", method).contentType("application/x-www-form-urlencoded")
                .body(form(nameValues)).post("/xapi/statements");
    }

    @Test
    @DisplayName("XAPI-00336: 1.0.3 alternate syntax: a PUT sent as POST with headers and content in the form is "
            + "stored (204)")
    void alternateSyntaxPut() {
        String id = uuid();
        String activity = activityId();
        Response r = alternate(Xapi.anonymous(), "PUT", "statementId", id, "content", json(statement(activity)),
                "X-Experience-API-Version", V1, "Authorization", Xapi.basicAuthorization(),
                "Content-Type", "application/json");
        assertEquals(204, r.statusCode(), r.asString());
        assertEquals(V1, r.header(Xapi.VERSION));
        assertEquals(activity, Xapi.get(id).path("object").path("id").asText());

        String second = uuid();
        alternate(Xapi.v1(), "PUT", "statementId", second, "content", json(statement(activity))).then()
                .statusCode(204);
        Xapi.get(second);
    }

    @Test
    @DisplayName("XAPI-00148: 1.0.3 alternate syntax: a GET sent as POST returns 200 and a StatementResult")
    void alternateSyntaxGet() {
        String registration = uuid();
        String id = Xapi.post(V1, Xapi.withRegistration(statement(activityId()), registration)).get(0);
        alternate(Xapi.v1(), "GET", "registration", registration, "limit", "1").then().statusCode(200)
                .header(Xapi.CONSISTENT_THROUGH, notNullValue())
                .body("statements.id", equalTo(List.of(id))).body("more", equalTo(""));
    }

    @Test
    @DisplayName("Communication 1.3: alternate syntax misuse is 400: not sent as POST, parameters in the query "
            + "string, an unsupported version in the form, a body that is not a form")
    void alternateSyntaxMisuse() {
        String id = uuid();
        Xapi.v1().queryParam("method", "POST").contentType("application/x-www-form-urlencoded")
                .body(form("content", json(statement(activityId())))).put("/xapi/statements").then()
                .statusCode(400);
        alternate(Xapi.v1().queryParam("statementId", id), "PUT", "statementId", id, "content",
                json(statement(activityId()))).then().statusCode(400);
        alternate(Xapi.v1(), "PUT", "statementId", id, "X-Experience-API-Version", "0.8", "content",
                json(statement(activityId()))).then().statusCode(400);
        Xapi.v1().queryParam("method", "PUT").contentType("application/json")
                .body(json(statement(activityId()))).post("/xapi/statements").then().statusCode(400);
        alternate(Xapi.v1(), "PATCH", "statementId", id, "content", json(statement(activityId()))).then()
                .statusCode(400);
        Xapi.assertNotStored(id);
    }

    @Test
    @DisplayName("xAPI 2.0 (Communication 1.3 removed): the alternate request syntax is rejected with 4xx and "
            + "nothing is stored")
    void alternateSyntaxRejectedIn20() {
        String id = uuid();
        Response put = alternate(Xapi.v2(), "PUT", "statementId", id, "content", json(statement(activityId())));
        assertEquals(400, put.statusCode());
        assertTrue(put.jsonPath().getString("message").contains("2.0"), put.asString());
        alternate(Xapi.v2(), "GET", "limit", "1").then().statusCode(400);
        alternate(Xapi.anonymous(), "PUT", "statementId", id, "content", json(statement(activityId())),
                "X-Experience-API-Version", V2, "Authorization", Xapi.basicAuthorization()).then().statusCode(400);
        Xapi.assertNotStored(id);
    }

    @Test
    @DisplayName("xAPI 2.0: a form that declares X-Experience-API-Version 2.0.0 makes a 2.0 request, so the "
            + "alternate syntax is rejected even if the real header says 1.0.3")
    void alternateSyntaxWithA20FormVersionIsRejected() {
        String id = uuid();
        Response r = alternate(Xapi.v1(), "PUT", "statementId", id, "X-Experience-API-Version", V2, "content",
                json(statement(activityId())));
        assertEquals(400, r.statusCode(), "a 2.0 request through the alternate syntax was processed: "
                + r.statusCode() + " " + r.asString() + " (answered as version " + r.header(Xapi.VERSION) + ")");
        Xapi.assertNotStored(id);
    }
}
