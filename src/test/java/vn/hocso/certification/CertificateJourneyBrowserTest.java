package vn.hocso.certification;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The whole road from learning to a verifiable certificate, in headless Chromium with the real parts: an
 * administrator maps a SCORM package to two competencies, a certificate type requires them; the teacher passes the
 * package in the player → the LRS statements become evidence → attainment → the certificate is issued → its PDF
 * renders (page 1 to PNG, text read back) → its credential verifies → the public verification page says valid → an
 * administrator revokes it → the page says revoked.
 */
@QuarkusTest
class CertificateJourneyBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CertificateFixture fixture;

    @Inject
    DataSource dataSource;

    private ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    private static long rule(long item, long level, long packageId) {
        return Api.as(Api.CITY_ADMIN).body(Map.of("itemId", item, "levelId", level, "combinator", "ALL",
                "condition", "PASSED", "modules", List.of(Map.of("kind", "PACKAGE", "id", packageId))))
                .post("/api/v1/competency/rules").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    @Test
    @DisplayName("Teacher passes mapped module → evidence → level → certificate → PDF → valid → revoked")
    void fromModuleToRevokedCertificate() throws Exception {
        CertificateFixture.Framework f = fixture.framework();
        long pkg = TestPackages.upload(Api.TRAINER, TestPackages.scorm12("An toàn thông tin — hành trình chứng chỉ"))
                .then().statusCode(201).extract().jsonPath().getLong("id");
        rule(f.item1(), f.level2(), pkg);
        rule(f.item2(), f.level1(), pkg);
        String typeName = "Chứng nhận hành trình " + System.nanoTime();
        long type = CertificateFixture.type(f, "AUTOMATIC", 24, "Q01-TH-01", typeName);

        driver = Browser.start(1280, 900);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        PlayerDriver.login(driver, wait, base, Api.TEACHER);
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

        // evidence → attainment → certificate (issued after the attainment transaction committed)
        JsonPath mine = null;
        for (int i = 0; i < 60; i++) {
            mine = Api.as(Api.TEACHER).get("/api/v1/certificates/mine").then().statusCode(200).extract().jsonPath();
            if (mine.getList("findAll { it.typeId == " + type + " }").size() > 0) {
                break;
            }
            Thread.sleep(500);
        }
        Map<String, Object> cert = mine.getMap("find { it.typeId == " + type + " }");
        assertTrue(cert != null, "a certificate was issued: " + mine.prettify());
        assertEquals("Nguyễn Thị Mai", cert.get("holderName"));
        Object id = cert.get("id");

        driver.get(base.toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("home-certificates")));
        assertTrue(driver.findElement(By.id("home-certificates")).getText().contains(typeName), "on the home page");
        driver.get(base + "me/certificates");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("my-certificates")));
        assertTrue(driver.findElement(By.id("my-certificates")).getText().contains(typeName));
        Browser.screenshot(driver, "certificate-mine");

        byte[] pdf = Api.as(Api.TEACHER).get("/api/v1/certificates/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nguyễn Thị Mai") && text.contains(typeName), text);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("certificate-pdf.png");
            ImageIO.write(page, "png", png.toFile());
            assertTrue(page.getWidth() > 800 && Files.size(png) > 20_000, "page 1 rendered to " + png);
        }

        String credential = Api.as(Api.TEACHER).get("/api/v1/certificates/" + id + "/credential").then()
                .statusCode(200).extract().asString();
        String jwt = Api.as(Api.TEACHER).get("/api/v1/certificates/" + id + "/jwt").then().statusCode(200).extract()
                .asString();
        given().contentType("application/json").body(credential).post("/api/v1/credentials/verify").then()
                .statusCode(200).body("result", org.hamcrest.Matchers.equalTo("valid"));
        given().contentType("text/plain").body(jwt).post("/api/v1/credentials/verify").then().statusCode(200)
                .body("result", org.hamcrest.Matchers.equalTo("valid"));

        driver.manage().deleteAllCookies();
        driver.get(base + "verify/" + cert.get("verificationCode"));
        assertEquals("valid", driver.findElement(By.id("verify-result")).getAttribute("data-result"));
        assertEquals("Nguyễn Thị Mai", driver.findElement(By.id("verify-holder")).getText());
        Browser.screenshot(driver, "certificate-verify-valid");

        Api.as(Api.CITY_ADMIN).body(Map.of("reason", "Cấp nhầm đối tượng")).post("/api/v1/certificates/" + id
                + "/revoke").then().statusCode(200);
        driver.navigate().refresh();
        assertEquals("revoked", driver.findElement(By.id("verify-result")).getAttribute("data-result"));
        assertTrue(driver.findElement(By.id("verify-reason")).getText().contains("Cấp nhầm đối tượng"));
        Browser.screenshot(driver, "certificate-verify-revoked");
        given().contentType("text/plain").body(jwt).post("/api/v1/credentials/verify").then().statusCode(200)
                .body("result", org.hamcrest.Matchers.equalTo("revoked"));
    }
}
