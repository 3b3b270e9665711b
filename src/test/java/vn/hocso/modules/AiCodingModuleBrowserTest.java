package vn.hocso.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.hocso.modules.ModulePlay.answer;
import static vn.hocso.modules.ModulePlay.answerAll;
import static vn.hocso.modules.ModulePlay.click;
import static vn.hocso.modules.ModulePlay.statements;
import static vn.hocso.modules.ModulePlay.withVerb;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
 * Module 04 "AI và lập trình cho giáo viên" (cmi5), built by content-packages/build.mjs, imported and played by a
 * teacher in headless Chromium through HocSo's cmi5 launch: every AU goes through cmi5.js and HocSo's strict AU rules
 * (a refused statement would leave the counts below short). AU 1 is left and resumed from the State API; AUs 1–3 are
 * completed by reading them; the coding AU is submitted with a failing function (no judgement) and then a passing one
 * (passed); the final quiz fails in one session and passes in the next. Each block and the course are satisfied once.
 */
@QuarkusTest
class AiCodingModuleBrowserTest {

    static final String SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    static final String MASTERY = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";

    /** The right answers of the final quiz (AU 5). */
    static final Map<String, String> RIGHT = new LinkedHashMap<>();
    static {
        RIGHT.put("k01-llm", "b");
        RIGHT.put("k02-ao-giac", "true");
        RIGHT.put("k03-thien-lech", "b");
        RIGHT.put("k04-nhay-cam", "a,b");
        RIGHT.put("k05-tre-em", "true");
        RIGHT.put("k06-unesco", "b");
        RIGHT.put("k07-khai-niem", "match:hoc-may=m1;du-lieu=m2;ao-giac=m3;thien-lech=m4");
        RIGHT.put("k08-lap-lai", "order:a,b,c,d");
        RIGHT.put("k09-cau-lenh", "c");
        RIGHT.put("k10-return", "text:return");
        RIGHT.put("k11-vong-lap", "b");
        RIGHT.put("k12-dtb", "text:8,4");
    }

    /** Weighted average without any input check: 7 of the 12 hidden cases. */
    static final String NAIVE = """
            function diemTrungBinhMon(thuongXuyen, giuaKy, cuoiKy) {
              let tong = 0;
              for (const d of thuongXuyen) { tong += d; }
              return Math.round((tong + 2 * giuaKy + 3 * cuoiKy) / (thuongXuyen.length + 5) * 10) / 10;
            }
            """;

    static final String SOLUTION = """
            function diemTrungBinhMon(thuongXuyen, giuaKy, cuoiKy) {
              function hopLe(d) { return typeof d === "number" && d >= 0 && d <= 10; }
              if (!Array.isArray(thuongXuyen) || thuongXuyen.length === 0) { return null; }
              if (!thuongXuyen.every(hopLe) || !hopLe(giuaKy) || !hopLe(cuoiKy)) { return null; }
              let tong = 0;
              for (const d of thuongXuyen) { tong += d; }
              return Math.round((tong + 2 * giuaKy + 3 * cuoiKy) / (thuongXuyen.length + 5) * 10) / 10;
            }
            """;

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver driver;
    private WebDriverWait wait;
    private long packageId;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    @DisplayName("module 04 (cmi5): five AUs, resume, coding exercise fail then pass, quiz failed session then passed "
            + "session; blocks and course satisfied once")
    void playAllAus() throws Exception {
        JsonPath detail = TestPackages.upload(Api.TRAINER, ModulePlay.builtZip("ai-lap-trinh.zip")).then()
                .statusCode(201).extract().jsonPath();
        packageId = detail.getLong("id");
        assertEquals("CMI5", detail.getString("standard"));
        assertEquals(1, detail.getInt("latestVersion"), "a fresh package: the same course id uploaded to the same "
                + "unit again (e.g. by demo data) would be a new version with the learner's earlier progress");
        assertEquals("AI và lập trình cho giáo viên", detail.getString("title"));
        assertEquals(4, detail.getList("descriptor.cmi5.children").size());
        assertEquals(List.of("block", "block", "block", "block"), detail.getList("descriptor.cmi5.children.type"));
        assertEquals(5, detail.getList("descriptor.launches").size());
        assertEquals(List.of("au1/index.html", "au2/index.html", "au3/index.html", "au4/index.html",
                "au5/index.html"), detail.getList("descriptor.launches.href"));
        assertEquals("Passed", detail.getString("descriptor.cmi5.children[2].children[0].moveOn"));
        assertEquals(0.8f, detail.getFloat("descriptor.cmi5.children[2].children[0].masteryScore"));
        assertEquals("CompletedAndPassed", detail.getString("descriptor.cmi5.children[3].children[0].moveOn"));

        driver = Browser.start(1280, 1000);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);

        // AU 1: read 3 of 5 pages, leave; the relaunch resumes on page 3 (State API), then finish it
        String reg = launch(0, "new");
        next(2);
        assertTrue(driver.findElement(By.id("h-ai-tao-sinh")).isDisplayed());
        wait.until(d -> withVerb(statements(reg), "experienced").size() == 3);
        assertEquals(reg, launch(0, "resumed"));
        assertTrue(driver.findElement(By.id("h-ai-tao-sinh")).isDisplayed(), "resumes where the learner left off");
        assertTrue(driver.findElement(By.id("notice")).getText().contains("quay lại"));
        assertEquals(1, withVerb(statements(reg), "abandoned").size(), "the left session was abandoned by HocSo");
        next(2);
        answer(driver, "a1-hoc-may", "b");
        click(driver, driver.findElement(By.id("a1-hoc-may-check")));
        wait.until(d -> d.findElement(By.id("a1-hoc-may-feedback")).getText().startsWith("Chính xác"));
        answer(driver, "a1-trich-dan", "true");
        click(driver, driver.findElement(By.id("a1-trich-dan-check")));
        wait.until(d -> d.findElement(By.id("a1-trich-dan-feedback")).getText().startsWith("Chưa chính xác"));
        wait.until(d -> d.findElement(By.id("completion-status")).getText().contains("hoàn thành"));
        finish(reg, 1);
        wait.until(d -> withVerb(statements(reg), "completed").size() == 1);
        assertTrue(withVerb(statements(reg), "satisfied").isEmpty(), "block 1 still needs AU 2");

        // AU 2 and AU 3: read every page → completed; block 1, then block 2 satisfied
        assertEquals(reg, launch(1, "new"));
        next(4);
        answer(driver, "a2-du-lieu", "a,b,d");
        click(driver, driver.findElement(By.id("a2-du-lieu-check")));
        wait.until(d -> d.findElement(By.id("a2-du-lieu-feedback")).getText().startsWith("Chính xác"));
        wait.until(d -> withVerb(statements(reg), "satisfied").size() == 1);
        finish(reg, 2);
        assertEquals(reg, launch(2, "new"));
        next(5);
        answer(driver, "a3-thanh-phan", "match:vai-tro=v1;boi-canh=v2;nhiem-vu=v3;dinh-dang=v4");
        click(driver, driver.findElement(By.id("a3-thanh-phan-check")));
        wait.until(d -> d.findElement(By.id("a3-thanh-phan-feedback")).getText().startsWith("Chính xác"));
        wait.until(d -> withVerb(statements(reg), "satisfied").size() == 2);
        finish(reg, 3);

        // AU 4: run the examples, submit a function without input checks (7/12: not passed), then a right one
        assertEquals(reg, launch(3, "new"));
        next(3);
        assertTrue(driver.findElement(By.id("h-bai-tap")).isDisplayed());
        type(NAIVE);
        click(driver, driver.findElement(By.id("run")));
        wait.until(d -> d.findElement(By.id("run-output")).getText().contains("đạt 2/3"));
        click(driver, driver.findElement(By.id("submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-result"), "Chưa đạt: 7/12"));
        assertTrue(driver.findElement(By.id("submit-result")).getText().contains("Không có điểm thường xuyên nào"));
        type("function diemTrungBinhMon() { while (true) {} }");
        click(driver, driver.findElement(By.id("run")));
        wait.until(d -> d.findElement(By.id("run-output")).getText().contains("quá 2 giây"));
        type(SOLUTION);
        click(driver, driver.findElement(By.id("submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("submit-result"), "12/12"));
        wait.until(d -> withVerb(statements(reg), "passed").size() == 1);
        wait.until(d -> withVerb(statements(reg), "satisfied").size() == 3);
        Browser.screenshot(driver, "ai-lap-trinh-bai-tap");
        finish(reg, 4);

        // AU 5, session 1: 8/12 → completed + failed, the AU terminates its session itself
        assertEquals(reg, launch(4, "new"));
        next(1);
        Map<String, String> wrong = new LinkedHashMap<>(RIGHT);
        wrong.put("k03-thien-lech", "a");
        wrong.put("k06-unesco", "c");
        wrong.put("k08-lap-lai", "order:d,c,b,a");
        wrong.put("k12-dtb", "text:8,5");
        answerAll(driver, wrong);
        click(driver, driver.findElement(By.id("quiz-submit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));
        assertTrue(driver.findElement(By.id("quiz-score")).getText().contains("đúng 8/12"));
        assertTrue(driver.findElement(By.id("k06-unesco-feedback")).getText().contains("13"));
        wait.until(d -> withVerb(statements(reg), "failed").size() == 1);
        wait.until(d -> withVerb(statements(reg), "terminated").size() == 5);
        assertEquals(3, withVerb(statements(reg), "satisfied").size());

        // AU 5, session 2 (relaunch): the last attempt is shown; all right → passed; block 4 and course satisfied
        assertEquals(reg, launch(4, "resumed"));
        assertTrue(driver.findElement(By.id("h-kiem-tra")).isDisplayed());
        click(driver, driver.findElement(By.id("toc-huong-dan")));
        assertTrue(driver.findElement(By.id("quiz-previous")).getText().contains("đúng 8/12"));
        click(driver, driver.findElement(By.id("toc-kiem-tra")));
        answerAll(driver, RIGHT);
        click(driver, driver.findElement(By.id("quiz-submit")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("quiz-score"), "đúng 12/12"));
        wait.until(d -> withVerb(statements(reg), "satisfied").size() == 5);
        wait.until(d -> withVerb(statements(reg), "terminated").size() == 6);
        driver.executeScript("document.getElementById('quiz-result').scrollIntoView({block: 'center'});");
        Browser.screenshot(driver, "ai-lap-trinh");

        List<JsonNode> all = statements(reg);
        for (JsonNode s : all) {
            assertEquals(reg, s.at("/context/registration").asText());
            assertTrue(s.at("/context/extensions").has(SESSION_ID), s.toString());
        }
        List<JsonNode> launched = withVerb(all, "launched");
        assertEquals(7, launched.size());
        List<String> aus = launched.stream().map(s -> s.at("/object/id").asText()).distinct().toList();
        assertEquals(5, aus.size());
        String au4 = aus.get(3);
        String au5 = aus.get(4);

        List<JsonNode> satisfied = withVerb(all, "satisfied");
        assertEquals(5, satisfied.size(), "4 blocks and the course, once each");
        assertEquals(5, satisfied.stream().map(s -> s.at("/object/id").asText()).distinct().count());
        assertEquals(4, satisfied.stream().filter(s -> s.at("/object/definition/type").asText()
                .equals("https://w3id.org/xapi/cmi5/activitytype/block")).count());
        assertEquals("https://w3id.org/xapi/cmi5/activitytype/course",
                satisfied.get(4).at("/object/definition/type").asText(), "the course is satisfied last");

        List<JsonNode> completed = withVerb(all, "completed");
        assertEquals(4, completed.size(), "AUs 1–3 and the quiz, once each");
        assertEquals(Set.of(aus.get(0), aus.get(1), aus.get(2), au5),
                completed.stream().map(s -> s.at("/object/id").asText()).collect(Collectors.toSet()));
        List<JsonNode> passed = withVerb(all, "passed");
        assertEquals(2, passed.size());
        assertEquals(au4, passed.get(0).at("/object/id").asText());
        assertEquals(1.0, passed.get(0).at("/result/score/scaled").asDouble(), 1e-9);
        assertEquals(0.8, passed.get(0).at("/context/extensions").get(MASTERY).asDouble(), 1e-9);
        assertEquals(au5, passed.get(1).at("/object/id").asText());
        assertEquals(12, passed.get(1).at("/result/score/raw").asInt());
        JsonNode failed = withVerb(all, "failed").get(0);
        assertEquals(au5, failed.at("/object/id").asText());
        assertEquals(0.6667, failed.at("/result/score/scaled").asDouble(), 1e-9);
        assertFalse(failed.at("/result/success").asBoolean());
        assertEquals(0.8, failed.at("/context/extensions").get(MASTERY).asDouble(), 1e-9);
        assertTrue(failed.at("/result/duration").asText().startsWith("PT"));
        assertEquals(failed.at("/context/extensions").get(SESSION_ID).asText(),
                withVerb(all, "launched").get(5).at("/context/extensions").get(SESSION_ID).asText(),
                "the failed statement belongs to the first quiz session");

        List<JsonNode> answered = withVerb(all, "answered");
        List<JsonNode> code = answered.stream().filter(s -> s.at("/object/id").asText()
                .equals(au4 + "/interactions/bai-tap-diem-trung-binh")).toList();
        assertEquals(2, code.size());
        assertEquals(0.5833, code.get(0).at("/result/score/scaled").asDouble(), 1e-9);
        assertFalse(code.get(0).at("/result/success").asBoolean());
        assertTrue(code.get(1).at("/result/success").asBoolean());
        assertTrue(code.get(1).at("/result/response").asText().contains("hopLe"));
        assertEquals("long-fill-in", code.get(1).at("/object/definition/interactionType").asText());
        List<JsonNode> quiz = answered.stream().filter(s -> s.at("/object/id").asText()
                .startsWith(au5 + "/interactions/k")).toList();
        assertEquals(24, quiz.size(), "12 quiz items in each of two sessions");
        assertEquals(8, quiz.subList(0, 12).stream().filter(s -> s.at("/result/success").asBoolean()).count());
        JsonNode k07 = quiz.get(18);
        assertEquals(au5 + "/interactions/k07-khai-niem", k07.at("/object/id").asText());
        assertEquals("matching", k07.at("/object/definition/interactionType").asText());
        assertEquals("hoc-may[.]m1[,]du-lieu[.]m2[,]ao-giac[.]m3[,]thien-lech[.]m4", k07.at("/result/response").asText());
        assertEquals(au5, k07.at("/context/contextActivities/parent/0/id").asText());
        assertTrue(k07.at("/context/contextActivities/category").isMissingNode()
                || k07.at("/context/contextActivities/category").isEmpty(), "an allowed statement, not cmi5 defined");
        assertEquals("a[,]b", quiz.get(15).at("/result/response").asText());
        assertEquals("8,4", quiz.get(23).at("/result/response").asText());
        assertEquals(4, answered.stream().filter(s -> s.at("/object/id").asText().contains("/interactions/a")).count(),
                "practice items of AUs 1–3");
        assertTrue(withVerb(all, "experienced").size() >= 20);

        // the course page lists the five AUs
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + packageId);
        assertEquals(5, driver.findElements(By.cssSelector("#aus li")).size());
    }

    /** Opens AU n from HocSo, steps into its frame and waits until it is ready; returns the registration. */
    private String launch(int au, String ready) {
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + packageId + "/play?au=" + au);
        String registration = ModulePlay.frameParam(driver, "registration");
        PlayerDriver.intoPlayer(wait);
        wait.until(d -> {
            String r = d.findElement(By.tagName("body")).getAttribute("data-ready");
            if ("error".equals(r)) {
                throw new AssertionError(d.findElement(By.id("notice")).getText());
            }
            return ready.equals(r);
        });
        return registration;
    }

    private void next(int times) {
        for (int i = 0; i < times; i++) {
            String before = driver.findElement(By.id("page-status")).getText();
            click(driver, driver.findElement(By.id("next")));
            wait.until(d -> !d.findElement(By.id("page-status")).getText().equals(before));
        }
    }

    /** "Lưu và kết thúc phiên học": waits for the n-th terminated statement of the registration. */
    private void finish(String registration, int terminatedSoFar) {
        click(driver, driver.findElement(By.id("finish")));
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-terminated")));
        wait.until(d -> withVerb(statements(registration), "terminated").size() == terminatedSoFar);
    }

    private void type(String code) {
        var editor = driver.findElement(By.id("code"));
        editor.clear();
        editor.sendKeys(code);
    }
}
