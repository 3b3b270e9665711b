package vn.hocso.journey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;
import vn.hocso.support.PlayerDriver;
import vn.hocso.support.TestPackages;

/**
 * Issue 7's journeys in headless Chromium. (1) The district administrator imports staff (a bad row is reported and
 * skipped), launches a campaign through the page, a new staff member (NV) takes the assigned course and passes it,
 * and the district dashboard moves (T4-2025, cybersecurity for managers and staff). (2) The auditor finds that
 * person's statements, opens one, exports them, and cannot change anything.
 * Screenshots: target/screenshots/journey-*.png.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountabilityJourneyBrowserTest {

    /** The NV imported by the first journey, whose statements the auditor looks for. */
    private static String nvNationalId;
    private static String nvUsername;

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static long[] t4(String user) {
        JsonPath p = Api.as(user).get("/api/v1/targets").then().statusCode(200).extract().jsonPath();
        return new long[] {p.getLong("targets.find { it.code == 'T4-2025' }.numerator"),
                p.getLong("targets.find { it.code == 'T4-2025' }.denominator")};
    }

    private static String nationalId() {
        return String.format("0796%08d", System.nanoTime() % 100_000_000);
    }

    private long knls3Basic(String what) {
        String sql = "item".equals(what)
                ? "SELECT i.id FROM competency_item i JOIN competency_framework f ON f.id = i.framework_id "
                        + "WHERE f.code = 'HCM-KNLS' AND f.published_at IS NOT NULL AND i.human_code = 'KNLS.3' "
                        + "ORDER BY f.published_at DESC LIMIT 1"
                : "SELECT l.id FROM proficiency_level l JOIN competency_item i ON i.framework_id = l.framework_id "
                        + "JOIN competency_framework f ON f.id = i.framework_id WHERE f.code = 'HCM-KNLS' "
                        + "AND f.published_at IS NOT NULL AND i.human_code = 'KNLS.3' "
                        + "ORDER BY f.published_at DESC, l.ordinal LIMIT 1";
        try (var c = db.getConnection(); var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void login(WebDriverWait wait, String user) {
        driver.manage().deleteAllCookies();
        PlayerDriver.login(driver, wait, base, user);
    }

    @Test
    @Order(1)
    @DisplayName("District admin imports staff (bad row reported) → campaign → the NV passes the course → the "
            + "district dashboard moves")
    void districtAdministratorJourney() throws Exception {
        // The city's trainer and administrator provide a cybersecurity course mapped to HCM-KNLS KNLS.3 (Cơ bản).
        long pkg = TestPackages.upload(Api.TRAINER, TestPackages.scorm12("An toàn thông tin mạng cơ bản"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        Api.as(Api.CITY_ADMIN).body(Map.of("itemId", knls3Basic("item"), "levelId", knls3Basic("level"),
                "combinator", "ALL", "condition", "PASSED", "modules", List.of(Map.of("kind", "PACKAGE", "id", pkg))))
                .post("/api/v1/competency/rules").then().statusCode(201);
        String courseTitle = "An toàn thông tin mạng cho nhân viên " + System.nanoTime() % 10000;
        long course = Api.as(Api.TRAINER).body(Map.of("title", courseTitle, "description",
                "Bồi dưỡng cơ bản về an toàn thông tin mạng (chỉ tiêu T4)", "track", "CYBERSECURITY",
                "positions", List.of("CBQL", "NV", "IT"), "durationHours", 3, "packages",
                List.of(Map.of("packageId", pkg)), "status", "PUBLISHED")).post("/api/v1/courses").then()
                .statusCode(201).extract().jsonPath().getLong("id");

        driver = Browser.start(1366, 1000);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        login(wait, Api.DISTRICT_ADMIN);

        // 1. Staff import: two good rows and one bad one.
        nvNationalId = nationalId();
        String teacherId = nationalId();
        Path csv = Files.createTempFile("nhan-su-", ".csv");
        Files.writeString(csv, "national_id,full_name,email,position,institution_code,school_level,ownership,subject\r\n"
                + nvNationalId + ",Phạm Văn Bảo," + "bao." + nvNationalId + "@q1.hocso.edu.vn,NV,Q01-TH-01,TH,PUBLIC,\r\n"
                + teacherId + ",Lê Thị Cúc,cuc." + teacherId + "@q1.hocso.edu.vn,GV,Q01-TH-01,TH,PUBLIC,Toán\r\n"
                + "12345,Sai Mã Định Danh,,GV,Q01-TH-01,TH,PUBLIC,\r\n", StandardCharsets.UTF_8);
        driver.get(base + "admin/staff-import");
        driver.findElement(By.id("staff-file")).sendKeys(csv.toAbsolutePath().toString());
        driver.findElement(By.id("staff-preview")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report-summary")));
        assertTrue(!driver.findElements(By.id("report-errors")).isEmpty(),
                driver.findElement(By.id("staff-import-report")).getText());
        assertTrue(driver.findElement(By.id("report-errors")).getText().contains("national_id"),
                driver.findElement(By.id("report-errors")).getText());
        Browser.screenshot(driver, "journey-staff-import-preview");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("staff-confirm"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("report-heading"), "Kết quả nhập"));
        String summary = driver.findElement(By.id("report-summary")).getText();
        assertTrue(summary.contains("2") && summary.contains("1"), summary);
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/people?q=" + nvNationalId).then().statusCode(200)
                .body("items[0].position", org.hamcrest.Matchers.equalTo("NV"));
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/people?q=12345").then().statusCode(200)
                .body("items.size()", org.hamcrest.Matchers.equalTo(0));

        // The NV gets a login (the district administrator, through the API).
        long person = Api.as(Api.DISTRICT_ADMIN).get("/api/v1/people?q=" + nvNationalId).then().extract().jsonPath()
                .getLong("items[0].id");
        long school = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q01-TH-01").jsonPath()
                .getLong("find { it.code == 'Q01-TH-01' }.id");
        nvUsername = "bao." + nvNationalId;
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("username", nvUsername, "password", Api.DEMO_PASSWORD,
                "displayName", "Phạm Văn Bảo", "personId", person,
                "roles", List.of(Map.of("role", "LEARNER", "orgUnitId", school)))).post("/api/v1/users").then()
                .statusCode(201);
        long[] before = t4(Api.DISTRICT_ADMIN);
        driver.get(base + "reports/dashboard");
        WebElement row = driver.findElement(By.cssSelector("tr[data-target-code='T4-2025']"));
        assertEquals(String.valueOf(before[0]), row.findElement(By.cssSelector("[data-numerator]")).getText());
        assertEquals(String.valueOf(before[1]), row.findElement(By.cssSelector("[data-denominator]")).getText());
        Browser.screenshot(driver, "journey-dashboard-before");

        // 2. Campaign through the page: NV of Q01-TH-01, due in two weeks.
        driver.get(base + "admin/campaigns");
        new Select(driver.findElement(By.id("courseId"))).selectByValue(String.valueOf(course));
        driver.findElement(By.id("name")).sendKeys("Đợt 1 — An toàn thông tin cho nhân viên");
        driver.executeScript("document.getElementById('dueDate').value = arguments[0]",
                LocalDate.now().plusDays(14).toString());
        driver.findElement(By.cssSelector("input[name='positions'][value='NV']")).click();
        driver.findElement(By.id("institutionCodes")).sendKeys("Q01-TH-01");
        driver.findElement(By.id("preview-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
        driver.findElement(By.id("launch-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("launched")));
        Browser.screenshot(driver, "journey-campaign");

        // 3. The NV sees the assigned course and passes it.
        login(wait, nvUsername);
        WebElement assigned = driver.findElement(By.id("assigned"));
        assertTrue(assigned.getText().contains(courseTitle), assigned.getText());
        assigned.findElement(By.partialLinkText(courseTitle)).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href^='/learn/packages/" + pkg + "']")));
        driver.get(base + "learn/packages/" + pkg + "/play?item=item1");
        PlayerDriver.intoPlayer(wait);
        PlayerDriver.intoSco(wait);
        wait.until(d -> "true".equals(d.findElement(By.id("init")).getText()));
        driver.findElement(By.id("pass")).click();
        driver.findElement(By.id("suspend-exit")).click();
        driver.switchTo().defaultContent();
        Thread.sleep(500);
        driver.get(base + "learn/packages/" + pkg + "/play?item=item2");
        PlayerDriver.intoPlayer(wait);
        driver.switchTo().defaultContent();

        // 4. The district dashboard moves: one more person trained for T4-2025.
        long[] after = before;
        for (int i = 0; i < 60 && after[0] == before[0]; i++) {
            Thread.sleep(500);
            after = t4(Api.DISTRICT_ADMIN);
        }
        assertEquals(before[0] + 1, after[0], "the NV counts as trained");
        assertEquals(before[1], after[1]);
        login(wait, Api.DISTRICT_ADMIN);
        driver.get(base + "reports/dashboard");
        row = driver.findElement(By.cssSelector("tr[data-target-code='T4-2025']"));
        assertEquals(String.valueOf(after[0]), row.findElement(By.cssSelector("[data-numerator]")).getText());
        Browser.screenshot(driver, "journey-dashboard-after");
        driver.findElement(By.cssSelector("tr[data-target-code='T4-2025'] th a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-chart")));
        Browser.screenshot(driver, "journey-dashboard-target");
    }

    @Test
    @Order(2)
    @DisplayName("The auditor finds the NV's statements, opens one, exports them, and cannot change anything")
    void auditorJourney() throws Exception {
        assertTrue(nvNationalId != null, "runs after the district journey");
        long auditEntries = Api.as(Api.CITY_ADMIN).get("/api/v1/audit?limit=500").then().statusCode(200).extract()
                .jsonPath().getList("findAll { it.actorName == 'kiemtra' }").size();
        driver = Browser.start(1366, 1000);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        login(wait, Api.AUDITOR);
        driver.get(base + "audit/statements");
        driver.findElement(By.id("f-person")).sendKeys(nvNationalId);
        driver.findElement(By.id("f-verb")).sendKeys("http://adlnet.gov/expapi/verbs/passed");
        driver.executeScript("document.getElementById('f-from').value = arguments[0]",
                LocalDate.now().minusDays(1).toString());
        driver.findElement(By.id("explorer-search")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("result-heading")));
        String results = driver.findElement(By.id("result-heading")).getText();
        assertTrue(results.contains("Phạm Văn Bảo"), results);
        List<WebElement> links = driver.findElements(By.cssSelector("tr td a[href^='/audit/statements/']"));
        assertTrue(!links.isEmpty(), "at least one passed statement");
        Browser.screenshot(driver, "journey-auditor-statements");
        links.get(0).click();
        wait.until(ExpectedConditions.urlContains("/audit/statements/"));
        assertTrue(driver.getPageSource().contains("adlnet.gov/expapi/verbs/passed"));
        String csv = Api.as(Api.AUDITOR).queryParam("person", nvNationalId).queryParam("format", "csv")
                .get("/audit/statements/export").then().statusCode(200).extract().asString();
        assertTrue(csv.contains("passed") && csv.split("\r\n").length > 2, csv);

        // Read-only: no write controls, every write refused, nothing stored, nothing in the audit log.
        driver.get(base + "admin/staff-import");
        assertTrue(driver.findElements(By.id("staff-import-form")).isEmpty(), "no import form for an auditor");
        driver.get(base + "reports/targets");
        assertTrue(driver.findElements(By.id("target-form")).isEmpty(), "no target form for an auditor");
        driver.get(base + "reports/dashboard");
        assertTrue(driver.findElement(By.cssSelector("tr[data-target-code='T4-2025']")).isDisplayed());
        long[] t4 = t4(Api.AUDITOR);
        Api.as(Api.AUDITOR).contentType("multipart/form-data").multiPart("file", "a.csv",
                "national_id\r\n".getBytes(StandardCharsets.UTF_8), "text/csv").post("/api/v1/staff-imports").then()
                .statusCode(403);
        Api.as(Api.AUDITOR).body(Map.of("courseId", 1, "dueDate", "2030-01-01")).post("/api/v1/campaigns").then()
                .statusCode(403);
        Api.as(Api.AUDITOR).body(Map.of("code", "X")).post("/api/v1/targets").then().statusCode(403);
        Api.as(Api.AUDITOR).post("/api/v1/targets/facts/rebuild").then().statusCode(403);
        Api.as(Api.AUDITOR).body(Map.of("reason", "thử")).post("/api/v1/certificates/1/revoke").then()
                .statusCode(403);
        Api.as(Api.AUDITOR).body(Map.of()).post("/api/v1/competency/rules").then().statusCode(403);
        Api.as(Api.AUDITOR).contentType("application/json").header("X-Experience-API-Version", "1.0.3")
                .body("{}").post("/xapi/statements").then().statusCode(401);
        Api.as(Api.AUDITOR).accept("text/html").get("/admin/campaigns").then().statusCode(403);
        assertEquals(t4[0], t4(Api.AUDITOR)[0]);
        assertEquals(auditEntries, Api.as(Api.CITY_ADMIN).get("/api/v1/audit?limit=500").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.actorName == 'kiemtra' }").size(),
                "the auditor left no trace of a change");
    }
}
