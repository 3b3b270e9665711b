package vn.hocso.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** The organisation tree over the API: the demo city's shape, scoping by role assignment, and growing the tree. */
@QuarkusTest
class OrgUnitApiTest {

    @Test
    void cityAdministratorSeesTheCityWithItsDistrictsAndThuDuc() {
        long city = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units").then().statusCode(200)
                .body("code", equalTo(List.of("HCM"))).extract().jsonPath().getLong("[0].id");
        Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?parent=" + city).then().statusCode(200)
                .body("code", hasItems("Q01", "Q03", "TPTD", "HCC"))
                .body("find { it.code == 'TPTD' }.division", equalTo("THANH_PHO"))
                .body("find { it.code == 'HCC' }.division", equalTo("HUYEN"));
    }

    @Test
    void demoInstitutionsCoverEveryLevelAndBothOwnerships() {
        List<Map<String, Object>> all = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=-").jsonPath()
                .getList("findAll { it.kind == 'INSTITUTION' }");
        List<Object> levels = all.stream().map(u -> u.get("schoolLevel")).distinct().toList();
        org.hamcrest.MatcherAssert.assertThat(levels,
                hasItems("MN", "TH", "THCS", "THPT", "GDTX", "GDNN", "CHUYEN_BIET"));
        org.hamcrest.MatcherAssert.assertThat(all.stream().map(u -> u.get("ownership")).distinct().toList(),
                hasItems("PUBLIC", "NON_PUBLIC"));
    }

    @Test
    void districtAdministratorSeesOnlyTheDistrict() {
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/org-units").then().statusCode(200)
                .body("code", equalTo(List.of("Q01")));
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/org-units?q=THPT").then()
                .body("code", not(hasItem("Q03-THPT-01")));
    }

    @Test
    void administratorAddsAnInstitutionUnderADistrict() {
        long q01 = Api.as(Api.DISTRICT_ADMIN).get("/api/v1/org-units").jsonPath().getLong("[0].id");
        String code = "Q01-TH-" + (System.nanoTime() % 10_000);
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("code", code.toLowerCase(), "name", "Trường Tiểu học Kết Đoàn",
                "parentId", q01, "kind", "INSTITUTION", "schoolLevel", "TH", "ownership", "PUBLIC"))
                .post("/api/v1/org-units").then().statusCode(201)
                .body("code", equalTo(code))
                .body("path", equalTo("/HCM/Q01/" + code + "/"));
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("code", code, "name", "Trùng mã", "parentId", q01,
                "kind", "INSTITUTION", "schoolLevel", "TH", "ownership", "PUBLIC"))
                .post("/api/v1/org-units").then().statusCode(409).body("detail", containsString(code));
    }

    @Test
    void institutionFieldsAreRequiredAndCityLevelIsRefused() {
        long q01 = Api.as(Api.DISTRICT_ADMIN).get("/api/v1/org-units").jsonPath().getLong("[0].id");
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("code", "X1", "name", "Thiếu cấp học", "parentId", q01,
                "kind", "INSTITUTION")).post("/api/v1/org-units").then().statusCode(422)
                .body("errors.field", hasItems("schoolLevel", "ownership"));
        Api.as(Api.CITY_ADMIN).body(Map.of("code", "HN", "name", "Hà Nội", "parentId", q01, "kind", "CITY"))
                .post("/api/v1/org-units").then().statusCode(422).body("errors", hasSize(1));
    }
}
