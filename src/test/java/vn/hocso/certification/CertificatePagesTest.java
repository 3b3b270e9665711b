package vn.hocso.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/** "Chứng chỉ của tôi" and the administrators' page: lists, downloads, approve and revoke through the forms. */
@QuarkusTest
class CertificatePagesTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CertificateFixture fixture;

    @Test
    @DisplayName("A teacher's page lists their certificate with PDF/JSON/JWT downloads and the verification link")
    void myCertificates() {
        long teacher = Api.as(Api.TEACHER).get("/api/v1/me").then().extract().jsonPath().getLong("personId");
        CertificateFixture.Framework f = fixture.framework();
        long type = CertificateFixture.type(f, "AUTOMATIC", 36, "Q01-TH-01", "Chứng nhận của giáo viên mẫu");
        fixture.meetRule(teacher, f, CertificateFixture.now());
        Map<String, Object> cert = CertificateFixture.certificatesOf(teacher, type).get(0);
        String session = Pages.session(Api.TEACHER);
        given().cookie("hocso_session", session).get("/me/certificates").then().statusCode(200)
                .body(containsString("Chứng chỉ của tôi")).body(containsString("Chứng nhận của giáo viên mẫu"))
                .body(containsString("/api/v1/certificates/" + cert.get("id") + "/pdf"))
                .body(containsString("/api/v1/certificates/" + cert.get("id") + "/jwt"))
                .body(containsString("/verify/" + cert.get("verificationCode")));
        given().cookie("hocso_session", session).get("/api/v1/certificates/" + cert.get("id") + "/pdf").then()
                .statusCode(200).contentType("application/pdf");
        Api.as(Api.TEACHER).get("/api/v1/certificates/mine").then().statusCode(200)
                .body("verificationCode", org.hamcrest.Matchers.hasItem(cert.get("verificationCode")));
    }

    @Test
    @DisplayName("An administrator approves from the queue and revokes with a reason through the page forms")
    void adminForms() {
        CertificateFixture.Framework f = fixture.framework();
        long type = CertificateFixture.type(f, "APPROVAL", null, "Q01-TH-01", "Chứng nhận duyệt trên trang");
        long person = CertificateFixture.person("Lâm Thị Mỹ Dung", "Q01-TH-01");
        fixture.meetRule(person, f, CertificateFixture.now());
        long id = ((Number) CertificateFixture.certificatesOf(person, type).get(0).get("id")).longValue();
        String session = Pages.session(Api.SCHOOL_ADMIN);
        String html = given().cookie("hocso_session", session).get("/admin/certificates").then().statusCode(200)
                .body(containsString("Lâm Thị Mỹ Dung")).extract().asString();
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        m.find();
        String csrf = m.group(1);
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        given().cookie("hocso_session", session).header("Origin", origin).redirects().follow(false)
                .formParam("_csrf", "wrong").post("/admin/certificates/" + id + "/approve").then().statusCode(403);
        given().cookie("hocso_session", session).header("Origin", origin).redirects().follow(false)
                .formParam("_csrf", csrf).post("/admin/certificates/" + id + "/approve").then().statusCode(303)
                .header("Location", endsWith("/admin/certificates?done=approved"));
        given().cookie("hocso_session", session).header("Origin", origin).redirects().follow(false)
                .formParam("_csrf", csrf).formParam("reason", "").post("/admin/certificates/" + id + "/revoke")
                .then().statusCode(422);
        given().cookie("hocso_session", session).header("Origin", origin).redirects().follow(false)
                .formParam("_csrf", csrf).formParam("reason", "Sai thông tin").post("/admin/certificates/" + id
                        + "/revoke").then().statusCode(303);
        Api.as(Api.AUDITOR).get("/api/v1/certificates/" + id + "/events").then().statusCode(200)
                .body("action", org.hamcrest.Matchers.equalTo(List.of("QUEUED", "APPROVED", "REVOKED")));
        given().cookie("hocso_session", Pages.session(Api.AUDITOR)).get("/admin/certificates").then()
                .statusCode(200).body(not(containsString("/approve\"")));
        assertEquals(403, given().cookie("hocso_session", Pages.session(Api.TEACHER)).redirects().follow(false)
                .get("/admin/certificates").statusCode());
    }
}
