package vn.hocso.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** The catalogue, course and campaign pages as HTML. */
@QuarkusTest
class CatalogPageTest {

    private static io.restassured.specification.RequestSpecification page(String user) {
        return given().auth().preemptive().basic(user, Api.DEMO_PASSWORD).accept("text/html").redirects()
                .follow(false);
    }

    @Test
    void catalogueSearchAndCoursePageWithStartLinks() {
        long p1 = CatalogFixtures.cityPackage("Bài mở đầu");
        long p2 = CatalogFixtures.cityPackage("Bài nâng cao");
        String title = CatalogFixtures.unique("Học liệu số cho giáo viên tiểu học");
        Map<String, Object> body = CatalogFixtures.course(title, List.of(p1, p2));
        body.put("track", "DIGITAL_MATERIALS");
        long id = CatalogFixtures.createCourse(body);

        page(Api.TEACHER).queryParam("q", "hoc lieu so cho giao vien").queryParam("track", "DIGITAL_MATERIALS")
                .get("/catalog").then().statusCode(200).body(containsString(title))
                .body(containsString("href=\"/catalog/courses/" + id + "\"")).body(containsString("Học liệu số"));
        page(Api.TEACHER).queryParam("q", "hoc lieu so cho giao vien").queryParam("track", "AI_CODING")
                .get("/catalog").then().statusCode(200).body(not(containsString(title)));
        page(Api.TEACHER).get("/catalog/courses/" + id).then().statusCode(200)
                .body(containsString("Nội dung khóa học")).body(containsString("Bài mở đầu"))
                .body(containsString("Chưa bắt đầu")).body(containsString("id=\"enrol\""))
                .body(containsString("Đã hoàn thành 0/2 học phần"));
        page(Api.TEACHER).formParam("_csrf", "").post("/catalog/courses/" + id + "/enrol").then().statusCode(303);
        page(Api.TEACHER).get("/catalog/courses/" + id).then().statusCode(200)
                .body(containsString("href=\"/learn/packages/" + p1 + "\"")).body(containsString("Bắt đầu"))
                .body(not(containsString("id=\"enrol\"")));
        page(Api.TEACHER).queryParam("track", "NOPE").get("/catalog").then().statusCode(400);
    }

    @Test
    void campaignPagePreviewsThenLaunches() {
        String title = CatalogFixtures.unique("Khóa giao qua trang");
        long id = CatalogFixtures.createCourse(CatalogFixtures.course(title,
                List.of(CatalogFixtures.cityPackage("Bài giao qua trang"))));
        String due = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(15).toString();
        page(Api.DISTRICT_ADMIN).get("/admin/campaigns").then().statusCode(200)
                .body(containsString("Tạo đợt giao mới")).body(containsString(title));
        page(Api.DISTRICT_ADMIN).contentType("multipart/form-data").multiPart("_csrf", "")
                .multiPart("action", "preview").multiPart("courseId", String.valueOf(id)).multiPart("dueDate", due)
                .multiPart("positions", "GV").multiPart("institutionCodes", "Q01-TH-01")
                .multiPart("nationalIds", "ids.csv", "079190000001\n123456789012\n".getBytes(), "text/csv")
                .post("/admin/campaigns").then().statusCode(200)
                .body(containsString("Đợt giao này sẽ đến 1 người"))
                .body(containsString("1 mã định danh không tìm thấy trong phạm vi quản lý: 123456789012"));
        page(Api.DISTRICT_ADMIN).contentType("multipart/form-data").multiPart("_csrf", "")
                .multiPart("action", "launch").multiPart("courseId", String.valueOf(id)).multiPart("dueDate", due)
                .multiPart("institutionCodes", "Q01-TH-01, KHONG-CO")
                .post("/admin/campaigns").then().statusCode(200)
                .body(containsString("Không có đơn vị mã KHONG-CO"));
        page(Api.DISTRICT_ADMIN).contentType("multipart/form-data").multiPart("_csrf", "")
                .multiPart("action", "launch").multiPart("courseId", String.valueOf(id)).multiPart("dueDate", "")
                .post("/admin/campaigns").then().statusCode(200)
                .body(containsString("Hạn hoàn thành: Trường này là bắt buộc."));
        page(Api.DISTRICT_ADMIN).contentType("multipart/form-data").multiPart("_csrf", "")
                .multiPart("action", "launch").multiPart("courseId", String.valueOf(id)).multiPart("dueDate", due)
                .multiPart("positions", "GV").multiPart("institutionCodes", "Q01-TH-01")
                .post("/admin/campaigns").then().statusCode(200)
                .body(containsString("Đã giao «" + title + "»"));
    }
}
