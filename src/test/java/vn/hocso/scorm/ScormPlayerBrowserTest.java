package vn.hocso.scorm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
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
 * A teacher plays a SCORM 1.2 package in real headless Chromium: the SCO (in a frame of the player, on the content
 * origin) finds the API, commits a bookmark and 5,000 characters of suspend data, changes the bookmark without
 * committing and closes the page (the player's save on page hide keeps it), relaunches and resumes there.
 */
@QuarkusTest
class ScormPlayerBrowserTest {

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

    @Test
    @DisplayName("Play, bookmark, close without committing, relaunch: resumes with everything kept")
    void playBookmarkCloseRelaunch() throws Exception {
        long id = TestPackages.upload(Api.TRAINER, TestPackages.scorm12("Bài học trình duyệt")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        driver = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
        driver.findElement(By.linkText("Bài học trình duyệt")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("start"))).click();

        enterSco(wait);
        assertEquals("true", driver.findElement(By.id("init")).getText());
        assertEquals("ab-initio", driver.findElement(By.id("entry")).getText());
        driver.findElement(By.id("bookmark")).click();
        driver.findElement(By.id("dirty")).click();
        Browser.screenshot(driver, "scorm12-sco");
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("resume")));
        assertEquals("page-9", waitForLocation(id));

        driver.findElement(By.id("resume")).click();
        enterSco(wait);
        assertEquals("page-9", driver.findElement(By.id("location")).getText());
        assertEquals("5000", driver.findElement(By.id("suspend")).getText());
        driver.findElement(By.id("pass")).click();
        driver.findElement(By.id("suspend-exit")).click();
        wait.until(d -> "suspend".equals(exitMode(id)));
        driver.switchTo().defaultContent();
        driver.get(base + "learn/packages/" + id + "/play");
        enterSco(wait);
        assertEquals("resume", driver.findElement(By.id("entry")).getText());
        assertTrue(driver.findElement(By.id("location")).getText().startsWith("page-9"));
    }

    /** Switches into the SCO: LMS page → player frame (content origin) → SCO frame; waits until it initialized. */
    private void enterSco(WebDriverWait wait) {
        PlayerDriver.intoPlayer(wait);
        PlayerDriver.intoSco(wait);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("init"), "true"));
    }

    private String waitForLocation(long packageId) throws Exception {
        for (int i = 0; i < 50; i++) {
            String location = scoColumn(packageId, "location");
            if ("page-9".equals(location)) {
                return location;
            }
            Thread.sleep(100);
        }
        return scoColumn(packageId, "location");
    }

    private String exitMode(long packageId) {
        try {
            return scoColumn(packageId, "exit_mode");
        } catch (Exception e) {
            return null;
        }
    }

    private String scoColumn(long packageId, String column) throws Exception {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT s." + column + " FROM scorm_sco_state s JOIN scorm_attempt a ON a.id = s.attempt_id "
                        + "WHERE a.package_id = " + packageId + " AND s.item_id = 'item1'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
