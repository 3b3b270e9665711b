package vn.hocso.cmi5;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;
import vn.hocso.support.PlayerDriver;
import vn.hocso.support.TestPackages;

/**
 * ADL CATAPULT's two sample courses ({@code ../shared/fixtures/packages}, profile "fixtures") played in headless
 * Chromium through HocSo's cmi5 launch: AUs fetch their credential, initialize, complete or pass; the course is
 * satisfied exactly once when its AUs meet moveOn; a relaunch gets a new session id in the same registration.
 */
@QuarkusTest
class Cmi5PlaybackFixtureTest {

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
    @DisplayName("cmi5 single AU: launch, initialized, passed + completed, course satisfied once, relaunch = new session")
    void singleAuCourse() throws Exception {
        Path zip = Path.of(System.getProperty("hocso.fixtures", "../shared/fixtures/packages"),
                "cmi5-catapult-single_au_basic_responsive.zip");
        long id = TestPackages.upload(Api.TRAINER, Files.readAllBytes(zip)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        driver = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
        driver.get(base + "learn/packages/" + id + "/play?au=0");
        String registration = frameParam("registration");
        wait.until(d -> verbs(registration).contains("initialized"));
        PlayerDriver.intoPlayer(wait);
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return typeof course !== 'undefined';")));
        // the course's own quiz: go to it, fill in the correct answers (its test helper), submit
        driver.executeScript("var i = course.pageList.indexOf('quiz'); course.gotoPage(i < 0 ? "
                + "course.pageList.length - 1 : i);");
        Thread.sleep(500);
        driver.executeScript("course.autopass(); course.submitAnswers();");
        // the AU sends "passed" then "completed"; the course is satisfied as soon as the first meets moveOn
        wait.until(d -> verbs(registration).containsAll(List.of("satisfied", "completed")));
        List<String> verbs = verbs(registration);
        assertTrue(verbs.containsAll(List.of("launched", "initialized", "passed", "completed", "satisfied")),
                verbs.toString());
        assertEquals(1, verbs.stream().filter("satisfied"::equals).count(), verbs.toString());
        String firstSession = sessionOf(registration, 0);

        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id + "/play?au=0");
        assertEquals(registration, frameParam("registration"));
        wait.until(d -> verbs(registration).stream().filter("launched"::equals).count() == 2);
        assertNotEquals(firstSession, sessionOf(registration, 1), "a relaunch has a new session id");
        assertEquals(1, verbs(registration).stream().filter("satisfied"::equals).count());
        Browser.screenshot(driver, "cmi5-single-au");
    }

    @Test
    @DisplayName("cmi5 multi-AU framed: 7 AUs complete on launch, the quiz AU is passed; the course is satisfied "
            + "once, only after its last AU meets moveOn")
    void multiAuCourse() throws Exception {
        Path zip = Path.of(System.getProperty("hocso.fixtures", "../shared/fixtures/packages"),
                "cmi5-catapult-multi_au_framed.zip");
        long id = TestPackages.upload(Api.TRAINER, Files.readAllBytes(zip)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
        driver = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
        String registration = null;
        for (int au = 0; au < 7; au++) {
            driver.switchTo().defaultContent();
            driver.get(base + "learn/packages/" + id + "/play?au=" + au);
            registration = frameParam("registration");
            String reg = registration;
            long completedSoFar = au + 1;
            wait.until(d -> verbs(reg).stream().filter("completed"::equals).count() == completedSoFar);
        }
        assertTrue(!verbs(registration).contains("satisfied"), "not satisfied before the quiz AU meets moveOn");
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id + "/play?au=7");
        String reg = registration;
        assertEquals(reg, frameParam("registration"));
        PlayerDriver.intoPlayer(wait);
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript("return typeof course !== 'undefined';")));
        driver.executeScript("var i = course.pageList.indexOf('quiz'); course.gotoPage(i < 0 ? "
                + "course.pageList.length - 1 : i);");
        Thread.sleep(500);
        driver.executeScript("course.autopass(); course.submitAnswers();");
        wait.until(d -> verbs(reg).contains("satisfied"));
        Thread.sleep(1000);
        List<String> verbs = verbs(reg);
        assertEquals(1, verbs.stream().filter("satisfied"::equals).count(), verbs.toString());
        assertEquals(8, verbs.stream().filter("launched"::equals).count(), verbs.toString());
    }

    private String frameParam(String name) {
        String src = driver.findElement(By.id("player-frame")).getAttribute("src");
        for (String pair : java.net.URI.create(src).getRawQuery().split("&")) {
            if (pair.startsWith(name + "=")) {
                return java.net.URLDecoder.decode(pair.substring(name.length() + 1),
                        java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + src);
    }

    private List<JsonNode> statements(String registration) {
        try {
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                    .header("X-Experience-API-Version", "1.0.3").queryParam("registration", registration)
                    .queryParam("ascending", "true").get("/xapi/statements").asString()).get("statements")
                    .forEach(out::add);
            return out;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> verbs(String registration) {
        return statements(registration).stream().map(s -> s.at("/verb/id").asText().replaceAll(".*/", "")).toList();
    }

    /** The session id of the n-th launched statement. */
    private String sessionOf(String registration, int n) {
        return statements(registration).stream().filter(s -> s.at("/verb/id").asText().endsWith("/launched"))
                .skip(n).findFirst().orElseThrow().at("/context/extensions")
                .get("https://w3id.org/xapi/cmi5/context/extensions/sessionid").asText();
    }
}
