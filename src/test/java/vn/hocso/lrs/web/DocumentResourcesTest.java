package vn.hocso.lrs.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.hocso.lrs.web.Xapi.V1;
import static vn.hocso.lrs.web.Xapi.V2;
import static vn.hocso.lrs.web.Xapi.activityId;
import static vn.hocso.lrs.web.Xapi.agent;
import static vn.hocso.lrs.web.Xapi.ifi;
import static vn.hocso.lrs.web.Xapi.params;
import static vn.hocso.lrs.web.Xapi.sha1;
import static vn.hocso.lrs.web.Xapi.utf8;
import static vn.hocso.lrs.web.Xapi.uuid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The State, Activity Profile and Agent Profile resources: CRUD, merge, id lists, and optimistic concurrency. */
@QuarkusTest
class DocumentResourcesTest {

    /** The three document resources, each with fresh identifying parameters per {@link #fresh()}. */
    enum Kind {
        STATE("/xapi/activities/state", "stateId"),
        ACTIVITY_PROFILE("/xapi/activities/profile", "profileId"),
        AGENT_PROFILE("/xapi/agents/profile", "profileId");

        final String path;
        final String idParam;

        Kind(String path, String idParam) {
            this.path = path;
            this.idParam = idParam;
        }

        /** A fresh document set of this resource (its own activity and/or agent). */
        Docs fresh() {
            return switch (this) {
                case STATE -> new Docs(this, params("activityId", activityId(), "agent", ifi(agent())));
                case ACTIVITY_PROFILE -> new Docs(this, params("activityId", activityId()));
                case AGENT_PROFILE -> new Docs(this, params("agent", ifi(agent())));
            };
        }
    }

    /** One set of documents (same activity / agent / registration) of one resource. */
    record Docs(Kind kind, Map<String, Object> params) {

        RequestSpecification request(String version) {
            return Xapi.as(version).queryParams(params);
        }

        RequestSpecification one(String version, String docId) {
            return request(version).queryParam(kind.idParam, docId);
        }

        Response put(String version, String docId, String body, String... headers) {
            return withHeaders(one(version, docId), headers).contentType("application/json").body(body)
                    .put(kind.path);
        }

        Response post(String version, String docId, String body, String... headers) {
            return withHeaders(one(version, docId), headers).contentType("application/json").body(body)
                    .post(kind.path);
        }

        Response delete(String version, String docId, String... headers) {
            return withHeaders(docId == null ? request(version) : one(version, docId), headers).delete(kind.path);
        }

        Response get(String docId) {
            return one(V2, docId).get(kind.path);
        }

        String content(String docId) {
            return get(docId).then().statusCode(200).extract().asString();
        }

        String etag(String docId) {
            return get(docId).then().statusCode(200).extract().header("ETag");
        }

        Set<String> ids(Object... extraParams) {
            Response r = request(V2).queryParams(Xapi.params(extraParams)).get(kind.path);
            assertEquals(200, r.statusCode(), r.asString());
            return new HashSet<>(r.jsonPath().getList("", String.class));
        }

        private static RequestSpecification withHeaders(RequestSpecification r, String... headers) {
            for (int i = 0; i < headers.length; i += 2) {
                r.header(headers[i], headers[i + 1]);
            }
            return r;
        }
    }

    /** A JSON body for PUT and POST; none for GET and DELETE. */
    private static RequestSpecification withBody(String method, RequestSpecification r) {
        return method.startsWith("P") ? r.contentType("application/json").body("{}") : r;
    }

    private static String quotedSha1(String content) {
        return "\"" + sha1(utf8(content)) + "\"";
    }

    private static void pause() {
        try {
            Thread.sleep(10);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    @DisplayName("XAPI-00190 / XAPI-00192 / XAPI-00189 / XAPI-00233 / XAPI-00193 / XAPI-00191 / XAPI-00194: State "
            + "PUT, GET, POST merge, POST create, id list, DELETE one, DELETE all")
    void stateLifecycle() {
        Docs state = Kind.STATE.fresh();
        state.put(V2, "bookmark", "{\"page\":3}").then().statusCode(204).body(emptyString());
        state.get("bookmark").then().statusCode(200).contentType(startsWith("application/json"))
                .header("ETag", quotedSha1("{\"page\":3}")).header("Last-Modified", notNullValue())
                .body("page", equalTo(3));

        String sameAgentOtherName = ((String) state.params().get("agent")).replace("{", "{\"name\":\"Tên khác\",");
        Xapi.v2().queryParam("activityId", state.params().get("activityId")).queryParam("agent", sameAgentOtherName)
                .queryParam("stateId", "bookmark").get(Kind.STATE.path).then().statusCode(200)
                .body("page", equalTo(3));
        state.post(V2, "bookmark", "{\"seconds\":42}").then().statusCode(204);
        assertEquals("{\"page\":3,\"seconds\":42}", state.content("bookmark"));
        state.post(V2, "answers", "{\"q1\":\"b\"}").then().statusCode(204);
        assertEquals("{\"q1\":\"b\"}", state.content("answers"));
        assertEquals(Set.of("bookmark", "answers"), state.ids());

        state.delete(V2, "bookmark").then().statusCode(204);
        state.get("bookmark").then().statusCode(404);
        assertEquals(Set.of("answers"), state.ids());
        state.put(V2, "third", "{}").then().statusCode(204);
        state.delete(V2, null).then().statusCode(204);
        assertEquals(Set.of(), state.ids());
        state.get("answers").then().statusCode(404);
    }

    @Test
    @DisplayName("XAPI-00195 / XAPI-00294 / XAPI-00275: the id list with since only names documents changed after it")
    void idsSince() {
        for (Kind kind : Kind.values()) {
            Docs docs = kind.fresh();
            docs.put(V2, "old", "{\"n\":1}").then().statusCode(204);
            pause();
            Instant between = Instant.now();
            pause();
            docs.put(V2, "new", "{\"n\":2}").then().statusCode(204);
            assertEquals(Set.of("old", "new"), docs.ids(), kind.name());
            assertEquals(Set.of("new"), docs.ids("since", between.toString()), kind.name());
            docs.request(V2).queryParam("since", "last week").get(kind.path).then().statusCode(400)
                    .body("message", containsString("since"));
        }
    }

    @Test
    @DisplayName("Communication 2.3: State documents of different registrations are separate, also for DELETE all")
    void stateRegistrationsAreSeparate() {
        Docs plain = Kind.STATE.fresh();
        String registration = uuid();
        Docs registered = new Docs(Kind.STATE, params("activityId", plain.params().get("activityId"), "agent",
                plain.params().get("agent"), "registration", registration));
        plain.put(V2, "progress", "{\"of\":\"none\"}").then().statusCode(204);
        registered.put(V2, "progress", "{\"of\":\"registration\"}").then().statusCode(204);

        assertEquals("{\"of\":\"none\"}", plain.content("progress"));
        assertEquals("{\"of\":\"registration\"}", registered.content("progress"));
        assertEquals(Set.of("progress"), registered.ids());

        registered.delete(V2, null).then().statusCode(204);
        registered.get("progress").then().statusCode(404);
        assertEquals("{\"of\":\"none\"}", plain.content("progress"));
    }

    @Test
    @DisplayName("XAPI-00197 / XAPI-00198 / XAPI-00196 / XAPI-00201 / XAPI-00202 / XAPI-00203 / XAPI-00200: State "
            + "rejects an agent that is not JSON and a registration that is not a UUID")
    void stateParameterErrors() {
        String activity = activityId();
        String agent = ifi(agent());
        for (String method : List.of("GET", "PUT", "POST", "DELETE")) {
            withBody(method, Xapi.v2().queryParams(params("activityId", activity, "agent",
                    "mailto:someone@example.com", "stateId", "s"))).request(method, "/xapi/activities/state")
                    .then().statusCode(400).body("message", containsString("agent"));
            withBody(method, Xapi.v2().queryParams(params("activityId", activity, "agent", agent, "stateId", "s",
                    "registration", "not-a-uuid"))).request(method, "/xapi/activities/state").then().statusCode(400)
                    .body("message", containsString("registration"));
        }
        Xapi.v2().queryParams(params("agent", agent, "stateId", "s")).get("/xapi/activities/state").then()
                .statusCode(400).body("message", containsString("activityId"));
        Xapi.v2().queryParams(params("activityId", "lesson-1", "agent", agent, "stateId", "s"))
                .get("/xapi/activities/state").then().statusCode(400).body("message", containsString("IRI"));
        Xapi.v2().queryParams(params("activityId", activity, "stateId", "s")).get("/xapi/activities/state")
                .then().statusCode(400).body("message", containsString("agent"));
        Xapi.v2().queryParams(params("activityId", activity, "agent", agent, "profileId", "s"))
                .get("/xapi/activities/state").then().statusCode(400).body("message", containsString("profileId"));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    @DisplayName("XAPI-00322 (2.0: State included): ETag is the quoted SHA-1; If-Match / If-None-Match that do not "
            + "hold are 412; PUT without either on an existing document is 409; nothing changes on refusal")
    void optimisticConcurrency(Kind kind) {
        Docs docs = kind.fresh();
        String original = "{\"name\":\"original\"}";
        String updated = "{\"name\":\"updated\"}";
        docs.put(V2, "doc", original, "If-Match", "\"" + sha1(utf8(original)) + "\"").then().statusCode(412);
        docs.put(V2, "doc", original, "If-None-Match", "*").then().statusCode(204);
        String etag = docs.etag("doc");
        assertEquals(quotedSha1(original), etag);

        docs.put(V2, "doc", updated, "If-Match", "\"1234\"").then().statusCode(412);
        docs.put(V2, "doc", updated, "If-None-Match", "*").then().statusCode(412);
        docs.put(V2, "doc", updated, "If-None-Match", etag).then().statusCode(412);
        docs.put(V2, "doc", updated).then().statusCode(409).body("message", containsString("If-Match"));
        docs.post(V2, "doc", "{\"more\":1}", "If-Match", "\"1234\"").then().statusCode(412);
        docs.delete(V2, "doc", "If-Match", "\"1234\"").then().statusCode(412);
        assertEquals(original, docs.content("doc"), "refused requests change nothing");

        docs.put(V2, "doc", updated, "If-Match", etag).then().statusCode(204);
        assertEquals(updated, docs.content("doc"));
        String newEtag = docs.etag("doc");
        assertNotEquals(etag, newEtag);
        docs.put(V2, "doc", original, "If-Match", etag).then().statusCode(412);

        docs.post(V2, "doc", "{\"more\":1}", "If-Match", newEtag).then().statusCode(204);
        String merged = "{\"name\":\"updated\",\"more\":1}";
        assertEquals(merged, docs.content("doc"));
        docs.put(V2, "doc", original, "If-Match", "*").then().statusCode(204);
        docs.delete(V2, "doc", "If-Match", quotedSha1(original)).then().statusCode(204);
        docs.get("doc").then().statusCode(404);
    }

    @Test
    @DisplayName("XAPI-00273 (1.0.3): a profile PUT without If-Match / If-None-Match is 400 even for a new document "
            + "and 409 for an existing one; State PUT without them overwrites")
    void v103ConcurrencyRules() {
        for (Kind kind : List.of(Kind.ACTIVITY_PROFILE, Kind.AGENT_PROFILE)) {
            Docs docs = kind.fresh();
            docs.put(V1, "doc", "{\"v\":1}").then().statusCode(400).body("message", containsString("If-Match"));
            docs.get("doc").then().statusCode(404);
            docs.put(V1, "doc", "{\"v\":1}", "If-None-Match", "*").then().statusCode(204);
            docs.put(V1, "doc", "{\"v\":2}").then().statusCode(409);
            docs.put(V1, "doc", "{\"v\":2}", "If-Match", docs.etag("doc")).then().statusCode(204);
            assertEquals("{\"v\":2}", docs.content("doc"));
        }
        Docs state = Kind.STATE.fresh();
        state.put(V1, "doc", "{\"v\":1}").then().statusCode(204);
        state.put(V1, "doc", "{\"v\":2}").then().statusCode(204);
        assertEquals("{\"v\":2}", state.content("doc"));
    }

    @Test
    @DisplayName("xAPI 2.0: a PUT without preconditions creates a new document of any resource (204)")
    void v2PutCreatesWithoutPreconditions() {
        for (Kind kind : Kind.values()) {
            Docs docs = kind.fresh();
            docs.put(V2, "doc", "{\"v\":1}").then().statusCode(204);
            assertEquals("{\"v\":1}", docs.content("doc"));
            docs.put(V2, "doc", "{\"v\":2}").then().statusCode(409);
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    @DisplayName("XAPI-00229 / XAPI-00313 / XAPI-00278 / XAPI-00281 / XAPI-00232: POST merge of anything that is not a "
            + "JSON object, or into a document that is not, is 400 and changes nothing")
    void mergeNeedsJsonObjects(Kind kind) {
        Docs docs = kind.fresh();
        docs.one(V2, "text").contentType("text/plain").body("plain words").put(kind.path).then().statusCode(204);
        docs.one(V2, "text").contentType("text/plain").body("plain words").put(kind.path).then().statusCode(409);
        docs.post(V2, "text", "{\"a\":1}").then().statusCode(400).body("message", containsString("stored document"));
        assertEquals("plain words", docs.content("text"));

        docs.post(V2, "json", "{\"a\":1}").then().statusCode(204);
        docs.one(V2, "json").contentType("text/plain").body("b=2").post(kind.path).then().statusCode(400)
                .body("message", containsString("application/json"));
        docs.post(V2, "json", "{\"b\":").then().statusCode(400).body("message", containsString("JSON"));
        docs.post(V2, "json", "[1,2]").then().statusCode(400).body("message", containsString("JSON object"));
        assertEquals("{\"a\":1}", docs.content("json"));
    }

    @Test
    @DisplayName("XAPI-00183 / XAPI-00184: a merge overwrites top-level properties whole (one level deep)")
    void mergeIsOneLevelDeep() {
        Docs docs = Kind.STATE.fresh();
        docs.post(V2, "doc", "{\"keep\":1,\"nested\":{\"x\":1,\"y\":1}}").then().statusCode(204);
        docs.post(V2, "doc", "{\"nested\":{\"y\":2},\"added\":true}").then().statusCode(204);
        assertEquals("{\"keep\":1,\"nested\":{\"y\":2},\"added\":true}", docs.content("doc"));
        assertEquals(quotedSha1(docs.content("doc")), docs.etag("doc"));
    }

    @Test
    @DisplayName("XAPI-00288 / XAPI-00259: documents of any media type come back byte for byte with their type; "
            + "HEAD has the headers without the body")
    void binaryDocumentsAndHead() {
        Docs docs = Kind.AGENT_PROFILE.fresh();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff};
        docs.one(V2, "avatar").contentType("image/png").body(png).put(Kind.AGENT_PROFILE.path).then()
                .statusCode(204);
        Response r = docs.get("avatar");
        assertEquals("image/png", r.contentType());
        assertArrayEquals(png, r.asByteArray());
        assertEquals("\"" + sha1(png) + "\"", r.header("ETag"));

        docs.one(V2, "avatar").head(Kind.AGENT_PROFILE.path).then().statusCode(200).body(emptyString())
                .header("ETag", "\"" + sha1(png) + "\"").header(Xapi.VERSION, V2);
        docs.one(V2, "missing").head(Kind.AGENT_PROFILE.path).then().statusCode(404).body(emptyString());
    }

    @Test
    @DisplayName("XAPI-00287 / XAPI-00289 / XAPI-00285: Activity Profile PUT, id list, DELETE")
    void activityProfileLifecycle() {
        Docs docs = Kind.ACTIVITY_PROFILE.fresh();
        docs.put(V2, "rubric", "{\"levels\":4}", "If-None-Match", "*").then().statusCode(204);
        docs.post(V2, "settings", "{\"timeLimit\":600}").then().statusCode(204);
        assertEquals(Set.of("rubric", "settings"), docs.ids());
        docs.delete(V2, "rubric").then().statusCode(204);
        assertEquals(Set.of("settings"), docs.ids());
        docs.delete(V2, null).then().statusCode(400).body("message", containsString("profileId"));
        assertEquals(Set.of("settings"), docs.ids());
    }

    @Test
    @DisplayName("XAPI-00282 / XAPI-00270 / XAPI-00271 / XAPI-00257 / XAPI-00258 / XAPI-00255: Agent Profile CRUD; "
            + "an agent parameter that is not one identified Agent is 400")
    void agentProfileLifecycle() {
        Docs docs = Kind.AGENT_PROFILE.fresh();
        docs.put(V2, "preferences", "{\"language\":\"vi-VN\"}").then().statusCode(204);
        assertEquals(Set.of("preferences"), docs.ids());
        docs.delete(V2, "preferences").then().statusCode(204);
        assertEquals(Set.of(), docs.ids());
        docs.delete(V2, null).then().statusCode(400);

        String twoIfis = "{\"mbox\":\"mailto:a@hocso.edu.vn\",\"openid\":\"https://hocso.edu.vn/a\"}";
        for (String bad : List.of(twoIfis, "{\"name\":\"no identifier\"}", "[]", "{\"objectType\":\"Activity\","
                + "\"mbox\":\"mailto:a@hocso.edu.vn\"}")) {
            for (String method : List.of("GET", "PUT", "DELETE")) {
                withBody(method, Xapi.v2().queryParam("agent", bad).queryParam("profileId", "p"))
                        .request(method, "/xapi/agents/profile").then().statusCode(400)
                        .body("message", containsString("agent"));
            }
        }
    }
}
