package vn.hocso.scorm;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.content.delivery.ContentServer;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/**
 * The SCORM runtime over HTTP, as the player uses it: launch from the LMS, the player page and package files on the
 * content origin (isolation headers, ranges, revalidation), commits (idempotent, late data refused), resume with
 * bookmark and 64,000-character suspend data, time accumulation, and the statements mirrored into the LRS.
 */
@QuarkusTest
class ScormRuntimeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FRAME = Pattern.compile("id=\"player-frame\" class=\"player-frame\" src=\"([^\"]+)\"");
    private static final Pattern CONFIG = Pattern.compile(
            "<script type=\"application/json\" id=\"hocso-launch\">(.*?)</script>", Pattern.DOTALL);

    @Inject
    ContentServer contentServer;

    @Inject
    AgroalDataSource db;

    record Launch(String playerUrl, String token, JsonNode config, Response page) {
        String content() {
            return playerUrl.substring(0, playerUrl.indexOf("/p/"));
        }
    }

    /** Opens the play page as a learner and then the player it frames. */
    Launch launch(long packageId, String item) throws Exception {
        String html = Api.as(Api.TEACHER).accept("text/html")
                .get("/learn/packages/" + packageId + "/play" + (item == null ? "" : "?item=" + item))
                .then().statusCode(200).extract().asString();
        Matcher m = FRAME.matcher(html);
        assertTrue(m.find(), html);
        String url = m.group(1).replace("&amp;", "&");
        assertTrue(url.contains(":" + contentServer.port() + "/p/"), url);
        Response page = given().get(url);
        assertEquals(200, page.statusCode(), page.asString());
        Matcher c = CONFIG.matcher(page.asString());
        assertTrue(c.find());
        String token = url.replaceAll(".*/p/([^/]+)/.*", "$1");
        return new Launch(url, token, JSON.readTree(c.group(1).replace("<\\/", "</")), page);
    }

    Response commit(Launch l, long sequence, String itemId, boolean terminate, ObjectNode cmi) {
        ObjectNode body = JSON.createObjectNode();
        body.put("sequence", sequence).put("itemId", itemId).put("terminate", terminate).set("cmi", cmi);
        return given().contentType("text/plain").body(body.toString()).post(l.content() + "/p/" + l.token()
                + "/commit");
    }

    long upload(String title) {
        return TestPackages.upload(Api.TRAINER, TestPackages.scorm12(title)).then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    @Test
    @DisplayName("Player page and files are served from the content origin, isolated and cacheable")
    void contentOrigin() throws Exception {
        long id = upload("Cô lập nội dung");
        Launch l = launch(id, null);
        l.page().then().header("Content-Security-Policy", containsString("frame-ancestors"))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store");
        JsonNode cfg = l.config();
        assertEquals("SCORM_12", cfg.get("standard").asText());
        assertEquals("ab-initio", cfg.at("/cmi/core/entry").asText());
        assertEquals(Api.TEACHER, cfg.at("/cmi/core/student_id").asText());
        assertEquals("80", cfg.at("/cmi/student_data/mastery_score").asText());
        assertEquals("chapter=1", cfg.at("/cmi/launch_data").asText());
        assertEquals(2, cfg.get("toc").size());
        String base = l.content() + "/c/" + l.token() + "/";
        given().get(l.content() + cfg.get("scoUrl").asText()).then().statusCode(200)
                .contentType(containsString("text/html")).header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("frame-ancestors 'self' http"));
        Response video = given().get(base + "sco1/video.mp4");
        video.then().statusCode(200).contentType("video/mp4").header("Accept-Ranges", "bytes")
                .header("Content-Length", "1000");
        given().header("Range", "bytes=0-9").get(base + "sco1/video.mp4").then().statusCode(206)
                .header("Content-Range", "bytes 0-9/1000").body(equalTo("0123456789"));
        given().header("Range", "bytes=-5").get(base + "sco1/video.mp4").then().statusCode(206)
                .header("Content-Range", "bytes 995-999/1000");
        given().header("Range", "bytes=5000-").get(base + "sco1/video.mp4").then().statusCode(416)
                .header("Content-Range", "bytes */1000");
        given().header("If-None-Match", video.header("ETag")).get(base + "sco1/video.mp4").then().statusCode(304);
        given().head(base + "sco1/video.mp4").then().statusCode(200).header("Content-Length", "1000");
        given().get(base + "sco1/").then().statusCode(404);
        given().urlEncodingEnabled(false).get(base + "sco1/%2e%2e/%2e%2e/imsmanifest.xml").then().statusCode(404);
        given().get(l.content() + "/c/" + "A".repeat(43) + "/imsmanifest.xml").then().statusCode(404);
        given().get(base + "absent.html").then().statusCode(404);
        given().get(l.content() + "/_player/player.js").then().statusCode(200);
        given().get(l.content() + "/_player/vendor/scorm-again/scorm12.min.js").then().statusCode(200);
    }

    @Test
    @DisplayName("A new version does not move running attempts; a new attempt takes the latest version")
    void attemptsKeepTheirVersion() throws Exception {
        long id = upload("Phiên bản gốc");
        Launch first = launch(id, null);
        TestPackages.uploadVersion(Api.TRAINER, id, TestPackages.scorm12("Phiên bản mới")).then().statusCode(201);
        Launch again = launch(id, null);
        assertEquals(first.config().at("/toc/0/title").asText(), again.config().at("/toc/0/title").asText());
        assertEquals(version(id), 1);
        Api.as(Api.TEACHER).accept("text/html").get("/learn/packages/" + id).then().statusCode(200)
                .body(containsString("id=\"resume\""));
        try (Connection c = db.getConnection()) {
            c.createStatement().executeUpdate("UPDATE scorm_attempt SET status = 'CLOSED' WHERE package_id = " + id);
        }
        commit(again, 1, "item1", false, JSON.createObjectNode()).then().statusCode(410)
                .body("message", containsString("closed"));
        launch(id, null);
        assertEquals(2, version(id));
    }

    /** The version number of the learner's newest attempt. */
    private int version(long packageId) throws Exception {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT v.version FROM scorm_attempt a JOIN content_package_version v ON v.id = a.version_id "
                        + "WHERE a.package_id = " + packageId + " ORDER BY a.id DESC LIMIT 1")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    @DisplayName("Commits: idempotent, late data refused, resume with bookmark and 64,000 characters, statements in the LRS")
    void commitsResumeAndStatements() throws Exception {
        long id = upload("Thời gian chạy");
        Launch first = launch(id, null);
        ObjectNode cmi = JSON.createObjectNode();
        ObjectNode core = cmi.putObject("core");
        core.put("lesson_location", "page-3").put("lesson_status", "incomplete").put("session_time", "00:00:30.00");
        cmi.put("suspend_data", "s".repeat(64_000));
        commit(first, 1, "item1", false, cmi).then().statusCode(200).body("result", equalTo(true))
                .body("errorCode", equalTo(0));
        commit(first, 1, "item1", false, cmi).then().statusCode(200).body("result", equalTo(true));
        ObjectNode interaction = cmi.putObject("interactions").putObject("0");
        interaction.put("id", "q1").put("type", "choice").put("student_response", "b").put("result", "correct");
        core.putObject("score").put("raw", "90").put("min", "0").put("max", "100");
        core.put("lesson_status", "passed").put("exit", "suspend").put("session_time", "00:01:00.00");
        commit(first, 2, "item1", true, cmi).then().statusCode(200);
        commit(first, 3, "item1", false, cmi).then().statusCode(409).body("result", equalTo(false))
                .body("message", containsString("ended"));
        commit(first, 4, "item1", true, cmi).then().statusCode(200);

        Launch second = launch(id, null);
        assertEquals("resume", second.config().at("/cmi/core/entry").asText());
        assertEquals("page-3", second.config().at("/cmi/core/lesson_location").asText());
        assertEquals(64_000, second.config().at("/cmi/suspend_data").asText().length());
        assertEquals("0000:01:00.00", second.config().at("/cmi/core/total_time").asText());
        assertEquals("passed", second.config().at("/cmi/core/lesson_status").asText());
        commit(first, 5, "item1", false, cmi).then().statusCode(409);
        core.put("session_time", "00:00:15.00");
        core.remove("exit");
        commit(second, second.config().get("sequence").asLong() + 1, "item1", true, cmi).then().statusCode(200);
        commit(second, 99, "nope", false, cmi).then().statusCode(404);

        Launch third = launch(id, null);
        assertEquals("", third.config().at("/cmi/core/entry").asText());
        assertEquals("0000:01:15.00", third.config().at("/cmi/core/total_time").asText());

        Launch asset = launch(id, "item2");
        assertEquals(true, asset.config().get("asset").asBoolean());
        String registration;
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT registration, completion, success, total_time_ms FROM scorm_attempt WHERE package_id = " + id)) {
            assertTrue(rs.next());
            registration = rs.getString(1);
            assertEquals("completed", rs.getString(2));
            assertEquals("passed", rs.getString(3));
            assertEquals(75_000, rs.getLong(4));
        }
        List<String> verbs = new ArrayList<>();
        for (JsonNode s : JSON.readTree(given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                .header("X-Experience-API-Version", "2.0.0")
                .get("/xapi/statements?ascending=true&registration=" + registration).asString()).get("statements")) {
            verbs.add(s.at("/verb/id").asText().replace("http://adlnet.gov/expapi/verbs/", ""));
            assertEquals(registration, s.at("/context/registration").asText());
            assertEquals("http://adlnet.gov/xapi/profile/scorm",
                    s.at("/context/contextActivities/category/0/id").asText());
            assertEquals(Api.TEACHER, s.at("/actor/account/name").asText());
        }
        assertEquals(List.of("initialized", "answered", "completed", "passed", "suspended", "terminated", "resumed",
                "terminated", "initialized", "initialized", "completed"), verbs);
    }
}
