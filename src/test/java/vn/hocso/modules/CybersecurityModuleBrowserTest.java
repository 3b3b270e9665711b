package vn.hocso.modules;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.List;
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
 * HocSo's own module "An toàn thông tin mạng" ({@code content-packages/02-an-toan-thong-tin}, SCORM 1.2), as the
 * build zips it, imported and played through in headless Chromium at phone width: bookmark and resume, a failed
 * quiz, a retake that passes, the data the runtime stores and the statements mirrored into the LRS.
 */
@QuarkusTest
class CybersecurityModuleBrowserTest {

    static final Path ZIP = Path.of("target", "classes", "content-packages", "an-toan-thong-tin.zip");
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
    @DisplayName("An toàn thông tin mạng (SCORM 1.2): imports, resumes at the bookmark, fails then passes the quiz; "
            + "status, score, interactions and statements recorded")
    void playThrough() throws Exception {
        assertTrue(Files.exists(ZIP), "built by generate-resources: " + ZIP.toAbsolutePath());
        JsonPath detail = TestPackages.upload(Api.TRAINER, Files.readAllBytes(ZIP)).then().statusCode(201).extract()
                .jsonPath();
        long id = detail.getLong("id");
        assertEquals("SCORM_12", detail.getString("standard"));
        assertEquals("An toàn thông tin mạng cho cán bộ, giáo viên", detail.getString("title"));
        assertEquals(1, detail.getList("descriptor.launches").size());
        assertEquals("sco", detail.getString("descriptor.launches[0].kind"));
        assertEquals("index.html", detail.getString("descriptor.launches[0].href"));
        assertTrue(detail.getList("descriptor.warnings").isEmpty(), detail.getList("descriptor.warnings").toString());

        driver = Browser.start(375, 812); // a phone
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);

        // first session: read two pages, leave
        enterSco(id);
        assertEquals("p-gioi-thieu", page());
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        next();
        next();
        assertEquals("p-quan-ly", page());
        leave(id);
        waitFor(() -> "suspend".equals(sco(id, "exit_mode")), "exit = suspend after leaving");
        assertEquals("p-quan-ly", sco(id, "location"));
        assertEquals("incomplete", sco(id, "completion_status"));

        // second session: resumes at the bookmark
        enterSco(id);
        assertEquals("p-quan-ly", page(), "resumes at the bookmarked page");
        assertTrue(driver.findElement(By.id("counter")).getText().startsWith("Trang 3/12"));
        // a practice check answered on the way
        next();
        assertEquals("p-mfa", page());
        driver.findElement(By.cssSelector("label[for='check-ck-mfa-c']")).click();
        driver.findElement(By.cssSelector("#check-ck-mfa button")).click();
        assertTrue(driver.findElement(By.id("check-ck-mfa-feedback")).getText().startsWith("Chính xác."));
        while (!"p-kiem-tra".equals(page())) {
            next();
        }

        // a failing attempt: 9 of 14 right (64 %)
        @SuppressWarnings("unchecked")
        List<List<String>> items = (List<List<String>>) driver.executeScript(
                "return COURSE.quiz.items.map(function (i) { return [i.id, i.correct, i.type]; });");
        assertTrue(items.size() >= 12, "at least 12 quiz items: " + items.size());
        answer(items, 5);
        driver.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-result"), "CHƯA ĐẠT"));
        waitFor(() -> "failed".equals(sco(id, "success_status")), "failed stored");
        assertEquals("64", decimal(sco(id, "score_raw")));
        assertEquals("completed", sco(id, "completion_status"));

        // retake: all right
        driver.findElement(By.id("quiz-retry")).click();
        answer(items, 0);
        driver.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-result"), "đã ĐẠT"));
        waitFor(() -> "passed".equals(sco(id, "success_status")), "passed stored");
        assertEquals("100", decimal(sco(id, "score_raw")));
        assertTrue(driver.findElement(By.id("q-" + items.get(0).get(0) + "-feedback")).getText()
                .startsWith("Chính xác."));
        Browser.screenshot(driver, "an-toan-thong-tin");
        leave(id);
        waitFor(() -> "suspend".equals(sco(id, "exit_mode")) && "p-kiem-tra".equals(sco(id, "location")),
                "bookmark on the quiz");

        // interactions in the stored data model: two attempts of every item
        JsonNode cmi = JSON.readTree(sco(id, "cmi"));
        JsonNode root = cmi.has("cmi") ? cmi.get("cmi") : cmi;
        List<String> results = new ArrayList<>();
        root.path("interactions").forEach(i -> results.add(i.path("id").asText() + "=" + i.path("result").asText()));
        assertEquals(2 * items.size(), results.size(), results.toString());
        assertTrue(results.contains(items.get(0).get(0) + "=wrong"), results.toString());
        assertTrue(results.contains(items.get(0).get(0) + "=correct"), results.toString());
        assertEquals("passed", attempt(id, "success"));
        assertEquals("completed", attempt(id, "completion"));
        assertEquals("1.0000000", attempt(id, "score_scaled"));

        // the LRS: the ADL SCORM profile statements of this attempt
        List<JsonNode> statements = statements(attempt(id, "registration"));
        List<String> verbs = statements.stream().map(s -> s.at("/verb/id").asText().replaceAll(".*/", "")).toList();
        assertEquals(2 * items.size(), verbs.stream().filter("answered"::equals).count(), verbs.toString());
        assertTrue(verbs.containsAll(List.of("initialized", "suspended", "terminated", "resumed", "completed",
                "failed", "passed")), verbs.toString());
        assertTrue(verbs.indexOf("failed") < verbs.indexOf("passed"), verbs.toString());
        JsonNode passed = statements.stream().filter(s -> s.at("/verb/id").asText().endsWith("/passed")).findFirst()
                .orElseThrow();
        assertEquals(1.0, passed.at("/result/score/scaled").asDouble(), 1e-9);
        assertTrue(passed.at("/result/success").asBoolean());
        assertTrue(statements.stream().anyMatch(s -> s.at("/object/id").asText().endsWith(
                "/interactions/" + items.get(6).get(0))), "an answered statement per item");
    }

    private void enterSco(long id) {
        PlayerDriver.play(driver, wait, base, id);
        PlayerDriver.intoSco(wait);
        wait.until(d -> driver.executeScript("return window.HocSoCourse ? 'ready' : null") != null);
    }

    /** Goes back to the LMS page: the SCO ends its session (exit = suspend) while the player is unloaded. */
    private void leave(long id) {
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id);
    }

    private String page() {
        return (String) driver.executeScript("return document.querySelector('section.page:not([hidden])').id;");
    }

    private void next() {
        driver.findElement(By.id("next")).click();
    }

    /** Answers every item, the first {@code wrong} of them wrongly. */
    private void answer(List<List<String>> items, int wrong) {
        for (int n = 0; n < items.size(); n++) {
            List<String> item = items.get(n);
            String value = item.get(1);
            if (n < wrong) {
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

    private String sco(long packageId, String column) {
        return query("SELECT s." + column + " FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id "
                + "WHERE a.package_id = " + packageId + " ORDER BY s.updated_at DESC LIMIT 1");
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
