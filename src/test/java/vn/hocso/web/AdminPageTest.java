package vn.hocso.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/** The administration page: org tree navigation, people search with paging, scoping and language. */
@QuarkusTest
class AdminPageTest {

    @Test
    void cityAdministratorBrowsesTheTreeAndSearchesPeople() {
        String session = Pages.session(Api.CITY_ADMIN);
        given().cookie("hocso_session", session).get("/admin").then().statusCode(200)
                .body(containsString("Quản trị đơn vị và nhân sự"))
                .body(containsString("Quận 1"))
                .body(containsString("Thành phố Thủ Đức"))
                .body(containsString("Huyện Cần Giờ"))
                .body(containsString("Trang 1/"));
        given().cookie("hocso_session", session).get("/admin?q=nguyen thi mai").then().statusCode(200)
                .body(containsString("Nguyễn Thị Mai"))
                .body(containsString("079190000001"));
    }

    @Test
    void pagingLinksKeepTheSearch() {
        String session = Pages.session(Api.CITY_ADMIN);
        given().cookie("hocso_session", session).get("/admin?position=GV").then().statusCode(200)
                .body(containsString("rel=\"next\""))
                .body(containsString("&amp;page=1&amp;position=GV"));
        given().cookie("hocso_session", session).get("/admin?position=GV&page=1").then().statusCode(200)
                .body(containsString("Trang 2/"))
                .body(containsString("rel=\"prev\""));
    }

    @Test
    void districtAdministratorSeesOnlyTheDistrict() {
        given().cookie("hocso_session", Pages.session(Api.DISTRICT_ADMIN)).get("/admin").then().statusCode(200)
                .body(containsString("Trường Tiểu học Trần Hưng Đạo"))
                .body(not(containsString("Huyện Cần Giờ")))
                .body(not(containsString("Trường THPT Lê Quý Đôn")));
    }

    @Test
    void auditorReadsInEnglish() {
        given().cookie("hocso_session", Pages.session(Api.AUDITOR)).cookie("hocso_lang", "en").get("/admin")
                .then().statusCode(200)
                .body(containsString("Units and staff administration"))
                .body(containsString("Units below"));
    }

    @Test
    void teacherIsToldInVietnameseThatAdministrationIsNotForThem() {
        given().cookie("hocso_session", Pages.session(Api.TEACHER)).get("/admin").then().statusCode(403)
                .contentType(containsString("text/html"))
                .body(containsString("Bạn không có quyền thực hiện thao tác này"))
                .body(not(containsString("Exception")));
    }

    @Test
    void unknownPageIsAFriendly404() {
        given().accept("text/html").get("/no-such-page").then().statusCode(404)
                .body(containsString("Không tìm thấy"));
        given().accept("application/json").get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json");
    }
}
