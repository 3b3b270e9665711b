package vn.hocso.content.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Path;
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

/** A trainer uploads packages on the content page in Chromium: the result, and a refusal explained in Vietnamese. */
@QuarkusTest
class ContentPageBrowserTest {

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
    @DisplayName("Upload through the page: progress, then the imported package; a zip slip is refused with a reason")
    void uploadThroughThePage() throws Exception {
        driver = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        PlayerDriver.login(driver, wait, base, Api.TRAINER);
        driver.get(base + "content");
        Path zip = TestPackages.file(TestPackages.scorm12("Tải lên qua trang"));
        driver.findElement(By.id("upload-file")).sendKeys(zip.toAbsolutePath().toString());
        driver.findElement(By.id("upload-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-result"), "Đã nhập gói"));
        assertTrue(driver.findElement(By.id("upload-result")).getText().contains("Tải lên qua trang"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("packages"), "Tải lên qua trang"));

        Path evil = TestPackages.file(TestPackages.zip(java.util.Map.of("../evil.html", "x")));
        driver.findElement(By.id("upload-file")).sendKeys(evil.toAbsolutePath().toString());
        driver.findElement(By.id("upload-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("upload-result"), "không an toàn"));
        Browser.screenshot(driver, "content-upload-refused");
    }
}
