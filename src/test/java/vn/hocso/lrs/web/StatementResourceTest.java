package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.lrs.web.Xapi.V1;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.agent;
import static vn.hocso.lrs.web.Xapi.assertNotStored;
import static vn.hocso.lrs.web.Xapi.json;
import static vn.hocso.lrs.web.Xapi.statement;
import static vn.hocso.lrs.web.Xapi.uuid;
import static vn.hocso.lrs.web.Xapi.v2;
import static vn.hocso.lrs.web.Xapi.withId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /xapi/statements}: storing (PUT, POST, batches, immutability) and reading one statement back. */
@QuarkusTest
class StatementResourceTest {

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {V1, V2})
    @DisplayName("XAPI-00147 / XAPI-00146: POST of one statement or a batch answers 200 with the ids, in order")
    void postAnswers200WithIds(String version) {
        String activity = activityId();
        List<String> single = Xapi.post(version, statement(activity));
        assertEquals(1, single.size());
        assertTrue(single.get(0).matches("[0-9a-f-]{36}"), single.get(0));

        ObjectNode withOwnId = withId(statement(activity));
        List<String> batch = Xapi.post(version, withOwnId, statement(activity));
        assertEquals(withOwnId.get("id").asText(), batch.get(0));
        assertFalse(batch.get(1).equals(batch.get(0)));
        for (String id : batch) {
            assertEquals(activity, Xapi.get(id).path("object").path("id").asText());
        }
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {V1, V2})
    @DisplayName("XAPI-00143 / XAPI-00144: PUT with statementId answers 204 without body and stores the statement")
    void putWithStatementIdAnswers204(String version) {
        String id = uuid();
        ObjectNode s = statement(activityId());
        Xapi.as(version).contentType("application/json").queryParam("statementId", id).body(json(s))
                .put("/xapi/statements").then().statusCode(204).body(equalTo(""));
        JsonNode stored = Xapi.get(id);
        assertEquals(id, stored.path("id").asText());
        assertEquals(s.get("actor").get("mbox"), stored.path("actor").path("mbox"));
    }

    @Test
    @DisplayName("XAPI-00145: PUT without statementId, or with a statementId other than the statement's id, is 400")
    void putWithoutStatementIdIs400() {
        ObjectNode s = withId(statement(activityId()));
        v2().contentType("application/json").body(json(s)).put("/xapi/statements").then().statusCode(400)
                .body("message", containsString("statementId"));
        v2().contentType("application/json").queryParam("statementId", uuid()).body(json(s))
                .put("/xapi/statements").then().statusCode(400).body("message", containsString("differs"));
        v2().contentType("application/json").queryParam("statementId", "not-a-uuid").body(json(s))
                .put("/xapi/statements").then().statusCode(400).body("message", containsString("UUID"));
        assertNotStored(s.get("id").asText());
    }

    @Test
    @DisplayName("XAPI-00142: an identical re-send is accepted (204 / 200), different content under a stored id is 409")
    void statementsAreImmutable() {
        String id = uuid();
        ObjectNode s = statement(activityId());
        s.put("id", id);
        v2().contentType("application/json").queryParam("statementId", id).body(json(s)).put("/xapi/statements")
                .then().statusCode(204);
        v2().contentType("application/json").queryParam("statementId", id).body(json(s)).put("/xapi/statements")
                .then().statusCode(204);
        assertEquals(List.of(id), Xapi.post(V2, s));
        String storedBefore = json(Xapi.get(id));

        ObjectNode changed = s.deepCopy();
        changed.set("verb", Xapi.verb(Xapi.COMPLETED));
        v2().contentType("application/json").queryParam("statementId", id).body(json(changed))
                .put("/xapi/statements").then().statusCode(409).body("message", containsString(id));
        v2().contentType("application/json").body(json(changed)).post("/xapi/statements").then().statusCode(409);
        assertEquals(storedBefore, json(Xapi.get(id)), "the stored statement is unchanged");

        ObjectNode fresh = withId(statement(activityId()));
        assertEquals(List.of(id, fresh.get("id").asText()), Xapi.post(V2, s, fresh),
                "a batch may re-send a stored statement next to new ones");
        Xapi.get(fresh.get("id").asText());
        assertEquals(storedBefore, json(Xapi.get(id)));
    }

    @Test
    @DisplayName("XAPI-00142: of concurrent PUTs of one id with different content exactly one is stored (204), the "
            + "others get 409; concurrent identical PUTs all succeed")
    void concurrentPutsOfOneId() throws Exception {
        String id = uuid();
        String activity = activityId();
        List<ObjectNode> variants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            variants.add(statement(activity));
        }
        ExecutorService pool = Executors.newFixedThreadPool(variants.size());
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (ObjectNode v : variants) {
                answers.add(pool.submit(() -> v2().contentType("application/json").queryParam("statementId", id)
                        .body(json(v)).put("/xapi/statements").statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> a : answers) {
                statuses.add(a.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(c -> c == 204).count(), statuses.toString());
            assertEquals(variants.size() - 1, statuses.stream().filter(c -> c == 409).count(), statuses.toString());
            JsonNode winner = variants.get(statuses.indexOf(204)).get("actor");
            assertEquals(winner, Xapi.get(id).get("actor"), "the stored statement is the one answered 204");

            String same = uuid();
            ObjectNode s = statement(activity);
            List<Future<Integer>> identical = new ArrayList<>();
            for (int i = 0; i < variants.size(); i++) {
                identical.add(pool.submit(() -> v2().contentType("application/json").queryParam("statementId", same)
                        .body(json(s)).put("/xapi/statements").statusCode()));
            }
            for (Future<Integer> a : identical) {
                assertEquals(204, a.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("XAPI-00326: a batch with one invalid statement is rejected whole, nothing of it is stored")
    void batchWithOneInvalidStatementStoresNothing() {
        ObjectNode valid = withId(statement(activityId()));
        ObjectNode invalid = withId(statement(activityId()));
        invalid.remove("verb");
        String body = json(Xapi.JSON.createArrayNode().add(valid).add(invalid));
        v2().contentType("application/json").body(body).post("/xapi/statements").then().statusCode(400)
                .body("message", containsString("statements[1]"));
        assertNotStored(valid.get("id").asText());
        assertNotStored(invalid.get("id").asText());
    }

    @Test
    @DisplayName("XAPI-00182: a batch using the same id twice is 400 and stores nothing")
    void batchWithDuplicateIdsIs400() {
        ObjectNode first = withId(statement(activityId()));
        ObjectNode second = statement(activityId());
        second.put("id", first.get("id").asText());
        ObjectNode other = withId(statement(activityId()));
        String body = json(Xapi.JSON.createArrayNode().add(other).add(first).add(second));
        v2().contentType("application/json").body(body).post("/xapi/statements").then().statusCode(400)
                .body("message", containsString("twice"));
        assertNotStored(first.get("id").asText());
        assertNotStored(other.get("id").asText());
    }

    @Test
    @DisplayName("XAPI-00182: a batch conflicting with a stored statement is 409 and stores none of its statements")
    void batchConflictingWithStoredStatementStoresNothing() {
        ObjectNode stored = withId(statement(activityId()));
        Xapi.post(V2, stored);
        ObjectNode conflicting = statement(activityId());
        conflicting.put("id", stored.get("id").asText());
        ObjectNode fresh = withId(statement(activityId()));
        String body = json(Xapi.JSON.createArrayNode().add(fresh).add(conflicting));
        v2().contentType("application/json").body(body).post("/xapi/statements").then().statusCode(409);
        assertNotStored(fresh.get("id").asText());
    }

    @Test
    @DisplayName("XAPI-00156 / XAPI-00165: GET by statementId returns that statement as application/json; "
            + "voidedStatementId of a statement that is not voided and unknown ids are 404")
    void getByStatementId() {
        String id = Xapi.post(statement(activityId()));
        v2().queryParam("statementId", id).get("/xapi/statements").then().statusCode(200)
                .contentType(startsWith("application/json")).body("id", equalTo(id));
        v2().queryParam("statementId", id.toUpperCase()).get("/xapi/statements").then().statusCode(200)
                .body("id", equalTo(id));
        v2().queryParam("voidedStatementId", id).get("/xapi/statements").then().statusCode(404)
                .body("message", containsString(id));
        v2().queryParam("statementId", uuid()).get("/xapi/statements").then().statusCode(404);
        v2().queryParam("statementId", "42").get("/xapi/statements").then().statusCode(400);
    }

    @ParameterizedTest(name = "statementId with {0}")
    @ValueSource(strings = {"agent", "verb", "activity", "registration", "related_activities", "related_agents",
        "since", "until", "limit", "ascending"})
    @DisplayName("XAPI-00151: statementId with any parameter other than attachments or format is 400")
    void statementIdWithOtherParameterIs400(String parameter) {
        String id = Xapi.post(statement(activityId()));
        Response r = v2().queryParam("statementId", id).queryParam(parameter, valueOf(parameter))
                .get("/xapi/statements");
        assertEquals(400, r.statusCode(), r.asString());
        Xapi.consistentThrough(r);
    }

    @ParameterizedTest(name = "voidedStatementId with {0}")
    @ValueSource(strings = {"agent", "verb", "activity", "registration", "related_activities", "related_agents",
        "since", "until", "limit", "ascending", "statementId"})
    @DisplayName("XAPI-00150: voidedStatementId with any parameter other than attachments or format is 400")
    void voidedStatementIdWithOtherParameterIs400(String parameter) {
        String target = Xapi.post(statement(activityId()));
        Xapi.post(Xapi.voiding(agent(), target));
        v2().queryParam("voidedStatementId", target).get("/xapi/statements").then().statusCode(200);
        v2().queryParam("voidedStatementId", target).queryParam(parameter, valueOf(parameter))
                .get("/xapi/statements").then().statusCode(400);
    }

    @Test
    @DisplayName("XAPI-00151 / XAPI-00150: statementId or voidedStatementId with format and attachments is accepted")
    void statementIdWithFormatAndAttachmentsIsAccepted() {
        String target = Xapi.post(statement(activityId()));
        v2().queryParam("statementId", target).queryParam("format", "ids").queryParam("attachments", "false")
                .get("/xapi/statements").then().statusCode(200).body("id", equalTo(target));
        Xapi.post(Xapi.voiding(agent(), target));
        v2().queryParam("voidedStatementId", target).queryParam("format", "exact")
                .queryParam("attachments", "false").get("/xapi/statements").then().statusCode(200)
                .body("id", equalTo(target));
    }

    private static String valueOf(String parameter) {
        return switch (parameter) {
            case "agent" -> Xapi.ifi(agent());
            case "verb" -> Xapi.EXPERIENCED;
            case "activity" -> activityId();
            case "registration", "statementId" -> uuid();
            case "since", "until" -> "2020-01-01T00:00:00Z";
            case "limit" -> "1";
            default -> "true";
        };
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {V1, V2})
    @DisplayName("XAPI-00099 / XAPI-00097: the LRS sets authority from the credential, and stored, version and "
            + "timestamp itself")
    void lrsSetsAuthorityStoredVersionAndTimestamp(String version) {
        ObjectNode s = statement(activityId());
        s.put("stored", "2001-02-03T04:05:06.000Z");
        ObjectNode fakeAuthority = s.putObject("authority");
        fakeAuthority.put("objectType", "Agent");
        fakeAuthority.put("mbox", "mailto:impostor@example.com");
        Instant before = Instant.now().minusSeconds(2);
        String id = Xapi.post(version, s).get(0);
        JsonNode stored = Xapi.get(id);

        JsonNode authority = stored.path("authority");
        assertEquals("Agent", authority.path("objectType").asText());
        assertEquals(Xapi.HOME_PAGE, authority.path("account").path("homePage").asText());
        assertEquals("lrs:" + Xapi.KEY, authority.path("account").path("name").asText());
        assertFalse(authority.has("mbox"), "the authority sent by the client is replaced");

        Instant storedAt = Instant.parse(stored.path("stored").asText());
        assertTrue(storedAt.isAfter(before) && storedAt.isBefore(Instant.now().plusSeconds(2)),
                "stored is the time the LRS stored it, not the client's: " + storedAt);
        assertEquals(stored.path("stored").asText(), stored.path("timestamp").asText(),
                "timestamp defaults to stored");
        assertEquals(V1.equals(version) ? "1.0.0" : "2.0.0", stored.path("version").asText());
    }

    @Test
    @DisplayName("XAPI-00096: a single context activity is stored and returned as an array; a re-send is still 'the "
            + "same' statement")
    void contextActivitiesComeBackAsArrays() {
        ObjectNode s = withId(statement(activityId()));
        String parent = activityId();
        s.putObject("context").putObject("contextActivities").set("parent", Xapi.activity(parent));
        Xapi.post(V2, s);
        JsonNode stored = Xapi.get(s.get("id").asText());
        JsonNode parents = stored.path("context").path("contextActivities").path("parent");
        assertTrue(parents.isArray(), parents.toString());
        assertEquals(parent, parents.get(0).path("id").asText());
        assertEquals(List.of(s.get("id").asText()), Xapi.post(V2, s), "identical re-send is accepted");
    }

    @Test
    @DisplayName("XAPI-00014: malformed JSON is 400 naming the problem, and nothing is stored")
    void malformedJsonIs400() {
        String id = uuid();
        String broken = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:a@b.vn\"},\"verb\":";
        v2().contentType("application/json").body(broken).post("/xapi/statements").then().statusCode(400)
                .body("error", equalTo(true)).body("message", containsString("not valid JSON"));
        String duplicateKey = json(statement(activityId())).replaceFirst("\\{", "{\"id\":\"" + id + "\",\"id\":\""
                + id + "\",");
        v2().contentType("application/json").body(duplicateKey).post("/xapi/statements").then().statusCode(400)
                .body("message", containsString("Duplicate field 'id'"));
        v2().contentType("text/plain").body(json(withId(statement(activityId())))).post("/xapi/statements")
                .then().statusCode(400).body("message", containsString("application/json"));
        assertNotStored(id);
    }

    @Test
    @DisplayName("XAPI-00012: parameters are validated like statement values (statementId, since, limit, format, "
            + "agent)")
    void badParameterValuesAre400() {
        for (String[] p : new String[][] {{"since", "yesterday"}, {"until", "2020-01-01"}, {"limit", "-1"},
            {"limit", "ten"}, {"format", "full"}, {"agent", "{\"mbox\":\"bob@example.com\"}"}, {"agent", "not json"},
            {"verb", "experienced"}, {"activity", "lesson-1"}, {"registration", "nope"}, {"ascending", "yes"},
            {"attachments", "1"}}) {
            Response r = v2().queryParam(p[0], p[1]).get("/xapi/statements");
            assertEquals(400, r.statusCode(), p[0] + "=" + p[1] + ": " + r.asString());
            assertTrue(r.jsonPath().getString("message").contains(p[0]), r.asString());
        }
    }

    @Test
    @DisplayName("Communication 3.2 (413): a request body over 20 MB is refused with 413 and not stored")
    void oversizedBodyIs413() {
        String id = uuid();
        ObjectNode s = statement(activityId());
        s.put("id", id);
        s.putObject("result").put("response", "x".repeat(21 * 1024 * 1024));
        HttpResponse<String> r = Xapi.postExpectingContinue(V2, Xapi.utf8(json(s)));
        assertEquals(413, r.statusCode(), r.body());
        assertNotStored(id);
    }

    @Test
    @DisplayName("Statements cannot be deleted (405); they are voided instead")
    void deleteIsNotAllowed() {
        String id = Xapi.post(statement(activityId()));
        v2().queryParam("statementId", id).delete("/xapi/statements").then().statusCode(405)
                .body("message", containsString("void"));
        Xapi.get(id);
    }

    @Test
    @DisplayName("XAPI-00153: the Consistent-Through time covers a statement as soon as its POST was answered")
    void consistentThroughCoversAcknowledgedStatements() {
        String id = Xapi.post(statement(activityId()));
        Response r = v2().queryParam("statementId", id).get("/xapi/statements");
        Instant stored = Instant.parse(r.jsonPath().getString("stored"));
        Instant through = Xapi.consistentThrough(r);
        assertFalse(through.isBefore(stored), through + " is before the stored time " + stored);
        assertTrue(Duration.between(stored, Instant.now()).toSeconds() < 60);
    }
}
