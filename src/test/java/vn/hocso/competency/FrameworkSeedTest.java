package vn.hocso.competency;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.competency.service.FrameworkSeeder;
import vn.hocso.support.Api;

/** The frameworks seeded on first start: counts, levels, licences, the city profile's targets and crosswalks. */
@QuarkusTest
class FrameworkSeedTest {

    @Inject
    FrameworkSeeder seeder;

    @Test
    @DisplayName("UNESCO 18, DigCompEdu 22, Circular 02 24 competencies, the city profile 7; levels as published")
    void seededCounts() {
        assertEquals(18, competencies("UNESCO-ICT-CFT"));
        assertEquals(22, competencies("DIGCOMPEDU"));
        assertEquals(24, competencies("VN-TT02-2025"));
        assertEquals(7, competencies("HCM-KNLS"));
        assertEquals(List.of("KA", "KD", "KC"), levels("UNESCO-ICT-CFT"));
        assertEquals(List.of("A1", "A2", "B1", "B2", "C1", "C2"), levels("DIGCOMPEDU"));
        assertEquals(List.of("CB1", "CB2", "TC1", "TC2", "NC1", "NC2", "CS1", "CS2"), levels("VN-TT02-2025"));
        assertEquals(List.of("CB", "NC"), levels("HCM-KNLS"));
        JsonPath vn02 = detail("VN-TT02-2025");
        assertEquals("Cơ bản 1", vn02.getString("levels[0].label"));
        assertEquals("Khai thác dữ liệu và thông tin", vn02.getString("items[0].fullStatement"));
        assertEquals("Duyệt, tìm kiếm và lọc dữ liệu, thông tin và nội dung số",
                vn02.getString("items[0].children[0].fullStatement"));
        assertEquals(8, vn02.getList("items[0].children[0].levels").size());
    }

    @Test
    @DisplayName("Licence and source notes travel with each framework; UNESCO's is CC BY-SA 3.0 IGO")
    void licences() {
        JsonPath unesco = detail("UNESCO-ICT-CFT");
        assertEquals("https://creativecommons.org/licenses/by-sa/3.0/igo/", unesco.getString("framework.licenceUri"));
        assertTrue(unesco.getString("framework.licenceNote").contains("CC BY-SA 3.0 IGO"));
        assertEquals("Policy Understanding", unesco.getString("items[0].children[0].fullStatement"));
        assertTrue(unesco.getString("items[0].children[0].notes").startsWith("Paraphrase"));
        assertTrue(detail("DIGCOMPEDU").getString("framework.licenceNote").contains("JRC107466"));
        assertTrue(detail("VN-TT02-2025").getString("framework.licenceNote").contains("02/2025/TT-BGDĐT"));
        assertTrue(detail("HCM-KNLS").getString("framework.licenceNote").contains("chưa được công bố"));
    }

    @Test
    @DisplayName("The city profile: editable, role targets for CBQL/TTCM/GV/NV, crosswalks to the three others")
    void cityProfile() {
        JsonPath city = detail("HCM-KNLS");
        assertTrue(city.getBoolean("framework.editable"));
        List<Map<String, Object>> targets = city.getList("roleTargets");
        assertTrue(targets.contains(Map.of("position", "CBQL", "itemId", itemId(city, "KNLS.1"), "itemCode", "KNLS.1",
                "level", "NC")), targets.toString());
        assertTrue(targets.contains(Map.of("position", "GV", "itemId", itemId(city, "KNLS.2"), "itemCode", "KNLS.2",
                "level", "NC")));
        assertTrue(targets.contains(Map.of("position", "GV", "itemId", itemId(city, "KNLS.4"), "itemCode", "KNLS.4",
                "level", "CB")));
        for (String position : List.of("CBQL", "TTCM", "GV", "NV")) {
            assertTrue(targets.stream().anyMatch(t -> position.equals(t.get("position"))), position);
        }
        List<String> destinations = city.getList("crosswalks.destinationCode");
        assertTrue(destinations.containsAll(List.of("VN02.1", "DCE.2", "UCFT3.2.KA", "VN02.6.1")), destinations
                .toString());
        assertTrue(city.getList("crosswalks.type").containsAll(List.of("exactMatchOf", "isRelatedTo")));
        JsonPath vn02 = detail("VN-TT02-2025");
        assertTrue(vn02.getList("incoming.originCode").contains("KNLS.7"));
    }

    @Test
    @DisplayName("Seeding again imports nothing (idempotent)")
    void idempotent() {
        int before = Api.as(Api.CITY_ADMIN).get("/api/v1/frameworks").jsonPath().getList("versions.flatten()").size();
        assertEquals(0, seeder.seed());
        assertEquals(before, Api.as(Api.CITY_ADMIN).get("/api/v1/frameworks").jsonPath()
                .getList("versions.flatten()").size());
    }

    @Test
    @DisplayName("Any signed-in user reads the list and detail pages; Vietnamese text with diacritics")
    void pages() {
        String list = Api.as(Api.TEACHER).accept("text/html").get("/competency/frameworks").then().statusCode(200)
                .body(containsString("Khung năng lực số")).body(containsString("CC BY-SA 3.0 IGO"))
                .extract().asString();
        assertTrue(!list.contains("id=\"import-link\""), "teachers get no import link");
        long id = frameworkId("HCM-KNLS");
        Api.as(Api.TEACHER).accept("text/html").get("/competency/frameworks/" + id).then().statusCode(200)
                .body(containsString("An toàn thông tin")).body(containsString("Nâng cao"))
                .body(containsString("exactMatchOf"));
        Api.as(Api.TEACHER).accept("text/html").get("/competency/frameworks/" + frameworkId("UNESCO-ICT-CFT"))
                .then().statusCode(200).body(containsString("Understanding ICT in Education Policy"))
                .body(containsString("Policy Understanding")).body(containsString("[KA]"));
        Api.as(Api.CITY_ADMIN).accept("text/html").get("/competency/frameworks").then().statusCode(200)
                .body(containsString("id=\"import-link\""));
    }

    /** The seeded version of a framework (its oldest: other tests add versions). */
    static long frameworkId(String code) {
        return Api.as(Api.TEACHER).get("/api/v1/frameworks").then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.versions[0].id");
    }

    static JsonPath detail(String code) {
        return Api.as(Api.TEACHER).get("/api/v1/frameworks/" + frameworkId(code)).then().statusCode(200).extract()
                .jsonPath();
    }

    private static int competencies(String code) {
        JsonPath d = detail(code);
        List<String> types = d.getList("items.flatten()*.itemType");
        List<String> childTypes = d.getList("items.children.flatten()*.itemType");
        return (int) (types.stream().filter("Competency"::equals).count()
                + childTypes.stream().filter("Competency"::equals).count());
    }

    private static List<String> levels(String code) {
        return detail(code).getList("levels.code");
    }

    private static int itemId(JsonPath d, String code) {
        return d.getInt("items.find { it.humanCode == '" + code + "' }.id");
    }
}
