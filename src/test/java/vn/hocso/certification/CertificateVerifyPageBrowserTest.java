package vn.hocso.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.hocso.support.Api;
import vn.hocso.support.Browser;

/** The public verification page in headless Chromium: valid, then revoked with its reason, without logging in. */
@QuarkusTest
class CertificateVerifyPageBrowserTest {

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

    @Test
    @DisplayName("/verify/{code} shows holder, achievement, issuer and status; after revocation it says revoked")
    void validThenRevoked() throws Exception {
        Map<String, Object> cert = fixture.issue("Nguyễn Thị Ánh Tuyết", 24);
        String code = (String) cert.get("verificationCode");
        driver = Browser.start(1280, 900);
        driver.get(new URL(base, "/verify/" + code).toString());
        assertEquals("valid", driver.findElement(By.id("verify-result")).getAttribute("data-result"));
        assertEquals("Chứng chỉ hợp lệ", driver.findElement(By.id("verify-result")).getText());
        assertEquals("Nguyễn Thị Ánh Tuyết", driver.findElement(By.id("verify-holder")).getText());
        assertEquals("Chứng nhận năng lực số giáo viên", driver.findElement(By.id("verify-achievement")).getText());
        assertTrue(driver.findElement(By.id("verify-issuer")).getText().contains("Sở Giáo dục và Đào tạo"));
        assertEquals(code, driver.findElement(By.id("verify-code")).getText());
        assertEquals("vi", driver.findElement(By.tagName("html")).getAttribute("lang"));
        Browser.screenshot(driver, "verify-valid");

        Api.as(Api.SCHOOL_ADMIN).body(Map.of("reason", "Phát hiện gian lận minh chứng"))
                .post("/api/v1/certificates/" + cert.get("id") + "/revoke").then().statusCode(200);
        driver.navigate().refresh();
        assertEquals("revoked", driver.findElement(By.id("verify-result")).getAttribute("data-result"));
        assertTrue(driver.findElement(By.id("verify-reason")).getText().contains("Phát hiện gian lận minh chứng"));
        assertEquals("Đã thu hồi", driver.findElement(By.id("verify-status")).getText());
        Browser.screenshot(driver, "verify-revoked");

        driver.get(new URL(base, "/lang/en?return=/verify/" + code).toString());
        assertEquals("Revoked certificate", driver.findElement(By.id("verify-result")).getText());
        assertEquals("Digital competency certificate", driver.findElement(By.id("verify-achievement")).getText());
    }
}
