package vn.hocso.modules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;
import vn.hocso.support.PlayerDriver;
import vn.hocso.support.TestPackages;

/**
 * HocSo's own module "Dữ liệu số trong nhà trường" ({@code content-packages/01-du-lieu-so}, SCORM 2004 4th edition
 * with sequencing), as the build zips it, imported and played through in headless Chromium: the pre-test tests the
 * learner out of sections 1 and 2 (skipped by the sequencer), later sections stay disabled until the previous one is
 * done, a section resumes at its bookmark, the post-test fails and then passes on a retake, and the course's status
 * and score come from the post-test's rollup; the statements are in the LRS.
 */
@QuarkusTest
class DataLiteracyModuleBrowserTest {

    static final Path ZIP = Path.of("target", "classes", "content-packages", "du-lieu-so.zip");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    private ChromeDriver driver;
    private WebDriverWait wait;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("Dữ liệu số (SCORM 2004 4th): test-out skips sections, forced order, bookmark, post-test fails then "
            + "passes, course rolled up from the post-test, statements in the LRS")
    void playThrough() throws Exception {
        assertTrue(Files.exists(ZIP), "built by generate-resources: " + ZIP.toAbsolutePath());
        JsonPath detail = TestPackages.upload(Api.TRAINER, Files.readAllBytes(ZIP)).then().statusCode(201).extract()
                .jsonPath();
        long id = detail.getLong("id");
        assertEquals("SCORM_2004", detail.getString("standard"));
        assertEquals("4th", detail.getString("edition"));
        assertEquals("Dữ liệu số trong nhà trường", detail.getString("title"));
        assertEquals(List.of("dls-pretest", "dls-s1", "dls-s2", "dls-s3", "dls-s4", "dls-s5", "dls-posttest"),
                detail.getList("descriptor.launches.id"));
        assertTrue(detail.getList("descriptor.warnings").isEmpty(), detail.getList("descriptor.warnings").toString());

        driver = Browser.start(1280, 900);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
        PlayerDriver.play(driver, wait, base, id);
        wait.until(d -> "dls-pretest".equals(itemId()));

        // pre-test: right on sections 1 and 2 (items 1–4), wrong on the rest
        PlayerDriver.intoSco(wait);
        ready();
        // forced order, as the sequencer answers the SCO: section 1 may be chosen, section 2 and the post-test not
        assertEquals("true", choiceValid("dls-s1"));
        assertEquals("false", choiceValid("dls-s2"));
        assertEquals("false", choiceValid("dls-posttest"));
        next();
        List<List<String>> pre = items();
        assertEquals(10, pre.size());
        answer(pre, n -> n >= 4);
        driver.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-result"), "miễn"));
        assertTrue(driver.findElement(By.id("quiz-result")).getText().contains("Phần 1"));
        driver.findElement(By.cssSelector("button[data-nav='continue']")).click();

        // test-out: sections 1 and 2 are skipped, the sequencer delivers section 3
        intoPlayer("dls-s3");
        assertNull(scoState(id, "dls-s1", "completion_status"), "section 1 was never launched");
        assertNull(scoState(id, "dls-s2", "completion_status"), "section 2 was never launched");
        assertEquals("completed", scoState(id, "dls-pretest", "completion_status"));
        Browser.screenshot(driver, "du-lieu-so-player");

        // forced order: section 4 is disabled until section 3 is done
        PlayerDriver.intoSco(wait);
        ready();
        assertEquals("false", choiceValid("dls-s4"));
        assertEquals("false", choiceValid("dls-s5"));
        next();
        assertEquals("s3-hieu-nham", page());
        // bookmark inside section 3: the learner leaves on its second page
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id);
        waitFor(() -> "suspend".equals(scoState(id, "dls-s3", "exit_mode")), "section 3 suspended: "
                + scoState(id, "dls-s3", "exit_mode") + " " + scoState(id, "dls-s3", "location") + " "
                + scoState(id, "dls-s3", "session_open"));
        // ... and comes back there
        assertEquals("s3-hieu-nham", scoState(id, "dls-s3", "location"));
        PlayerDriver.play(driver, wait, base, id);
        wait.until(d -> "dls-s3".equals(itemId()));
        PlayerDriver.intoSco(wait);
        ready();
        assertEquals("s3-hieu-nham", page(), "section 3 resumes at its bookmark");

        // sections 3, 4, 5 to their last page, then on
        finishSection("dls-s4");
        finishSection("dls-s5");
        PlayerDriver.intoSco(wait);
        ready();
        assertEquals("false", choiceValid("dls-posttest"), "the post-test waits for section 5");
        finishSection("dls-posttest");
        assertEquals("passed", scoState(id, "dls-s5", "success_status"));

        // post-test: 7/10 fails (passing score 0.8 from the manifest), the retake passes
        PlayerDriver.intoSco(wait);
        ready();
        assertEquals("0.8", driver.executeScript(
                "return window.parent.API_1484_11.GetValue('cmi.scaled_passing_score');"));
        next();
        List<List<String>> post = items();
        assertEquals(10, post.size());
        for (List<String> p : post) {
            assertFalse(pre.stream().anyMatch(q -> q.get(0).equals(p.get(0))), "distinct items: " + p.get(0));
        }
        answer(post, n -> n < 3);
        driver.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-result"), "CHƯA ĐẠT"));
        waitFor(() -> "failed".equals(scoState(id, "dls-posttest", "success_status")), "post-test failed");
        assertEquals("0.7", decimal(scoState(id, "dls-posttest", "score_scaled")));
        driver.findElement(By.id("quiz-retry")).click();
        answer(post, n -> false);
        driver.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-result"), "đã ĐẠT"));
        waitFor(() -> "passed".equals(scoState(id, "dls-posttest", "success_status")), "post-test passed");
        Browser.screenshot(driver, "du-lieu-so");
        driver.findElement(By.cssSelector("button[data-nav='suspendAll']")).click();
        driver.switchTo().defaultContent();

        // the course follows the post-test's rollup
        waitFor(() -> "passed".equals(attempt(id, "success")) && "completed".equals(attempt(id, "completion")),
                "course passed and completed; SCOs " + summary(id));
        assertEquals("1", decimal(attempt(id, "score_scaled")));
        assertEquals("completed", scoState(id, "dls-s3", "completion_status"));
        assertEquals("passed", scoState(id, "dls-s3", "success_status"));

        // interactions: 10 pre-test + 2 × 10 post-test
        JsonNode cmi = JSON.readTree(scoState(id, "dls-posttest", "cmi"));
        JsonNode root = cmi.has("cmi") ? cmi.get("cmi") : cmi;
        assertEquals(20, root.path("interactions").size());

        List<JsonNode> statements = statements(attempt(id, "registration"));
        List<String> verbs = statements.stream().map(s -> s.at("/verb/id").asText().replaceAll(".*/", "")).toList();
        assertEquals(30, verbs.stream().filter("answered"::equals).count(), verbs.toString());
        assertTrue(verbs.containsAll(List.of("initialized", "completed", "failed", "passed", "suspended",
                "resumed", "terminated")), verbs.toString());
        assertTrue(verbs.indexOf("failed") < verbs.lastIndexOf("passed"), verbs.toString());
        Map<String, Integer> launched = new HashMap<>();
        statements.stream().filter(s -> s.at("/verb/id").asText().endsWith("/initialized"))
                .forEach(s -> launched.merge(s.at("/object/id").asText().replaceAll(".*/sco/", ""), 1, Integer::sum));
        assertFalse(launched.containsKey("dls-s1"), "skipped: " + launched);
        assertFalse(launched.containsKey("dls-s2"), "skipped: " + launched);
        assertTrue(launched.keySet().containsAll(List.of("dls-pretest", "dls-s3", "dls-s4", "dls-s5",
                "dls-posttest")), launched.toString());
        JsonNode passed = statements.stream().filter(s -> s.at("/verb/id").asText().endsWith("/passed")
                && s.at("/object/id").asText().endsWith("/sco/dls-posttest")).findFirst().orElseThrow();
        assertEquals(1.0, passed.at("/result/score/scaled").asDouble(), 1e-9);
    }

    /** From inside a section's SCO (any page): to its last page, its "continue" button, then into the next player. */
    private void finishSection(String nextItem) {
        driver.switchTo().defaultContent();
        PlayerDriver.intoPlayer(wait);
        PlayerDriver.intoSco(wait);
        ready();
        while (driver.findElement(By.id("next")).isEnabled()) {
            next();
        }
        driver.findElement(By.cssSelector("button[data-nav='continue']")).click();
        intoPlayer(nextItem);
    }

    /** After a navigation: into the (new) player page, waiting until it shows {@code item}. */
    private void intoPlayer(String item) {
        driver.switchTo().defaultContent();
        wait.until(d -> {
            d.switchTo().defaultContent();
            try {
                d.switchTo().frame("player-frame");
            } catch (RuntimeException e) {
                return false;
            }
            return item.equals(itemId());
        });
    }

    private void ready() {
        wait.until(d -> driver.executeScript("return window.HocSoCourse ? 'ready' : null") != null);
    }

    private String itemId() {
        try {
            return (String) driver.executeScript(
                    "var c = document.getElementById('hocso-launch'); return c ? JSON.parse(c.textContent).itemId : null;");
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The sequencer's answer to "may the learner choose this activity now?", asked from the SCO as content would. */
    private String choiceValid(String item) {
        return (String) driver.executeScript("return window.parent.API_1484_11.GetValue("
                + "'adl.nav.request_valid.choice.{target=" + item + "}');");
    }

    private String page() {
        return (String) driver.executeScript("return document.querySelector('section.page:not([hidden])').id;");
    }

    private void next() {
        driver.findElement(By.id("next")).click();
    }

    @SuppressWarnings("unchecked")
    private List<List<String>> items() {
        return (List<List<String>>) driver.executeScript(
                "return COURSE.quiz.items.map(function (i) { return [i.id, i.correct, i.type]; });");
    }

    private void answer(List<List<String>> items, java.util.function.IntPredicate wrong) {
        for (int n = 0; n < items.size(); n++) {
            List<String> item = items.get(n);
            String value = item.get(1);
            if (wrong.test(n)) {
                value = item.get(2).equals("tf") ? (value.equals("true") ? "false" : "true")
                        : (value.equals("a") ? "b" : "a");
            }
            driver.findElement(By.cssSelector("label[for='q-" + item.get(0) + "-" + value + "']")).click();
        }
    }

    private List<JsonNode> statements(String registration) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        JSON.readTree(given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                .header("X-Experience-API-Version", "2.0.0")
                .get("/xapi/statements?ascending=true&limit=500&registration=" + registration).asString())
                .get("statements").forEach(out::add);
        return out;
    }

    private static String decimal(String value) {
        return value == null ? null : new java.math.BigDecimal(value).stripTrailingZeros().toPlainString();
    }

    private void waitFor(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 150; i++) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    private String summary(long packageId) {
        return query("SELECT string_agg(s.item_id || ':' || s.completion_status || '/' || s.success_status, ', ') "
                + "FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id WHERE a.package_id = "
                + packageId);
    }

    private String scoState(long packageId, String item, String column) {
        return query("SELECT s." + column + " FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id "
                + "WHERE a.package_id = " + packageId + " AND s.item_id = '" + item + "'");
    }

    private String attempt(long packageId, String column) {
        return query("SELECT " + column + " FROM scorm_attempt WHERE package_id = " + packageId
                + " ORDER BY id DESC LIMIT 1");
    }

    private String query(String sql) {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
