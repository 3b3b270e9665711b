package vn.hocso.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;
import vn.hocso.support.PlayerDriver;
import vn.hocso.support.TestPackages;

/**
 * Issue 6 administration in headless Chromium: a city administrator maps a package to two competency levels on the
 * rule page and defines a certificate type on the type page; a teacher who had already passed the package gets the
 * levels when the rules are saved and the certificate when the type is saved.
 */
@QuarkusTest
class AdminMappingBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CertificateFixture fixture;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private void addRule(WebDriverWait wait, long framework, long item, long level, long pkg) {
        driver.get(base + "competency/rules?framework=" + framework);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-form")));
        new Select(driver.findElement(By.id("itemId"))).selectByValue(Long.toString(item));
        new Select(driver.findElement(By.id("levelId"))).selectByValue(Long.toString(level));
        driver.findElement(By.cssSelector("input[name=modules][value='PACKAGE:" + pkg + "']")).click();
        new Select(driver.findElement(By.id("condition"))).selectByValue("PASSED");
        driver.findElement(By.id("validityMonths")).sendKeys("36");
        driver.findElement(By.id("save-rule")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-created")));
        assertTrue(driver.findElement(By.id("rule-created")).getText().contains("đánh giá lại cho 1 người"),
                driver.findElement(By.id("rule-created")).getText());
    }

    @Test
    @DisplayName("Rule page and certificate-type page in the browser: earlier evidence gives the levels, then the "
            + "certificate")
    void mapAndCertify() throws Exception {
        CertificateFixture.Framework f = fixture.framework();
        fixture.update("UPDATE competency_framework SET published_at = now() WHERE id = ?", f.id());
        long pkg = TestPackages.upload(Api.TRAINER, TestPackages.scorm12("Bảo vệ dữ liệu cá nhân (trình duyệt)"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        long person = CertificateFixture.person("Hồ Thị Thanh Hương", "Q01-TH-01");
        fixture.update("INSERT INTO competency_evidence (person_id, kind, module_kind, module_id, score, statement_id, "
                + "occurred_at) VALUES (?, 'MODULE_PASSED', 'PACKAGE', ?, 0.9, gen_random_uuid(), now())", person,
                pkg);

        driver = Browser.start(1280, 1000);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        PlayerDriver.login(driver, wait, base, Api.CITY_ADMIN);
        addRule(wait, f.id(), f.item1(), f.level2(), pkg);
        addRule(wait, f.id(), f.item2(), f.level1(), pkg);
        Browser.screenshot(driver, "admin-rules");

        driver.get(base + "admin/certificates/types?framework=" + f.id());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("type-form")));
        String name = "Chứng nhận bảo vệ dữ liệu " + System.nanoTime();
        driver.findElement(By.id("type-name")).sendKeys(name);
        driver.findElement(By.id("type-description")).sendKeys("Bảo vệ dữ liệu cá nhân trong trường học.");
        driver.findElement(By.id("type-criteria")).sendKeys("Đạt mức Thành thạo ở 1.1 và Cơ bản ở 2.1.");
        driver.findElement(By.cssSelector("input[name=issuanceMode][value=AUTOMATIC]")).click();
        driver.findElement(By.id("type-unit")).clear();
        driver.findElement(By.id("type-unit")).sendKeys("Q01");
        new Select(driver.findElement(By.id("req-" + f.item1()))).selectByValue(f.item1() + ":" + f.level2());
        new Select(driver.findElement(By.id("req-" + f.item2()))).selectByValue(f.item2() + ":" + f.level1());
        driver.findElement(By.id("save-type")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("type-saved")));
        assertTrue(driver.findElement(By.id("type-list")).getText().contains(name));
        Browser.screenshot(driver, "admin-certificate-types");

        long type = Api.as(Api.CITY_ADMIN).get("/api/v1/certificate-types").then().statusCode(200).extract()
                .jsonPath().getLong("find { it.name == '" + name + "' }.id");
        List<Map<String, Object>> certs = CertificateFixture.certificatesOf(person, type);
        assertEquals(1, certs.size(), "the teacher who had passed the package is certified");
        assertEquals("ISSUED", certs.get(0).get("status"));
        assertEquals("Hồ Thị Thanh Hương", certs.get(0).get("holderName"));
    }
}
