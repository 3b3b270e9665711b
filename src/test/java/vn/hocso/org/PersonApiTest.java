package vn.hocso.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** Staff records over the API: validation, clear errors, scoping, search and paging. */
@QuarkusTest
class PersonApiTest {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private static long unitId(String code) {
        return Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=" + code).jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    private static String newNationalId() {
        return String.format("0791990%05d", SEQ.incrementAndGet() % 100_000);
    }

    private static Map<String, Object> person(String nationalId, String name, String unitCode) {
        Map<String, Object> p = new HashMap<>();
        p.put("nationalId", nationalId);
        p.put("fullName", name);
        p.put("position", "GV");
        p.put("institutionId", unitId(unitCode));
        p.put("subject", "Tin học");
        return p;
    }

    @Test
    void createStoresNfcNameAndAnswers201WithLocation() {
        String id = newNationalId();
        String decomposed = Normalizer.normalize("Phạm Thị Thuỷ Tiên", Normalizer.Form.NFD);
        Map<String, Object> body = person(id, "  " + decomposed + "  ", "Q01-TH-01");
        body.put("email", "Tien.Pham" + id + "@Example.edu.vn");
        Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/people").then().statusCode(201)
                .header("Location", containsString("/api/v1/people/"))
                .body("fullName", equalTo(Normalizer.normalize("Phạm Thị Thuỷ Tiên", Normalizer.Form.NFC)))
                .body("email", equalTo("tien.pham" + id + "@example.edu.vn"))
                .body("active", equalTo(true))
                .body("institutionName", equalTo("Trường Tiểu học Trần Hưng Đạo"));
    }

    @Test
    void missingAndInvalidFieldsAreAllListed() {
        Api.as(Api.CITY_ADMIN).body(Map.of("nationalId", "12ab", "email", "not-an-email")).post("/api/v1/people")
                .then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("detail", containsString("Dữ liệu chưa hợp lệ"))
                .body("errors.field", hasItems("nationalId", "fullName", "email", "position", "institutionId"))
                .body("errors.find { it.field == 'nationalId' }.message", containsString("12 chữ số"));
    }

    @Test
    void errorsFollowAcceptLanguage() {
        Api.as(Api.CITY_ADMIN).header("Accept-Language", "en-US,en;q=0.9").body(Map.of())
                .post("/api/v1/people").then().statusCode(422)
                .body("detail", containsString("Some fields are not valid"))
                .body("errors.message", everyItem(equalTo("This field is required.")));
    }

    @Test
    void malformedJsonIsA400ProblemNotA500() {
        Api.as(Api.CITY_ADMIN).body("{\"fullName\": \"Lê").post("/api/v1/people").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("JSON không đúng cú pháp"));
    }

    @Test
    void unknownEnumValueNamesTheField() {
        Map<String, Object> body = person(newNationalId(), "Đỗ Văn Bình", "Q01-TH-01");
        body.put("position", "HIEU_TRUONG");
        Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/people").then().statusCode(400)
                .body("detail", containsString("position"))
                .body("detail", containsString("HIEU_TRUONG"));
    }

    @Test
    void wrongContentTypeIs415() {
        Api.as(Api.CITY_ADMIN).contentType("text/plain").body("hello").post("/api/v1/people").then()
                .statusCode(415).contentType("application/problem+json");
    }

    @Test
    void duplicateNationalIdIsAConflictAndNothingChanges() {
        String id = newNationalId();
        Api.as(Api.CITY_ADMIN).body(person(id, "Võ Thị Hằng", "Q01-TH-01")).post("/api/v1/people").then()
                .statusCode(201);
        Api.as(Api.CITY_ADMIN).body(person(id, "Người Khác", "Q01-TH-01")).post("/api/v1/people").then()
                .statusCode(409).body("detail", containsString(id));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + id).then().body("total", equalTo(1))
                .body("items[0].fullName", equalTo("Võ Thị Hằng"));
    }

    @Test
    void districtAdministratorCannotPlaceStaffOutsideTheDistrict() {
        Api.as(Api.DISTRICT_ADMIN).body(person(newNationalId(), "Hồ Minh Tâm", "Q03-THPT-01"))
                .post("/api/v1/people").then().statusCode(422)
                .body("errors[0].field", equalTo("institutionId"))
                .body("errors[0].message", containsString("ngoài phạm vi quản lý"));
        Api.as(Api.DISTRICT_ADMIN).body(person(newNationalId(), "Hồ Minh Tâm", "Q01-TH-01"))
                .post("/api/v1/people").then().statusCode(201);
    }

    @Test
    void searchIgnoresDiacriticsAndCase() {
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=nguyen thi mai").then().statusCode(200)
                .body("items.fullName", hasItem("Nguyễn Thị Mai"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=NGUYỄN THỊ MAI").then()
                .body("items.fullName", hasItem("Nguyễn Thị Mai"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=079190000001").then().body("total", equalTo(1));
    }

    @Test
    void searchIsScopedAndPaged() {
        long q01 = unitId("Q01");
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/people?size=500").then().statusCode(200)
                .body("size", equalTo(200))
                .body("total", greaterThan(0));
        int districtTotal = Api.as(Api.DISTRICT_ADMIN).get("/api/v1/people").jsonPath().getInt("total");
        int cityTotal = Api.as(Api.CITY_ADMIN).get("/api/v1/people").jsonPath().getInt("total");
        org.junit.jupiter.api.Assertions.assertTrue(cityTotal > districtTotal);
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?orgUnit=" + q01).then()
                .body("total", equalTo(districtTotal));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?size=10&page=1").then()
                .body("items", hasSize(10)).body("page", equalTo(1));
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/people?orgUnit=" + unitId("Q03")).then().statusCode(404);
    }

    @Test
    void deactivationAndTransferAreUpdates() {
        String id = newNationalId();
        Map<String, Object> body = person(id, "Bùi Quốc Việt", "Q01-TH-01");
        long personId = Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/people").jsonPath().getLong("id");
        body.put("institutionId", unitId("Q03-THPT-01"));
        body.put("active", false);
        Api.as(Api.CITY_ADMIN).body(body).put("/api/v1/people/" + personId).then().statusCode(200)
                .body("active", equalTo(false))
                .body("institutionName", startsWith("Trường THPT"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?active=false&q=" + id).then().body("total", equalTo(1));
    }

    @Test
    void parametersOfTheWrongKindAre400NotNotFound() {
        for (String path : new String[] {"/api/v1/people?page=abc", "/api/v1/people?position=XYZ",
                "/api/v1/people/abc"}) {
            Api.as(Api.CITY_ADMIN).get(path).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("tham số"));
        }
        Api.as(Api.CITY_ADMIN).delete("/api/v1/people/1").then().statusCode(405)
                .body("title", equalTo("Method Not Allowed"));
        Api.as(Api.CITY_ADMIN).body(Map.of()).post("/api/v1/people").then().statusCode(422)
                .body("title", equalTo("Unprocessable Content"));
    }
}
