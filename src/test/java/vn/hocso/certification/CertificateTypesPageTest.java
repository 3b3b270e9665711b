package vn.hocso.certification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/**
 * The certificate-type page (issue 6: certificate types "configurable per certificate type", scoped by org unit,
 * audited): an administrator creates a type through the form and people who already meet its rule are certified at
 * once; the type is changed through the same form; invalid input comes back with every problem; administrators only
 * change types of their subtrees; auditors read; teachers are refused.
 */
@QuarkusTest
class CertificateTypesPageTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    CertificateFixture fixture;

    private RequestSpecification form(String session) {
        return Pages.form(session, base);
    }

    private CertificateFixture.Framework publishedFramework() {
        CertificateFixture.Framework f = fixture.framework();
        fixture.update("UPDATE competency_framework SET published_at = now() WHERE id = ?", f.id());
        return f;
    }

    @Test
    @DisplayName("A school administrator creates a type through the form: whoever already meets the rule is "
            + "certified at once; the edit form shows the stored values and saves a change; both are audited")
    void createAndEdit() {
        CertificateFixture.Framework f = publishedFramework();
        long person = CertificateFixture.person("Trịnh Thị Ánh Tuyết", "Q01-TH-01");
        fixture.attain(person, f.item1(), f.level3(), 3, CertificateFixture.now());
        fixture.attain(person, f.item2(), f.level1(), 1, CertificateFixture.now());
        String session = Pages.session(Api.SCHOOL_ADMIN);
        String html = given().cookie("hocso_session", session).get("/admin/certificates/types?framework=" + f.id())
                .then().statusCode(200).body(containsString("id=\"type-form\""))
                .body(containsString("Khai thác dữ liệu và thông tin số"))
                .body(containsString("value=\"" + f.item1() + ":" + f.level2() + "\""))
                .body(containsString("value=\"Q01-TH-01\"")).extract().asString();
        String token = Pages.csrf(html);

        String location = form(session).formParam("_csrf", token).formParam("framework", f.id())
                .formParam("name", "Chứng nhận khai thác dữ liệu (trang)").formParam("description", "Mô tả")
                .formParam("criteria", "Đạt mức Thành thạo ở năng lực 1.1 và Cơ bản ở 2.1")
                .formParam("issuanceMode", "AUTOMATIC").formParam("validityMonths", "12")
                .formParam("unit", "Q01-TH-01").formParam("active", "true")
                .formParam("req", f.item1() + ":" + f.level2()).formParam("req", f.item2() + ":" + f.level1())
                .formParam("req", "").post("/admin/certificates/types").then().statusCode(303)
                .header("Location", matchesPattern(".*/admin/certificates/types\\?saved=\\d+&evaluated=\\d+"))
                .extract().header("Location");
        long type = Long.parseLong(location.replaceAll(".*saved=(\\d+).*", "$1"));
        List<Map<String, Object>> certs = CertificateFixture.certificatesOf(person, type);
        assertEquals(1, certs.size(), "the person who already met the rule is certified at once");
        assertEquals("ISSUED", certs.get(0).get("status"));
        Api.as(Api.AUDITOR).get("/api/v1/audit?action=certificate.type.create").then().statusCode(200)
                .body(containsString("\"targetId\":\"" + type + "\""));

        given().cookie("hocso_session", session).get("/admin/certificates/types?edit=" + type).then().statusCode(200)
                .body(containsString("value=\"Chứng nhận khai thác dữ liệu (trang)\""))
                .body(containsString("value=\"" + f.item1() + ":" + f.level2() + "\" selected"))
                .body(containsString("value=\"12\""));
        form(session).formParam("_csrf", token).formParam("id", type).formParam("framework", f.id())
                .formParam("name", "Chứng nhận dữ liệu số (đã sửa)").formParam("description", "Mô tả")
                .formParam("criteria", "Tiêu chí").formParam("issuanceMode", "APPROVAL").formParam("unit", "Q01-TH-01")
                .formParam("req", f.item1() + ":" + f.level3()).post("/admin/certificates/types").then()
                .statusCode(303);
        Api.as(Api.SCHOOL_ADMIN).get("/api/v1/certificate-types/" + type).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Chứng nhận dữ liệu số (đã sửa)"))
                .body("issuanceMode", org.hamcrest.Matchers.equalTo("APPROVAL"))
                .body("active", org.hamcrest.Matchers.equalTo(false))
                .body("validityMonths", org.hamcrest.Matchers.nullValue())
                .body("requirements.size()", org.hamcrest.Matchers.equalTo(1));
        given().cookie("hocso_session", session).get("/admin/certificates/types").then().statusCode(200)
                .body(containsString("data-type-id=\"" + type + "\"")).body(containsString("Ngừng áp dụng"))
                .body(containsString("1.1 Khai thác dữ liệu và thông tin số ≥ Nâng cao"));
    }

    @Test
    @DisplayName("Invalid input: 422 listing every problem with the values typed kept, nothing stored")
    void invalidInput() {
        CertificateFixture.Framework f = publishedFramework();
        String session = Pages.session(Api.SCHOOL_ADMIN);
        String token = Pages.csrf(given().cookie("hocso_session", session).get("/admin/certificates/types")
                .asString());
        int before = Api.as(Api.CITY_ADMIN).get("/api/v1/certificate-types").then().extract().jsonPath()
                .getList("id").size();
        form(session).formParam("_csrf", token).formParam("framework", f.id()).formParam("name", "")
                .formParam("description", "Mô tả giữ lại").formParam("criteria", "")
                .formParam("issuanceMode", "AUTOMATIC").formParam("validityMonths", "0").formParam("unit", "Q03")
                .post("/admin/certificates/types").then().statusCode(422).body(containsString("id=\"type-errors\""))
                .body(containsString("name: ")).body(containsString("criteriaNarrative: "))
                .body(containsString("validityMonths: Thời hạn phải từ 1 đến 600 tháng"))
                .body(containsString("orgUnitId: Đơn vị không tồn tại hoặc nằm ngoài phạm vi quản lý của bạn."))
                .body(containsString("requirements: Cần ít nhất một năng lực yêu cầu"))
                .body(containsString("Mô tả giữ lại")).body(containsString("value=\"Q03\""));
        form(session).formParam("_csrf", token).formParam("name", "X").formParam("validityMonths", "mười")
                .formParam("issuanceMode", "SOMETIMES").post("/admin/certificates/types").then().statusCode(422)
                .body(containsString("validityMonths: ")).body(containsString("issuanceMode: "))
                .body(containsString("value=\"mười\""));
        assertEquals(before, Api.as(Api.CITY_ADMIN).get("/api/v1/certificate-types").then().extract().jsonPath()
                .getList("id").size());
    }

    @Test
    @DisplayName("Scope: a school administrator cannot open or change a city type; auditors read without a form; "
            + "teachers are refused")
    void scope() {
        CertificateFixture.Framework f = publishedFramework();
        long cityType = CertificateFixture.type(f, "APPROVAL", null, "HCM", "Chứng nhận cấp thành phố (trang)");
        String school = Pages.session(Api.SCHOOL_ADMIN);
        given().cookie("hocso_session", school).get("/admin/certificates/types").then().statusCode(200)
                .body(containsString("data-type-id=\"" + cityType + "\""))
                .body(not(containsString("id=\"edit-type-" + cityType + "\"")));
        given().cookie("hocso_session", school).get("/admin/certificates/types?edit=" + cityType).then()
                .statusCode(404);
        String token = Pages.csrf(given().cookie("hocso_session", school).get("/admin/certificates/types")
                .asString());
        form(school).formParam("_csrf", token).formParam("id", cityType).formParam("name", "Đổi tên")
                .formParam("description", "d").formParam("criteria", "c").formParam("issuanceMode", "AUTOMATIC")
                .formParam("unit", "Q01-TH-01").formParam("req", f.item1() + ":" + f.level1())
                .post("/admin/certificates/types").then().statusCode(404);
        form(school).formParam("_csrf", "wrong").formParam("name", "x").post("/admin/certificates/types").then()
                .statusCode(403);
        given().cookie("hocso_session", Pages.session(Api.AUDITOR)).get("/admin/certificates/types").then()
                .statusCode(200).body(containsString("Chứng nhận cấp thành phố (trang)"))
                .body(not(containsString("id=\"type-form\"")));
        given().cookie("hocso_session", Pages.session(Api.TEACHER)).get("/admin/certificates/types").then()
                .statusCode(403);
        Api.as(Api.CITY_ADMIN).get("/api/v1/certificate-types/" + cityType).then().statusCode(200)
                .body("name", org.hamcrest.Matchers.equalTo("Chứng nhận cấp thành phố (trang)"));
    }
}
