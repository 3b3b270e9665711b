package vn.hocso.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;
import vn.hocso.support.PlayerDriver;

/**
 * The dashboards in headless Chromium: the city administrator opens the city dashboard (bars against the target
 * line), drills into a district, one target's page (per-school chart, splits) and the people not yet trained.
 * Screenshots: target/screenshots/dashboard-*.png.
 */
@QuarkusTest
class DashboardBrowserTest {

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
    @DisplayName("City dashboard → district → target page → people not yet trained, in Vietnamese")
    void drillDown() throws Exception {
        TargetFixtures fx = new TargetFixtures(db);
        for (String position : List.of("CBQL", "NV", "CBQL", "IT")) {
            fx.priorQualification(fx.newPerson(position, "Q01-TH-01"), fx.knls("KNLS.3", 1), "2025-04-01");
        }
        driver = Browser.start(1366, 1000);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        PlayerDriver.login(driver, wait, base, Api.CITY_ADMIN);
        driver.get(base + "reports/dashboard");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("targets")));
        assertTrue(driver.findElement(By.id("dashboard-heading")).getText().startsWith("Chỉ tiêu kế hoạch"));
        WebElement t4 = driver.findElement(By.cssSelector("tr[data-target-code='T4-2025']"));
        long trained = Long.parseLong(t4.findElement(By.cssSelector("[data-numerator]")).getText());
        assertTrue(trained >= 4, "the four qualified people count: " + trained);
        assertTrue(t4.findElement(By.cssSelector("svg.target-bar .target-bar-fill")).getSize().getWidth() > 0);
        Browser.screenshot(driver, "dashboard-city");

        driver.findElement(By.linkText("Quận 1")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("dashboard-heading"), "Quận 1"));
        Browser.screenshot(driver, "dashboard-district");
        driver.findElement(By.cssSelector("tr[data-target-code='T4-2025'] th a")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("unit-chart")));
        assertTrue(driver.findElements(By.cssSelector("#unit-chart rect.target-bar-fill")).size() > 1);
        assertTrue(driver.findElement(By.id("by-position")).getText().contains("Cán bộ quản lý"));
        Browser.screenshot(driver, "dashboard-target");
        driver.findElement(By.id("untrained-link")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("untrained-heading")));
        assertTrue(driver.findElement(By.id("untrained-count")).getText().endsWith("người"));
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        Browser.screenshot(driver, "dashboard-untrained");
    }
}
