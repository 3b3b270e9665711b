package vn.hocso.catalog;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** Courses over the API: creation, validation, scope, catalogue search and filters, self-enrolment. */
@QuarkusTest
class CourseApiTest {

    @Test
    void createReadAndUpdateACourse() {
        long p1 = CatalogFixtures.cityPackage("Bài 1");
        long p2 = CatalogFixtures.cityPackage("Bài 2");
        String title = CatalogFixtures.unique("An toàn thông tin cơ bản");
        Map<String, Object> body = CatalogFixtures.course(title, List.of(p1, p2));
        body.put("completionRule", "N_OF_M");
        body.put("completionMin", 1);
        long id = CatalogFixtures.createCourse(body);
        Api.as(Api.TEACHER).get("/api/v1/courses/" + id).then().statusCode(200)
                .body("title", equalTo(title)).body("track", equalTo("CYBERSECURITY"))
                .body("packages.packageId", contains((int) p1, (int) p2))
                .body("completionRule", equalTo("N_OF_M")).body("completionMin", equalTo(1))
                .body("positions", contains("CBQL", "GV")).body("durationHours", equalTo(4.0f));

        body.put("packages", List.of(Map.of("packageId", p2), Map.of("packageId", p1, "required", false)));
        body.put("completionRule", "REQUIRED");
        body.put("track", "data");
        Api.as(Api.TRAINER).body(body).put("/api/v1/courses/" + id).then().statusCode(200)
                .body("packages.packageId", contains((int) p2, (int) p1))
                .body("packages.required", contains(true, false)).body("track", equalTo("DATA"))
                .body("completionMin", equalTo(null));
    }

    @Test
    void invalidCoursesAre422WithEveryField() {
        long p = CatalogFixtures.cityPackage("Bài kiểm tra");
        Map<String, Object> body = CatalogFixtures.course(CatalogFixtures.unique("Khóa lỗi"), List.of(p, 99_999_999L));
        body.put("track", "ASTROLOGY");
        body.put("positions", List.of("GV", "HIEU_PHO"));
        body.put("competencyIds", List.of(88_888_888L));
        body.put("durationHours", 0);
        Api.as(Api.TRAINER).body(body).post("/api/v1/courses").then().statusCode(422)
                .body("errors.field", hasItem("track")).body("errors.field", hasItem("packages[1]"))
                .body("errors.field", hasItem("positions[1]")).body("errors.field", hasItem("competencyIds"))
                .body("errors.field", hasItem("durationHours"));
        Map<String, Object> noPackages = CatalogFixtures.course("Không học phần", List.of());
        Api.as(Api.TRAINER).body(noPackages).post("/api/v1/courses").then().statusCode(422)
                .body("errors.field", hasItem("packages"));
        Map<String, Object> nOfM = CatalogFixtures.course("N của M", List.of(p));
        nOfM.put("completionRule", "N_OF_M");
        nOfM.put("completionMin", 2);
        Api.as(Api.TRAINER).body(nOfM).post("/api/v1/courses").then().statusCode(422)
                .body("errors.field", hasItem("completionMin"));
        Api.as(Api.TRAINER).body("{\"title\": 5").post("/api/v1/courses").then().statusCode(400);
    }

    @Test
    void scopeIsEnforced() {
        long p = CatalogFixtures.cityPackage("Bài phạm vi");
        Map<String, Object> body = CatalogFixtures.course(CatalogFixtures.unique("Khóa phạm vi"), List.of(p));
        Api.as(Api.TEACHER).body(body).post("/api/v1/courses").then().statusCode(403);
        Api.anonymous().body(body).post("/api/v1/courses").then().statusCode(401);
        // the principal of Q01-TH-01 may not own a course on the city
        body.put("orgUnitId", CatalogFixtures.unitId("HCM"));
        Api.as(Api.SCHOOL_ADMIN).body(body).post("/api/v1/courses").then().statusCode(422)
                .body("errors.field", hasItem("orgUnitId"));
        body.remove("orgUnitId");
        long cityCourse = CatalogFixtures.createCourse(body);
        Api.as(Api.SCHOOL_ADMIN).body(body).put("/api/v1/courses/" + cityCourse).then().statusCode(404);
        Api.as(Api.TRAINER).body(body).put("/api/v1/courses/999999999").then().statusCode(404);

        // a school's draft is invisible to a teacher of another district, and to the API list of the teacher
        body.put("orgUnitId", CatalogFixtures.unitId("Q01-TH-01"));
        body.put("status", "DRAFT");
        long draft = Api.as(Api.SCHOOL_ADMIN).body(body).post("/api/v1/courses").then().statusCode(201).extract()
                .jsonPath().getLong("id");
        Api.as(Api.TEACHER).get("/api/v1/courses/" + draft).then().statusCode(404);
        Api.as(Api.SCHOOL_ADMIN).get("/api/v1/courses/" + draft).then().statusCode(200);
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/courses/" + draft).then().statusCode(200);
    }

    @Test
    void searchIsDiacriticInsensitiveAndFiltersApply() {
        long p = CatalogFixtures.cityPackage("Bài tìm kiếm");
        String marker = CatalogFixtures.unique("Khai thác dữ liệu số Đặc biệt");
        Map<String, Object> body = CatalogFixtures.course(marker, List.of(p));
        body.put("track", "DATA");
        body.put("positions", List.of("CBQL"));
        body.put("schoolLevels", List.of("THPT"));
        body.put("durationHours", 12.5);
        long id = CatalogFixtures.createCourse(body);
        String bare = marker.toLowerCase().replace("khai thác dữ liệu số đặc biệt", "khai thac du lieu so dac biet");
        Api.as(Api.TEACHER).queryParam("q", bare).get("/api/v1/courses").then().statusCode(200)
                .body("items.id", contains((int) id));
        Api.as(Api.TEACHER).queryParam("q", "DỮ LIỆU SỐ ĐẶC").queryParam("track", "DATA")
                .get("/api/v1/courses").then().body("items.id", hasItem((int) id))
                .body("items.track", everyItem(equalTo("DATA")));
        Api.as(Api.TEACHER).queryParam("q", bare).queryParam("track", "CYBERSECURITY").get("/api/v1/courses")
                .then().body("items.id", not(hasItem((int) id)));
        Api.as(Api.TEACHER).queryParam("q", bare).queryParam("position", "GV").get("/api/v1/courses")
                .then().body("items.id", not(hasItem((int) id)));
        Api.as(Api.TEACHER).queryParam("q", bare).queryParam("position", "CBQL").queryParam("level", "THPT")
                .get("/api/v1/courses").then().body("items.id", contains((int) id));
        Api.as(Api.TEACHER).queryParam("q", bare).queryParam("level", "MN").get("/api/v1/courses")
                .then().body("items.id", not(hasItem((int) id)));
        Api.as(Api.TEACHER).queryParam("q", bare).queryParam("maxHours", 10).get("/api/v1/courses")
                .then().body("items.id", not(hasItem((int) id)));
        Api.as(Api.TEACHER).queryParam("maxHours", 20).get("/api/v1/courses")
                .then().body("items.durationHours", everyItem(lessThanOrEqualTo(20f)));
        Api.as(Api.TEACHER).queryParam("track", "ASTROLOGY").get("/api/v1/courses").then().statusCode(400);
    }

    @Test
    void selfEnrolmentFollowsTheCourseFlag() {
        long p = CatalogFixtures.cityPackage("Bài tự đăng ký");
        Map<String, Object> open = CatalogFixtures.course(CatalogFixtures.unique("Khóa mở"), List.of(p));
        long openId = CatalogFixtures.createCourse(open);
        Map<String, Object> closed = CatalogFixtures.course(CatalogFixtures.unique("Khóa đóng"), List.of(p));
        closed.put("selfEnrol", false);
        long closedId = CatalogFixtures.createCourse(closed);

        Api.as(Api.TEACHER).post("/api/v1/courses/" + openId + "/enrolment").then().statusCode(201)
                .body("origin", equalTo("SELF")).body("dueDate", equalTo(null));
        Api.as(Api.TEACHER).post("/api/v1/courses/" + openId + "/enrolment").then().statusCode(200);
        Api.as(Api.TEACHER).post("/api/v1/courses/" + closedId + "/enrolment").then().statusCode(403)
                .body("detail", equalTo("Khóa học này không cho phép tự đăng ký."));
        Api.as(Api.TEACHER).post("/api/v1/courses/999999999/enrolment").then().statusCode(404);
        Api.as(Api.TEACHER).get("/api/v1/enrolments").then().statusCode(200)
                .body("inProgress.courseId", hasItem((int) openId))
                .body("inProgress.courseId", not(hasItem((int) closedId)));
    }
}
