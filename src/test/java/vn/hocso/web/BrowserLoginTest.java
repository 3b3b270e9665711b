package vn.hocso.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;

/**
 * A teacher in a real headless Chromium: logs in in Vietnamese, switches to English, logs out; and the keyboard-only
 * path through the login form on a phone-sized screen.
 */
@QuarkusTest
class BrowserLoginTest {

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
    void teacherLogsInInVietnameseSwitchesToEnglishAndLogsOut() throws Exception {
        driver = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(base + "login");
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.getTitle().startsWith("Đăng nhập"), driver.getTitle());

        driver.findElement(By.id("username")).sendKeys(Api.TEACHER);
        driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home-heading"), "Xin chào"));
        assertEquals("Xin chào, Nguyễn Thị Mai!", driver.findElement(By.id("home-heading")).getText());
        assertTrue(driver.findElement(By.id("courses-heading")).getText().contains("Khóa học của tôi"));
        Browser.screenshot(driver, "home-vi");

        driver.findElement(By.cssSelector("a[hreflang='en']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("home-heading"), "Hello"));
        assertEquals("en", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("My courses", driver.findElement(By.id("courses-heading")).getText());
        Browser.screenshot(driver, "home-en");

        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        assertTrue(driver.findElement(By.cssSelector("[role=status]")).getText().contains("You have logged out"));
        assertEquals("Log in", driver.findElement(By.id("login-heading")).getText());

        driver.get(base.toString());
        wait.until(ExpectedConditions.urlContains("/login?next="));
    }

    @Test
    void wrongPasswordIsExplainedAndTheFormWorksByKeyboardOnAPhone() throws Exception {
        driver = Browser.start(390, 844);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(base + "login");
        driver.switchTo().activeElement().sendKeys(Api.TEACHER, Keys.TAB, "sai-mat-khau", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertTrue(driver.findElement(By.id("login-error")).getText().contains("không đúng"));
        assertEquals(Api.TEACHER, driver.findElement(By.id("username")).getAttribute("value"));
        long overflow = (Long) driver.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, overflow, "the login page must not scroll sideways on a phone");
        Browser.screenshot(driver, "login-error-phone");
    }

    @Test
    void districtAdministratorDrillsDownAndSearchesWithoutDiacritics() throws Exception {
        driver = Browser.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        driver.get(base + "admin");
        wait.until(ExpectedConditions.urlContains("/login?next="));
        driver.findElement(By.id("username")).sendKeys(Api.DISTRICT_ADMIN);
        driver.findElement(By.id("password")).sendKeys(Api.DEMO_PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.urlContains("/admin"));
        driver.findElement(By.linkText("Trường Tiểu học Trần Hưng Đạo")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people-heading"), "Trần Hưng Đạo"));
        driver.findElement(By.id("q")).sendKeys("nguyen thi mai", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table.people"),
                "Nguyễn Thị Mai"));
        assertTrue(driver.findElement(By.cssSelector(".breadcrumb")).getText().contains("Quận 1"));
        Browser.screenshot(driver, "admin-search");
    }
}
