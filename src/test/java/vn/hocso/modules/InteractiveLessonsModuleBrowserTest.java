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
 * Module 03 "Thiết kế bài giảng tương tác" (xAPI, tincan.xml), built by content-packages/build.mjs, imported and played
 * by a teacher in headless Chromium at phone width: lessons, practice items, a failed final quiz, a retry that passes,
 * resume from the State API on relaunch, completion on the learner page, and the statements in the LRS.
 */
@QuarkusTest
class InteractiveLessonsModuleBrowserTest {

    static final String COURSE = "https://hocso.edu.vn/xapi/activities/modules/bai-giang-tuong-tac";

    /** The right answers of the final quiz, in the module's own terms. */
    static final Map<String, String> RIGHT = new LinkedHashMap<>();
    static {
        RIGHT.put("q01-mach-lac", "b");
        RIGHT.put("q02-lien-ke", "true");
        RIGHT.put("q03-bao-hieu", "a,b,d");
        RIGHT.put("q04-kenh", "a");
        RIGHT.put("q05-alt-bieu-do", "c");
        RIGHT.put("q06-mau-sac", "false");
        RIGHT.put("q07-chu-lon", "text:3:1");
        RIGHT.put("q08-ky-thuat", "match:phieu-ra-ve=m1;ban-le=m2;tieu-chi=m3;dong-dang=m4");
        RIGHT.put("q09-phan-hoi", "c");
        RIGHT.put("q10-nd", "c");
        RIGHT.put("q11-mo-hinh", "order:a,b,c,d");
        RIGHT.put("q12-quyen-tac-gia", "b");
    }

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
    @DisplayName("module 03 (xAPI): lessons, practice, failed quiz, retry passed, resume, completion and statements")
    void playFailRetryPassResume() throws Exception {
        JsonPath detail = TestPackages.upload(Api.TRAINER, ModulePlay.builtZip("bai-giang-tuong-tac.zip")).then()
                .statusCode(201).extract().jsonPath();
        long id = detail.getLong("id");
        assertEquals("XAPI", detail.getString("standard"));
        assertEquals(1, detail.getInt("latestVersion"), "a fresh package: the same course id uploaded to the same "
                + "unit again (e.g. by demo data) would be a new version with the learner's earlier progress");
        assertEquals("Thiết kế bài giảng tương tác", detail.getString("title"));
        assertEquals(28, detail.getList("descriptor.tincan").size(), "course + 7 lessons + 20 interactions");
        assertEquals(1, detail.getList("descriptor.launches").size());
        assertEquals(COURSE, detail.getString("descriptor.launches[0].id"));
        assertEquals("index.html", detail.getString("descriptor.launches[0].href"));
        assertTrue(detail.getList("descriptor.tincan.type").stream()
                .filter("http://adlnet.gov/expapi/activities/cmi.interaction"::equals).count() == 20);

        driver = Browser.start(375, 812);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
        driver.get(base + "learn/packages/" + id + "/play");
        String registration = ModulePlay.frameParam(driver, "registration");
        PlayerDriver.intoPlayer(wait);
        wait.until(d -> "new".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertTrue(driver.findElement(By.id("h-gioi-thieu")).isDisplayed());

        // lesson 1 with its two practice items: one wrong first, then right; the matching item right
        click(driver, driver.findElement(By.id("next")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("h-da-phuong-tien")));
        answer(driver, "p-mayer-du-thua", "a");
        click(driver, driver.findElement(By.id("p-mayer-du-thua-check")));
        wait.until(d -> d.findElement(By.id("p-mayer-du-thua-feedback")).getText().startsWith("Chưa chính xác"));
        answer(driver, "p-mayer-du-thua", "b");
        click(driver, driver.findElement(By.id("p-mayer-du-thua-check")));
        wait.until(d -> d.findElement(By.id("p-mayer-du-thua-feedback")).getText().startsWith("Chính xác"));
        click(driver, driver.findElement(By.id("p-mayer-ghep-check")));
        assertTrue(driver.findElement(By.id("p-mayer-ghep-feedback")).getText().contains("chọn một mục ghép"),
                "an unanswered item says what is missing");
        answer(driver, "p-mayer-ghep", "match:mach-lac=t1;bao-hieu=t2;phan-doan=t3;tien-huan-luyen=t4");
        click(driver, driver.findElement(By.id("p-mayer-ghep-check")));
        wait.until(d -> d.findElement(By.id("p-mayer-ghep-feedback")).getText().startsWith("Chính xác"));

        // lesson 2: the fill-in accepts the Vietnamese decimal comma
        click(driver, driver.findElement(By.id("next")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("h-tiep-can")));
        answer(driver, "p-tiep-can-tuong-phan", "text:4,5");
        click(driver, driver.findElement(By.id("p-tiep-can-tuong-phan-check")));
        wait.until(d -> d.findElement(By.id("p-tiep-can-tuong-phan-feedback")).getText().startsWith("Chính xác"));
        // lessons 3 and 4 (a sequencing practice item), then the quiz
        click(driver, driver.findElement(By.id("next")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("h-danh-gia")));
        click(driver, driver.findElement(By.id("next")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("h-giay-phep-mo")));
        answer(driver, "p-giay-phep-tasl", "order:t,a,s,l");
        click(driver, driver.findElement(By.id("p-giay-phep-tasl-check")));
        wait.until(d -> d.findElement(By.id("p-giay-phep-tasl-feedback")).getText().startsWith("Chính xác"));
        click(driver, driver.findElement(By.id("next")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("h-kiem-tra")));

        // first attempt: 8 of 12 right (67 % < 80 %) -> failed
        Map<String, String> first = new LinkedHashMap<>(RIGHT);
        first.put("q09-phan-hoi", "a");
        first.put("q10-nd", "a");
        first.put("q11-mo-hinh", "order:d,c,b,a");
        first.remove("q12-quyen-tac-gia"); // left unanswered: the quiz says which item is missing
        answerAll(driver, first);
        click(driver, driver.findElement(By.id("quiz-submit")));
        wait.until(d -> d.findElement(By.id("quiz-message")).getText().contains("câu 12"));
        answer(driver, "q12-quyen-tac-gia", "a");
        click(driver, driver.findElement(By.id("quiz-submit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));
        assertTrue(driver.findElement(By.id("quiz-score")).getText().contains("đúng 8/12"),
                driver.findElement(By.id("quiz-score")).getText());
        assertTrue(driver.findElement(By.id("quiz-result-heading")).getText().startsWith("Chưa đạt"));
        assertTrue(driver.findElement(By.id("q10-nd-feedback")).getText().contains("ND"), "feedback on a wrong item");
        assertTrue(driver.findElement(By.id("q01-mach-lac-feedback")).getText().startsWith("Chính xác"));
        wait.until(d -> withVerb(statements(registration), "failed").size() == 1);

        // retry: all right -> passed and completed
        click(driver, driver.findElement(By.id("quiz-retry")));
        answerAll(driver, RIGHT);
        click(driver, driver.findElement(By.id("quiz-submit")));
        wait.until(d -> d.findElement(By.id("quiz-score")).getText().contains("đúng 12/12"));
        assertTrue(driver.findElement(By.id("quiz-result-heading")).getText().startsWith("Chúc mừng"));
        wait.until(d -> withVerb(statements(registration), "completed").size() == 1);
        driver.executeScript("document.getElementById('quiz-result').scrollIntoView({block: 'start'});");
        Browser.screenshot(driver, "bai-giang-tuong-tac");

        // relaunch: the State API brings back the quiz page and its last result
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id + "/play");
        assertEquals(registration, ModulePlay.frameParam(driver, "registration"), "one registration per package");
        PlayerDriver.intoPlayer(wait);
        wait.until(d -> "resumed".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertTrue(driver.findElement(By.id("h-kiem-tra")).isDisplayed(), "resumes where the learner left off");
        assertTrue(driver.findElement(By.id("notice")).getText().contains("quay lại"));
        assertTrue(driver.findElement(By.id("quiz-score")).getText().contains("Lần làm bài thứ 2: đúng 12/12"));
        click(driver, driver.findElement(By.id("toc-da-phuong-tien")));
        assertTrue(driver.findElement(By.id("p-mayer-ghep-feedback")).getText().startsWith("Chính xác"),
                "practice answers come back too");
        wait.until(d -> withVerb(statements(registration), "resumed").size() == 1);

        // the learner page reads completion from the LRS
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id);
        assertTrue(driver.findElement(By.id("xapi-status")).getText().contains("đã hoàn thành"),
                driver.findElement(By.id("xapi-status")).getText());

        List<JsonNode> all = statements(registration);
        for (JsonNode s : all) {
            assertEquals(registration, s.at("/context/registration").asText());
            assertEquals(Api.TEACHER, s.at("/actor/account/name").asText());
        }
        assertEquals(1, withVerb(all, "attempted").size());
        assertEquals(COURSE, withVerb(all, "attempted").get(0).at("/object/id").asText());
        assertTrue(withVerb(all, "experienced").size() >= 6, "a statement per lesson page seen");
        assertTrue(withVerb(all, "experienced").stream().anyMatch(
                s -> s.at("/object/id").asText().equals(COURSE + "/lessons/tiep-can")
                        && s.at("/context/contextActivities/parent/0/id").asText().equals(COURSE)));

        List<JsonNode> answered = withVerb(all, "answered");
        List<JsonNode> quiz = answered.stream()
                .filter(s -> s.at("/object/id").asText().startsWith(COURSE + "/interactions/q")).toList();
        assertEquals(24, quiz.size(), "12 quiz items, answered twice");
        assertEquals(8, quiz.subList(0, 12).stream().filter(s -> s.at("/result/success").asBoolean()).count());
        assertTrue(quiz.subList(12, 24).stream().allMatch(s -> s.at("/result/success").asBoolean()));
        JsonNode q3 = quiz.get(14);
        assertEquals(COURSE + "/interactions/q03-bao-hieu", q3.at("/object/id").asText());
        assertEquals("a[,]b[,]d", q3.at("/result/response").asText());
        assertEquals("choice", q3.at("/object/definition/interactionType").asText());
        assertEquals("a[,]b[,]d", q3.at("/object/definition/correctResponsesPattern/0").asText());
        assertEquals(2, q3.at("/context/extensions").get("https://hocso.edu.vn/xapi/extensions/quiz-attempt").asInt());
        assertEquals(COURSE + "/lessons/kiem-tra", q3.at("/context/contextActivities/parent/0/id").asText());
        assertEquals(COURSE, q3.at("/context/contextActivities/grouping/0/id").asText());
        JsonNode q8 = quiz.get(19);
        assertEquals("matching", q8.at("/object/definition/interactionType").asText());
        assertEquals("phieu-ra-ve[.]m1[,]ban-le[.]m2[,]tieu-chi[.]m3[,]dong-dang[.]m4",
                q8.at("/result/response").asText());
        assertEquals("sequencing", quiz.get(22).at("/object/definition/interactionType").asText());
        assertEquals("fill-in", quiz.get(18).at("/object/definition/interactionType").asText());
        assertEquals("true-false", quiz.get(13).at("/object/definition/interactionType").asText());
        List<JsonNode> practice = answered.stream()
                .filter(s -> s.at("/object/id").asText().contains("/interactions/p-")).toList();
        assertEquals(5, practice.size());
        assertFalse(practice.get(0).at("/result/success").asBoolean());
        assertTrue(practice.get(1).at("/result/success").asBoolean());

        JsonNode failed = withVerb(all, "failed").get(0);
        assertEquals(COURSE, failed.at("/object/id").asText());
        assertEquals(0.6667, failed.at("/result/score/scaled").asDouble(), 1e-9);
        assertEquals(8, failed.at("/result/score/raw").asInt());
        assertFalse(failed.at("/result/success").asBoolean());
        List<JsonNode> passed = withVerb(all, "passed");
        assertEquals(1, passed.size());
        assertEquals(COURSE, passed.get(0).at("/object/id").asText());
        assertEquals(1.0, passed.get(0).at("/result/score/scaled").asDouble(), 1e-9);
        assertTrue(passed.get(0).at("/result/success").asBoolean());
        assertTrue(passed.get(0).at("/result/duration").asText().startsWith("PT"));
        JsonNode completed = withVerb(all, "completed").get(0);
        assertEquals(COURSE, completed.at("/object/id").asText());
        assertTrue(completed.at("/result/completion").asBoolean());
    }
}
