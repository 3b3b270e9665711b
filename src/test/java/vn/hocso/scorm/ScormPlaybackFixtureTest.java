package vn.hocso.scorm;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
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
 * Third-party SCORM packages ({@code ../shared/fixtures/packages}, profile "fixtures") played in real headless
 * Chromium through HocSo's player: the state the runtime stores and the statements it mirrors into the LRS.
 */
@QuarkusTest
class ScormPlaybackFixtureTest {

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

    static long upload(String fixture) throws Exception {
        Path zip = Path.of(System.getProperty("hocso.fixtures", "../shared/fixtures/packages"), fixture + ".zip");
        assertTrue(Files.exists(zip), "fixture missing: " + zip.toAbsolutePath());
        return TestPackages.upload(Api.TRAINER, Files.readAllBytes(zip)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    void start() throws Exception {
        driver = Browser.start(1280, 900);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
    }

    @Test
    @DisplayName("golf SCORM 1.2 runtime-basic: play, bookmark, close, relaunch → resumes at the bookmark; score and "
            + "status stored; statements in the LRS")
    void golfScorm12RuntimeBasic() throws Exception {
        long id = upload("golf-scorm12-runtime-basic-calls");
        start();
        PlayerDriver.play(driver, wait, base, id);
        PlayerDriver.intoSco(wait);
        for (int i = 0; i < 3; i++) {
            wait.until(ExpectedConditions.elementToBeClickable(By.id("butNext"))).click();
        }
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id);
        wait.until(d -> "suspend".equals(sco(id, "exit_mode")));
        assertEquals("3", sco(id, "location"));

        driver.get(base + "learn/packages/" + id + "/play");
        wait.until(ExpectedConditions.alertIsPresent()).accept(); // the SCO asks whether to resume at the bookmark
        PlayerDriver.intoPlayer(wait);
        PlayerDriver.intoSco(wait);
        wait.until(d -> Long.valueOf(3).equals(driver.executeScript("return currentPage;")));
        while (driver.findElement(By.id("butNext")).isEnabled()) {
            driver.findElement(By.id("butNext")).click();
        }
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("contentFrame")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[value='Submit Answers']"))).click();
        driver.switchTo().parentFrame();
        driver.findElement(By.id("butExit")).click();
        wait.until(d -> sco(id, "score_raw") != null && !"suspend".equals(sco(id, "exit_mode")));
        assertEquals("failed", sco(id, "success_status"));
        assertEquals("completed", sco(id, "completion_status"));
        double score = Double.parseDouble(sco(id, "score_raw"));
        assertTrue(score >= 0 && score < 70, "an unanswered test scores below the 70 % pass mark: " + score);
        List<String> verbs = verbs(id);
        assertEquals(List.of("initialized", "suspended", "terminated", "resumed", "completed", "failed",
                "terminated"), verbs);
    }

    @Test
    @DisplayName("golf SCORM 2004 3rd edition advanced calls: interactions and objectives are stored")
    void golfScorm2004AdvancedCalls() throws Exception {
        long id = upload("golf-scorm2004-3rd-runtime-advanced-calls");
        start();
        PlayerDriver.play(driver, wait, base, id);
        PlayerDriver.intoSco(wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("butNext")));
        while (driver.findElement(By.id("butNext")).isEnabled()) {
            driver.findElement(By.id("butNext")).click();
        }
        wait.until(ExpectedConditions.frameToBeAvailableAndSwitchToIt(By.id("contentFrame")));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("input[value='Submit Answers']"))).click();
        driver.switchTo().parentFrame();
        driver.findElement(By.id("butExit")).click();
        wait.until(d -> sco(id, "score_scaled") != null);
        JsonNode cmi = JSON.readTree(sco(id, "cmi"));
        JsonNode root = cmi.has("cmi") ? cmi.get("cmi") : cmi;
        List<String> interactions = new ArrayList<>();
        root.path("interactions").forEach(i -> interactions.add(i.path("id").asText()));
        assertTrue(interactions.size() >= 10, "interactions stored: " + interactions);
        assertTrue(interactions.contains("com.scorm.golfsamples.interactions.playing_1"), interactions.toString());
        Map<String, JsonNode> objectives = new HashMap<>();
        root.path("objectives").forEach(o -> objectives.put(o.path("id").asText(), o));
        assertTrue(objectives.keySet().containsAll(List.of("obj_etiquette", "obj_handicapping", "obj_havingfun",
                "obj_playing")), objectives.keySet().toString());
        assertTrue(objectives.get("obj_playing").has("score"), objectives.get("obj_playing").toString());
        assertEquals("failed", sco(id, "success_status"));
        assertTrue(verbs(id).contains("answered"));
    }

    @Test
    @DisplayName("golf SCORM 1.2 one file per SCO: every item navigable, assets count as completed")
    void golfOneFilePerSco() throws Exception {
        long id = upload("golf-scorm12-cp-one-file-per-sco");
        start();
        PlayerDriver.play(driver, wait, base, id);
        int entries = ((Number) driver.executeScript(
                "return JSON.parse(document.getElementById('hocso-launch').textContent).toc.length;")).intValue();
        assertEquals(22, entries);
        for (int i = 1; i < 18; i++) {
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.hocso-continue"))).click();
            driver.switchTo().defaultContent();
            PlayerDriver.intoPlayer(wait);
        }
        wait.until(d -> "completed".equals(attempt(id, "completion")));
        assertEquals("18", count("SELECT count(*) FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id "
                + "WHERE a.package_id = " + id + " AND s.completion_status = 'completed'"));
    }

    @Test
    @DisplayName("golf SCORM 2004 forced sequential: a later SCO cannot be chosen until the earlier one is satisfied")
    void golfForcedSequential() throws Exception {
        long id = upload("golf-scorm2004-3rd-seq-forced-sequential");
        start();
        PlayerDriver.play(driver, wait, base, id);
        wait.until(d -> "playing_item".equals(itemId()));
        By handicapping = By.xpath("//button[contains(@class,'hocso-entry')][contains(.,'Handicapping')]");
        wait.until(ExpectedConditions.presenceOfElementLocated(handicapping));
        if (driver.findElement(handicapping).isEnabled()) {
            driver.findElement(handicapping).click();
            Thread.sleep(1500);
        }
        assertEquals("playing_item", itemId(), "choosing the third SCO first must be refused");
        Browser.screenshot(driver, "forced-sequential-refused");

        PlayerDriver.intoSco(wait);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("butNext")));
        while (driver.findElement(By.id("butNext")).isEnabled()) {
            driver.findElement(By.id("butNext")).click();
        }
        driver.switchTo().parentFrame();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.hocso-continue"))).click();
        driver.switchTo().defaultContent();
        PlayerDriver.intoPlayer(wait);
        wait.until(d -> "etuqiette_item".equals(itemId()));
        assertEquals("passed", count("SELECT s.success_status FROM scorm_sco_state s JOIN scorm_attempt a ON "
                + "a.id = s.attempt_id WHERE a.package_id = " + id + " AND s.item_id = 'playing_item'"));
    }

    @Test
    @DisplayName("golf SCORM 2004 4th edition post-test rollup: the course status follows the post-test")
    void golfPostTestRollup() throws Exception {
        // This package's pages load jQuery from ajax.googleapis.com, which the build machines cannot reach, so its
        // own buttons never work offline. The test plays its SCOs through the same runtime API the pages would call
        // (from inside the SCO frame, as a SCO does); sequencing and rollup come from the package's manifest.
        long id = upload("golf-scorm2004-4th-seq-posttest-rollup");
        start();
        PlayerDriver.play(driver, wait, base, id);
        wait.until(d -> "playing_item".equals(itemId()));
        PlayerDriver.intoSco(wait);
        driver.executeScript("var api = window.parent.API_1484_11; api.Initialize('');"
                + "api.SetValue('cmi.completion_status', 'incomplete');"
                + "api.SetValue('adl.nav.request', '{target=assessment_item}jump'); api.Terminate('');");
        driver.switchTo().defaultContent();
        PlayerDriver.intoPlayer(wait);
        wait.until(d -> "assessment_item".equals(itemId()));
        PlayerDriver.intoSco(wait);
        driver.executeScript("var api = window.parent.API_1484_11; api.Initialize('');"
                + "api.SetValue('cmi.score.raw', '40'); api.SetValue('cmi.score.min', '0');"
                + "api.SetValue('cmi.score.max', '100'); api.SetValue('cmi.score.scaled', '0.4');"
                + "api.SetValue('cmi.completion_status', 'completed'); api.SetValue('cmi.success_status', 'failed');"
                + "api.SetValue('cmi.exit', 'suspend'); api.SetValue('adl.nav.request', 'suspendAll');"
                + "api.Terminate('');");
        driver.switchTo().defaultContent();
        for (int i = 0; i < 100 && !"completed".equals(attempt(id, "completion")); i++) {
            Thread.sleep(100);
        }
        String state = count("SELECT string_agg(s.item_id || ':' || s.completion_status || '/' || s.success_status, ', ')"
                + " FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id WHERE a.package_id = " + id);
        assertEquals("completed", attempt(id, "completion"), "SCOs " + state + "; sequencing root "
                + JSON.readTree(String.valueOf(attempt(id, "sequencing_state"))).at("/suspensionState/activityTree"));
        assertEquals("failed", attempt(id, "success"));
        assertEquals("0.4000000", attempt(id, "score_scaled"));
        assertTrue(state.contains("playing_item:incomplete"),
                "the content SCO is incomplete: the course completion comes from the post-test's rollup; " + state);
    }

    /** The item the player in the current frame shows. */
    private String itemId() {
        try {
            return (String) driver.executeScript(
                    "return JSON.parse(document.getElementById('hocso-launch').textContent).itemId;");
        } catch (RuntimeException e) {
            return null;
        }
    }

    private List<String> verbs(long packageId) throws Exception {
        String registration = attempt(packageId, "registration");
        List<String> verbs = new ArrayList<>();
        for (JsonNode s : JSON.readTree(given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                .header("X-Experience-API-Version", "2.0.0")
                .get("/xapi/statements?ascending=true&registration=" + registration).asString()).get("statements")) {
            verbs.add(s.at("/verb/id").asText().replaceAll(".*/", ""));
        }
        return verbs;
    }

    private String sco(long packageId, String column) {
        return count("SELECT s." + column + " FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id "
                + "WHERE a.package_id = " + packageId + " ORDER BY s.updated_at DESC LIMIT 1");
    }

    private String attempt(long packageId, String column) {
        return count("SELECT " + column + " FROM scorm_attempt WHERE package_id = " + packageId
                + " ORDER BY id DESC LIMIT 1");
    }

    private String count(String sql) {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
