package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.lrs.web.Xapi.V1;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.activity;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.agent;
import static vn.hocso.lrs.web.Xapi.ids;
import static vn.hocso.lrs.web.Xapi.ifi;
import static vn.hocso.lrs.web.Xapi.params;
import static vn.hocso.lrs.web.Xapi.query;
import static vn.hocso.lrs.web.Xapi.queryIds;
import static vn.hocso.lrs.web.Xapi.statement;
import static vn.hocso.lrs.web.Xapi.uuid;
import static vn.hocso.lrs.web.Xapi.v2;
import static vn.hocso.lrs.web.Xapi.withRegistration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code GET /xapi/statements} as a query: every filter, formats, ordering, paging, and the headers of GETs. */
@QuarkusTest
class StatementQueryTest {

    /** Posts statements one request at a time, a few milliseconds apart (distinct stored times), in this order. */
    private static List<String> postApart(ObjectNode... statements) {
        List<String> ids = new ArrayList<>();
        for (ObjectNode s : statements) {
            ids.add(Xapi.post(s));
            sleep(5);
        }
        return ids;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Three statements of one fresh registration, stored in this order. */
    private static List<String> threeInARegistration(String registration) {
        String activity = activityId();
        return postApart(withRegistration(statement(activity), registration),
                withRegistration(statement(activity), registration),
                withRegistration(statement(activity), registration));
    }

    @Test
    @DisplayName("XAPI-00181 / XAPI-00176 / XAPI-00164: agent matches actor or object; related_agents also "
            + "instructor and the like")
    void agentAndRelatedAgents() {
        ObjectNode a = agent();
        ObjectNode b = agent();
        String x = activityId();
        ObjectNode aDidX = statement(a, x);
        ObjectNode bDidX = statement(b, x);
        ObjectNode bMetA = statement(b, Xapi.EXPERIENCED, a);
        ObjectNode bDidXTaughtByA = Xapi.withInstructor(statement(b, x), a);
        List<String> ids = Xapi.post(V2, aDidX, bDidX, bMetA, bDidXTaughtByA);

        assertEquals(List.of(ids.get(2), ids.get(0)), queryIds(params("agent", ifi(a))));
        assertEquals(List.of(ids.get(3), ids.get(2), ids.get(0)),
                queryIds(params("agent", ifi(a), "related_agents", "true")));
        assertEquals(List.of(ids.get(3), ids.get(2), ids.get(1)), queryIds(params("agent", ifi(b))));
        assertEquals(List.of(ids.get(2), ids.get(0)), queryIds(params("agent", Xapi.json(a))),
                "the agent parameter may carry the name too");
    }

    @Test
    @DisplayName("XAPI-00179 / XAPI-00177: activity matches the object; related_activities also context and "
            + "sub-statement activities")
    void activityAndRelatedActivities() {
        ObjectNode actor = agent();
        String x = activityId();
        ObjectNode didX = statement(actor, x);
        ObjectNode inX = Xapi.withContextActivity(statement(actor, activityId()), "parent", x);
        ObjectNode sub = statement(actor, x);
        sub.put("objectType", "SubStatement");
        ObjectNode plansX = statement(actor, "http://adlnet.gov/expapi/verbs/planned", sub);
        List<String> ids = Xapi.post(V2, didX, inX, plansX);

        assertEquals(List.of(ids.get(0)), queryIds(params("activity", x)));
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)),
                queryIds(params("activity", x, "related_activities", "true")));
        assertEquals(List.of(ids.get(0)), queryIds(params("activity", x, "related_activities", "false")));
    }

    @Test
    @DisplayName("XAPI-00180 / XAPI-00178 / XAPI-00164: verb and registration filters, alone and combined")
    void verbAndRegistration() {
        String registration = uuid();
        String activity = activityId();
        ObjectNode experienced = withRegistration(statement(activity), registration);
        ObjectNode completed = withRegistration(statement(agent(), Xapi.COMPLETED, activity(activity)),
                registration);
        ObjectNode elsewhere = statement(agent(), Xapi.COMPLETED, activity(activity));
        List<String> ids = Xapi.post(V2, experienced, completed, elsewhere);

        assertEquals(List.of(ids.get(1), ids.get(0)), queryIds(params("registration", registration)));
        assertEquals(List.of(ids.get(1)), queryIds(params("registration", registration, "verb", Xapi.COMPLETED)));
        assertEquals(List.of(ids.get(2), ids.get(1)), queryIds(params("activity", activity, "verb",
                Xapi.COMPLETED)));
        assertEquals(List.of(), queryIds(params("registration", uuid())));
    }

    @Test
    @DisplayName("XAPI-00175 / XAPI-00174: since is exclusive, until inclusive, both on the stored time")
    void sinceAndUntil() {
        String registration = uuid();
        List<String> ids = threeInARegistration(registration);
        String stored1 = Xapi.get(ids.get(0)).path("stored").asText();
        String stored2 = Xapi.get(ids.get(1)).path("stored").asText();

        assertEquals(List.of(ids.get(2), ids.get(1)), queryIds(params("registration", registration,
                "since", stored1)));
        assertEquals(List.of(ids.get(1), ids.get(0)), queryIds(params("registration", registration,
                "until", stored2)));
        assertEquals(List.of(ids.get(1)), queryIds(params("registration", registration, "since", stored1,
                "until", stored2)));
        String inHanoi = Instant.parse(stored1).atOffset(ZoneOffset.ofHours(7)).toString();
        assertEquals(List.of(ids.get(2), ids.get(1)), queryIds(params("registration", registration,
                "since", inHanoi)), "a since with a +07:00 offset means the same instant");
    }

    @Test
    @DisplayName("XAPI-00166: newest first by default, oldest first with ascending=true")
    void ascending() {
        String registration = uuid();
        List<String> ids = threeInARegistration(registration);
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), queryIds(params("registration", registration)));
        assertEquals(ids, queryIds(params("registration", registration, "ascending", "true")));
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), queryIds(params("registration", registration,
                "ascending", "false")));
    }

    @Test
    @DisplayName("XAPI-00173 / XAPI-00109: limit bounds the page; limit=0 means the server maximum")
    void limit() {
        String registration = uuid();
        List<String> ids = threeInARegistration(registration);
        ObjectNode page = query(params("registration", registration, "limit", "2"));
        assertEquals(List.of(ids.get(2), ids.get(1)), ids(page));
        assertFalse(page.path("more").asText().isEmpty(), "a next page is announced");

        ObjectNode exact = query(params("registration", registration, "limit", "3"));
        assertEquals(3, exact.path("statements").size());
        assertEquals("", exact.path("more").asText(), "no next page when the page holds the last statement");

        ObjectNode all = query(params("registration", registration, "limit", "0"));
        assertEquals(List.of(ids.get(2), ids.get(1), ids.get(0)), ids(all));
        assertEquals("", all.path("more").asText(), "more is an empty string when everything was returned");
    }

    @Test
    @DisplayName("XAPI-00113 / XAPI-00110 / XAPI-00149: a StatementResult has exactly statements (an array) and "
            + "more, even when nothing matches")
    void emptyStatementResult() {
        ObjectNode result = query(params("activity", activityId()));
        assertEquals(List.of("statements", "more"), fieldNames(result));
        assertTrue(result.get("statements").isArray());
        assertEquals(0, result.get("statements").size());
        assertEquals("", result.get("more").asText());
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @ParameterizedTest(name = "xAPI {0}")
    @ValueSource(strings = {V1, V2})
    @DisplayName("XAPI-00108 / XAPI-00114: following more returns every statement exactly once, in order, across "
            + "several pages (keyset paging: a statement stored meanwhile shifts nothing)")
    void pagingReturnsEveryStatementOnce(String version) {
        String registration = uuid();
        String activity = activityId();
        ObjectNode[] batch = new ObjectNode[7];
        for (int i = 0; i < batch.length; i++) {
            batch[i] = withRegistration(statement(activity), registration);
        }
        List<String> posted = Xapi.post(version, batch);

        for (boolean ascending : new boolean[] {false, true}) {
            List<String> seen = new ArrayList<>();
            List<Integer> pageSizes = new ArrayList<>();
            Response r = Xapi.as(version).queryParam("registration", registration).queryParam("limit", 3)
                    .queryParam("ascending", ascending).get("/xapi/statements");
            while (true) {
                assertEquals(200, r.statusCode(), r.asString());
                JsonNode page = Xapi.parse(r.asString());
                seen.addAll(ids(page));
                pageSizes.add(page.get("statements").size());
                String more = page.path("more").asText();
                if (more.isEmpty()) {
                    break;
                }
                assertTrue(more.startsWith("/xapi/statements?"), "more is a relative IRL: " + more);
                if (pageSizes.size() == 1) {
                    Xapi.post(version, withRegistration(statement(activity), registration));
                }
                assertTrue(pageSizes.size() < 10, "paging does not end");
                r = Xapi.more(version, more);
            }
            List<String> expected = new ArrayList<>(posted);
            if (!ascending) {
                Collections.reverse(expected);
                assertEquals(List.of(3, 3, 1), pageSizes);
                assertEquals(expected, seen);
            } else {
                assertEquals(expected, seen.subList(0, 7), "ascending pages: the original seven, in order");
                assertEquals(seen.size(), new HashSet<>(seen).size(), "no statement twice: " + seen);
            }
        }
    }

    @Test
    @DisplayName("XAPI-00168 / XAPI-00170: format absent or exact returns statements exactly as received")
    void formatExact() {
        ObjectNode s = statement(agent(), Xapi.EXPERIENCED, activity(activityId(), "en-US", "Lesson one"));
        String id = Xapi.post(s);
        for (Map<String, Object> p : List.of(params("statementId", id), params("statementId", id, "format",
                "exact"))) {
            JsonNode got = query(p);
            assertEquals(s.get("actor"), got.get("actor"));
            assertEquals(s.get("verb"), got.get("verb"));
            assertEquals(s.get("object"), got.get("object"));
        }
    }

    @Test
    @DisplayName("XAPI-00171: format=ids keeps only the identifiers of agents, verbs and activities")
    void formatIds() {
        ObjectNode actor = agent();
        ObjectNode s = statement(actor, Xapi.EXPERIENCED, activity(activityId(), "en-US", "Lesson one"));
        String id = Xapi.post(s);
        JsonNode got = query(params("statementId", id, "format", "ids"));
        assertEquals(actor.get("mbox"), got.path("actor").get("mbox"));
        assertFalse(got.path("actor").has("name"), got.toString());
        assertEquals(List.of("id"), fieldNames(got.get("verb")));
        assertEquals(s.path("object").get("id"), got.path("object").get("id"));
        assertFalse(got.path("object").has("definition"), got.toString());
        assertFalse(got.path("authority").has("name"), got.toString());

        JsonNode page = query(params("activity", s.path("object").path("id").asText(), "format", "ids"));
        assertFalse(page.path("statements").get(0).path("object").has("definition"));
    }

    @Test
    @DisplayName("XAPI-00169 / XAPI-00172: format=canonical returns the LRS's canonical definitions in the one "
            + "language Accept-Language asks for; other formats ignore Accept-Language")
    void formatCanonical() {
        String x = activityId();
        ObjectNode first = activity(x, "en-US", "Lesson one");
        ((ObjectNode) first.get("definition").get("name")).put("vi-VN", "Bài một");
        String id = Xapi.post(statement(agent(), Xapi.EXPERIENCED, first));
        Xapi.post(statement(agent(), Xapi.EXPERIENCED, activity(x, "en-US", "Lesson 1 (renamed)")));

        JsonNode vi = Xapi.parse(v2().header("Accept-Language", "vi-VN").queryParam("statementId", id)
                .queryParam("format", "canonical").get("/xapi/statements").then().statusCode(200).extract().asString());
        assertEquals("{\"vi-VN\":\"Bài một\"}", Xapi.json(vi.path("object").path("definition").path("name")));
        assertEquals("{\"vi-VN\":\"đã thực hiện\"}", Xapi.json(vi.path("verb").path("display")));

        JsonNode en = Xapi.parse(v2().header("Accept-Language", "en-US, vi;q=0.5").queryParam("statementId", id)
                .queryParam("format", "canonical").get("/xapi/statements").then().statusCode(200).extract().asString());
        assertEquals("{\"en-US\":\"Lesson 1 (renamed)\"}",
                Xapi.json(en.path("object").path("definition").path("name")), "the canonical (latest) definition");
        assertEquals(1, en.path("verb").path("display").size());

        JsonNode exact = Xapi.parse(v2().header("Accept-Language", "vi-VN").queryParam("statementId", id)
                .get("/xapi/statements").then().statusCode(200).extract().asString());
        assertEquals(first.get("definition"), exact.path("object").path("definition"),
                "without format=canonical the statement is returned as received");
        assertEquals(2, exact.path("verb").path("display").size());
    }

    @Test
    @DisplayName("XAPI-00172: Accept-Language is matched as HTTP defines it (RFC 7231 5.3.5, basic filtering): "
            + "'vi' chooses the 'vi-VN' entry")
    void formatCanonicalMatchesLanguagePrefixes() {
        ObjectNode lesson = activity(activityId(), "en-US", "Lesson one");
        ((ObjectNode) lesson.get("definition").get("name")).put("vi-VN", "Bài một");
        String id = Xapi.post(statement(agent(), Xapi.EXPERIENCED, lesson));
        JsonNode vi = Xapi.parse(v2().header("Accept-Language", "vi").queryParam("statementId", id)
                .queryParam("format", "canonical").get("/xapi/statements").then().statusCode(200).extract().asString());
        assertEquals("{\"vi-VN\":\"đã thực hiện\"}", Xapi.json(vi.path("verb").path("display")));
        assertEquals("{\"vi-VN\":\"Bài một\"}", Xapi.json(vi.path("object").path("definition").path("name")));
    }

    @Test
    @DisplayName("XAPI-00325: unknown parameters, parameters in another case, and repeated parameters are 400")
    void unknownParametersAre400() {
        v2().queryParam("foo", "bar").get("/xapi/statements").then().statusCode(400)
                .body("message", containsString("foo"));
        v2().queryParam("Verb", Xapi.EXPERIENCED).get("/xapi/statements").then().statusCode(400)
                .body("message", containsString("Verb"));
        v2().queryParam("StatementId", uuid()).get("/xapi/statements").then().statusCode(400);
        v2().queryParam("limit", 1).queryParam("limit", 2).get("/xapi/statements").then().statusCode(400)
                .body("message", containsString("more than once"));
    }

    @Test
    @DisplayName("XAPI-00153: X-Experience-API-Consistent-Through is on every statements GET and HEAD, errors included")
    void consistentThroughOnEveryGet() {
        String registration = uuid();
        String id = Xapi.post(withRegistration(statement(activityId()), registration));
        List<Response> responses = List.of(
                v2().get("/xapi/statements"),
                v2().queryParam("registration", registration).queryParam("limit", 1).get("/xapi/statements"),
                v2().queryParam("statementId", id).get("/xapi/statements"),
                v2().queryParam("statementId", id).queryParam("attachments", true).get("/xapi/statements"),
                v2().queryParam("statementId", uuid()).get("/xapi/statements"),
                v2().queryParam("bogus", 1).get("/xapi/statements"),
                Xapi.v1().queryParam("registration", registration).get("/xapi/statements"),
                Xapi.anonymous().auth().preemptive().basic(Xapi.KEY, "wrong").header(Xapi.VERSION, V2)
                        .get("/xapi/statements"),
                Xapi.anonymous().auth().preemptive().basic(Xapi.KEY, Xapi.SECRET).get("/xapi/statements"),
                v2().queryParam("statementId", id).head("/xapi/statements"));
        List<Integer> statuses = new ArrayList<>();
        for (Response r : responses) {
            statuses.add(r.statusCode());
            Xapi.consistentThrough(r);
        }
        assertEquals(List.of(200, 200, 200, 200, 404, 400, 200, 401, 400, 200), statuses);
    }

    @Test
    @DisplayName("xAPI 2.0 Last-Modified: a statement GET carries its stored time; a query the latest stored time "
            + "of its page")
    void lastModified() {
        String registration = uuid();
        List<String> ids = threeInARegistration(registration);
        JsonNode newest = Xapi.get(ids.get(2));

        Response one = v2().queryParam("statementId", ids.get(0)).get("/xapi/statements");
        Instant stored = Instant.parse(one.jsonPath().getString("stored"));
        assertEquals(stored.truncatedTo(ChronoUnit.SECONDS), httpDate(one.header("Last-Modified")));

        Response page = v2().queryParam("registration", registration).get("/xapi/statements");
        assertEquals(Instant.parse(newest.path("stored").asText()).truncatedTo(ChronoUnit.SECONDS),
                httpDate(page.header("Last-Modified")));
    }

    private static Instant httpDate(String value) {
        assertNotNull(value, "Last-Modified header");
        return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    @Test
    @DisplayName("XAPI-00126 / XAPI-00125: HEAD answers like GET (status and headers) without a body")
    void headIsGetWithoutBody() {
        String id = Xapi.post(statement(activityId()));
        Response get = v2().queryParam("statementId", id).get("/xapi/statements");
        Response head = v2().queryParam("statementId", id).head("/xapi/statements");
        assertEquals(200, head.statusCode());
        assertEquals("", head.asString());
        assertEquals(get.header("Last-Modified"), head.header("Last-Modified"));
        assertEquals(V2, head.header(Xapi.VERSION));
        assertTrue(head.contentType().startsWith("application/json"), head.contentType());

        v2().queryParam("limit", 1).head("/xapi/statements").then().statusCode(200).body(emptyString());
        v2().queryParam("statementId", uuid()).head("/xapi/statements").then().statusCode(404).body(emptyString());
        v2().queryParam("limit", "x").head("/xapi/statements").then().statusCode(400).body(emptyString());
        v2().queryParam("statementId", id).get("/xapi/statements").then().body("id", equalTo(id));
    }
}
