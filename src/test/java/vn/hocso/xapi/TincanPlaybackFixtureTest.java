package vn.hocso.xapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;
import vn.hocso.support.PlayerDriver;
import vn.hocso.support.TestPackages;

/**
 * Rustici's Tin Can golf example ({@code ../shared/fixtures/packages}, profile "fixtures") launched in headless
 * Chromium: its TinCanJS uses the launch parameters, and its statements land in HocSo's LRS under the learner and the
 * registration.
 */
@QuarkusTest
class TincanPlaybackFixtureTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("golf Tin Can: launched from HocSo, its statements land in the LRS under the learner")
    void golfTincanStatementsLand() throws Exception {
        Path zip = Path.of(System.getProperty("hocso.fixtures", "../shared/fixtures/packages"), "golf-xapi-tincan.zip");
        long id = TestPackages.upload(Api.TRAINER, Files.readAllBytes(zip)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        driver = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
        driver.get(base + "learn/packages/" + id + "/play");
        List<JsonNode> statements = new ArrayList<>();
        wait.until(d -> {
            statements.clear();
            try {
                JsonNode page = JSON.readTree(given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                        .header("X-Experience-API-Version", "1.0.3")
                        .queryParam("agent", "{\"account\":{\"homePage\":\"https://hocso.edu.vn\",\"name\":\""
                                + Api.TEACHER + "\"}}")
                        .queryParam("activity", "http://id.tincanapi.com/activity/tincan-prototypes/golf-example")
                        .get("/xapi/statements").asString());
                page.get("statements").forEach(statements::add);
            } catch (java.io.IOException e) {
                return false;
            }
            return !statements.isEmpty();
        });
        List<String> verbs = new ArrayList<>();
        String registration = null;
        for (JsonNode s : statements) {
            verbs.add(s.at("/verb/id").asText().replaceAll(".*/", ""));
            registration = s.at("/context/registration").asText();
        }
        assertTrue(verbs.contains("initialized") || verbs.contains("attempted"), verbs.toString());
        assertEquals(36, registration.length(), "the statements carry the launch's registration");
        Browser.screenshot(driver, "golf-tincan");
    }
}
