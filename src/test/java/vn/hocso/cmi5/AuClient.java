package vn.hocso.cmi5;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.UUID;

/**
 * What a well-behaved cmi5 AU does in one session, over HTTP, as the cmi5.js library does it: read the launch data
 * and learner preferences, send cmi5 defined statements with the session's context (categories, session id,
 * masteryScore, result) and allowed statements. Tests alter the statements to break one rule at a time.
 *
 * @param endpoint the LRS endpoint of the launch, ending in "/"
 * @param token the auth token the fetch URL handed out
 * @param masteryScore the AU's masteryScore, or null
 */
record AuClient(String endpoint, String token, String activityId, String registration, String sessionId,
        String actor, Double masteryScore) {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    static final String MOVE_ON = "https://w3id.org/xapi/cmi5/context/categories/moveon";
    static final String EXT = "https://w3id.org/xapi/cmi5/context/extensions/";

    /** A request with the session's credential. */
    RequestSpecification au() {
        return given().header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3");
    }

    /** Reads the learner preferences, as an AU must before "initialized". */
    Response readPreferences() {
        return au().queryParam("agent", actor).queryParam("profileId", "cmi5LearnerPreferences")
                .get(endpoint + "agents/profile");
    }

    /** Reads the preferences and sends "initialized" (expects both to succeed). */
    AuClient begin() {
        readPreferences().then().statusCode(200);
        put(statement("initialized")).then().statusCode(204);
        return this;
    }

    /** An allowed statement (verb experienced, no cmi5 category). */
    ObjectNode allowed() {
        ObjectNode st = JSON.createObjectNode();
        st.put("id", UUID.randomUUID().toString());
        st.put("timestamp", Instant.now().toString());
        try {
            st.set("actor", JSON.readTree(actor));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        st.putObject("verb").put("id", "http://adlnet.gov/expapi/verbs/experienced");
        st.putObject("object").put("id", activityId);
        ObjectNode context = st.putObject("context");
        context.put("registration", registration);
        context.putObject("extensions").put(EXT + "sessionid", sessionId);
        return st;
    }

    /**
     * A cmi5 defined statement as cmi5.js builds it: initialized, completed, passed (scaled 0.9, raw 90 of 0..100),
     * failed (scaled 0.5), terminated.
     */
    ObjectNode statement(String verb) {
        ObjectNode st = allowed();
        obj(st, "verb").put("id", "http://adlnet.gov/expapi/verbs/" + verb);
        ObjectNode context = obj(st, "context");
        ArrayNode category = context.putObject("contextActivities").putArray("category");
        category.addObject().put("id", CMI5);
        if (!verb.equals("initialized")) {
            st.putObject("result").put("duration", "PT1M30S");
        }
        switch (verb) {
            case "completed" -> obj(st, "result").put("completion", true);
            case "passed", "failed" -> {
                boolean passed = verb.equals("passed");
                obj(st, "result").put("success", passed).putObject("score").put("scaled", passed ? 0.9 : 0.5)
                        .put("raw", passed ? 90 : 50).put("min", 0).put("max", 100);
                if (masteryScore != null) {
                    obj(context, "extensions").put(EXT + "masteryscore", masteryScore);
                }
            }
            default -> { }
        }
        if (verb.equals("completed") || verb.equals("passed") || verb.equals("failed")) {
            category.addObject().put("id", MOVE_ON);
        }
        return st;
    }

    private static ObjectNode obj(JsonNode parent, String name) {
        return (ObjectNode) parent.get(name);
    }

    /** PUT /statements?statementId= (as cmi5.js sends). */
    Response put(JsonNode st) {
        return au().contentType("application/json").queryParam("statementId", st.path("id").asText())
                .body(st.toString()).put(endpoint + "statements");
    }

    /** POST /statements. */
    Response post(JsonNode st) {
        return au().contentType("application/json").body(st.toString()).post(endpoint + "statements");
    }
}
