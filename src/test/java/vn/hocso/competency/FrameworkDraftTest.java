package vn.hocso.competency;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/**
 * Published versions are immutable (409 from the service, SQLSTATE 55000 from the database); the city profile is
 * edited by making a draft version, changing it and publishing it.
 */
@QuarkusTest
class FrameworkDraftTest {

    @Inject
    DataSource db;

    @Test
    @DisplayName("Any change to a published version is a 409 with a clear message; official texts get no drafts")
    void publishedIsImmutable() {
        long city = FrameworkSeedTest.frameworkId("HCM-KNLS");
        long item = FrameworkSeedTest.detail("HCM-KNLS").getLong("items[0].id");
        Api.as(Api.CITY_ADMIN).body(Map.of("humanCode", "KNLS.1", "fullStatement", "Sửa tại chỗ"))
                .put("/api/v1/frameworks/" + city + "/items/" + item).then().statusCode(409)
                .body("detail", equalTo("Khung năng lực HCM-KNLS phiên bản 1 đã công bố nên không thể sửa. Hãy tạo "
                        + "phiên bản nháp mới."));
        Api.as(Api.CITY_ADMIN).delete("/api/v1/frameworks/" + city + "/items/" + item).then().statusCode(409);
        Api.as(Api.CITY_ADMIN).body(List.of()).put("/api/v1/frameworks/" + city + "/targets").then().statusCode(409);
        Api.as(Api.CITY_ADMIN).post("/api/v1/frameworks/" + city + "/publish").then().statusCode(409);
        Api.as(Api.CITY_ADMIN).header("Accept-Language", "en")
                .post("/api/v1/frameworks/" + FrameworkSeedTest.frameworkId("UNESCO-ICT-CFT") + "/drafts").then()
                .statusCode(409).body("detail", equalTo("Framework UNESCO-ICT-CFT is an official text and cannot be "
                        + "edited; import a new text as a new version."));
    }

    @Test
    @DisplayName("The database refuses writes to a published version's rows (trigger, SQLSTATE 55000)")
    void databaseGuard() throws Exception {
        long city = FrameworkSeedTest.frameworkId("HCM-KNLS");
        for (String sql : List.of(
                "UPDATE competency_item SET full_statement = 'x' WHERE framework_id = " + city,
                "DELETE FROM competency_role_target WHERE framework_id = " + city,
                "UPDATE competency_framework SET title = 'x' WHERE id = " + city,
                "DELETE FROM competency_association WHERE framework_id = " + city)) {
            SQLException e = assertThrows(SQLException.class, () -> execute(sql), sql);
            assertEquals("55000", e.getSQLState(), sql);
        }
    }

    @Test
    @DisplayName("Draft copied from the latest version → add, change, remove items, set targets → publish")
    void draftLifecycle() {
        long seeded = FrameworkSeedTest.frameworkId("HCM-KNLS");
        JsonPath draft = Api.as(Api.CITY_ADMIN).post("/api/v1/frameworks/" + seeded + "/drafts").then()
                .statusCode(201).body("framework.published", equalTo(false))
                .body("framework.adoptionStatus", equalTo("Draft")).body("items.size()", equalTo(7))
                .body("roleTargets.size()", equalTo(FrameworkSeedTest.detail("HCM-KNLS").getList("roleTargets")
                        .size()))
                .extract().jsonPath();
        long id = draft.getLong("framework.id");
        assertTrue(draft.getList("associations.type").contains("replacedBy"));
        assertTrue(draft.getList("crosswalks.destinationCode").contains("VN02.1"), "crosswalks are copied");
        Api.as(Api.CITY_ADMIN).post("/api/v1/frameworks/" + seeded + "/drafts").then().statusCode(409);

        JsonPath added = Api.as(Api.CITY_ADMIN).body(Map.of("humanCode", "KNLS.8", "fullStatement",
                "Chuyển đổi số trong quản trị nhà trường", "fullStatementEn", "Digital transformation of school "
                        + "management")).post("/api/v1/frameworks/" + id + "/items").then().statusCode(201)
                .body("items.size()", equalTo(8)).extract().jsonPath();
        long newItem = added.getLong("items.find { it.humanCode == 'KNLS.8' }.id");
        assertEquals(List.of("CB", "NC"), added.getList("items.find { it.humanCode == 'KNLS.8' }.levels"));
        Api.as(Api.CITY_ADMIN).body(Map.of("humanCode", "KNLS.1", "fullStatement", "trùng mã"))
                .post("/api/v1/frameworks/" + id + "/items").then().statusCode(422);
        long knls5 = added.getLong("items.find { it.humanCode == 'KNLS.5' }.id");
        Api.as(Api.CITY_ADMIN).body(Map.of("humanCode", "KNLS.5", "fullStatement",
                "Bài giảng tương tác: thiết kế, sử dụng và chia sẻ bài giảng tương tác"))
                .put("/api/v1/frameworks/" + id + "/items/" + knls5).then().statusCode(200)
                .body("items.find { it.humanCode == 'KNLS.5' }.fullStatement",
                        equalTo("Bài giảng tương tác: thiết kế, sử dụng và chia sẻ bài giảng tương tác"));

        List<Map<String, Object>> targets = new ArrayList<>();
        for (Map<String, Object> t : added.<Map<String, Object>>getList("roleTargets")) {
            targets.add(Map.of("position", t.get("position"), "itemId", t.get("itemId"), "level", t.get("level")));
        }
        targets.add(Map.of("position", "CBQL", "itemId", newItem, "level", "NC"));
        Api.as(Api.CITY_ADMIN).body(targets).put("/api/v1/frameworks/" + id + "/targets").then().statusCode(200)
                .body("roleTargets.size()", equalTo(targets.size()));
        Api.as(Api.CITY_ADMIN).body(List.of(Map.of("position", "XX", "itemId", newItem, "level", "ZZ")))
                .put("/api/v1/frameworks/" + id + "/targets").then().statusCode(422);

        long scratch = Api.as(Api.CITY_ADMIN).body(Map.of("humanCode", "KNLS.9", "fullStatement", "Tạm"))
                .post("/api/v1/frameworks/" + id + "/items").then().statusCode(201).extract().jsonPath()
                .getLong("items.find { it.humanCode == 'KNLS.9' }.id");
        Api.as(Api.CITY_ADMIN).delete("/api/v1/frameworks/" + id + "/items/" + scratch).then().statusCode(200)
                .body("items.size()", equalTo(8));

        Api.as(Api.TEACHER).post("/api/v1/frameworks/" + id + "/publish").then().statusCode(403);
        Api.as(Api.SCHOOL_ADMIN).post("/api/v1/frameworks/" + id + "/publish").then().statusCode(403);
        Api.as(Api.CITY_ADMIN).post("/api/v1/frameworks/" + id + "/publish").then().statusCode(200)
                .body("framework.published", equalTo(true)).body("framework.adoptionStatus", equalTo("Adopted"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/frameworks/" + seeded).then().statusCode(200)
                .body("framework.adoptionStatus", equalTo("Deprecated"));
        Api.as(Api.CITY_ADMIN).body(Map.of("humanCode", "KNLS.5", "fullStatement", "x"))
                .put("/api/v1/frameworks/" + id + "/items/" + knls5).then().statusCode(409);
        Api.as(Api.TEACHER).get("/api/v1/frameworks").then().statusCode(200)
                .body("find { it.code == 'HCM-KNLS' }.latest.id", equalTo((int) id));
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }
}
