package vn.hocso.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/**
 * Plan targets (issue 7): the preloaded catalogue, attainment per scope from competency attainment kept up to date
 * incrementally (rebuild = incremental), the drill-down to people not yet trained, and catalogue edits by city
 * administrators only.
 */
@QuarkusTest
class TargetApiTest {

    @Inject
    AgroalDataSource db;

    TargetFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new TargetFixtures(db);
    }

    @Test
    @DisplayName("The catalogue is preloaded with the plan's targets (2025 cumulative, 2030 maintain, an inactive "
            + "annual pattern) and the topics with the competency that measures each")
    void preloaded() {
        JsonPath all = Api.as(Api.CITY_ADMIN).get("/api/v1/targets?all=true").then().statusCode(200).extract()
                .jsonPath();
        assertTrue(all.getList("targets.code").containsAll(List.of("T1-2025", "T2-2025", "T3-2025-GV", "T4-2025",
                "T5-2025-GV", "T6-2025", "T7-2025", "T8-2025-GV", "T1-2030", "T8-2030", "GDNN-2025-SP", "ANNUAL-DX")));
        assertEquals("MAINTAIN", all.getString("targets.find { it.code == 'T2-2030' }.kind"));
        assertEquals(List.of("THCS", "THPT"), all.getList("targets.find { it.code == 'T3-2025-GV' }.schoolLevels"));
        assertEquals(30f, all.getFloat("targets.find { it.code == 'T3-2025-GV' }.percent"));
        assertEquals(false, all.getBoolean("targets.find { it.code == 'ANNUAL-DX' }.active"));
        assertTrue(!fx.targetsCodes(Api.CITY_ADMIN).contains("ANNUAL-DX"), "inactive targets are left out by default");
        Api.as(Api.AUDITOR).get("/api/v1/targets/topics").then().statusCode(200)
                .body("code", hasItems("DX_LEADERSHIP", "DATA", "CYBERSECURITY", "AI_CODING"))
                .body("find { it.code == 'CYBERSECURITY' }.itemCode", equalTo("KNLS.3"));
    }

    @Test
    @DisplayName("Attainment moves as soon as attainment is recorded: an NV trained in cybersecurity raises T4-2025 "
            + "in the school, the district and the city; rebuilding the facts gives the same rows")
    void attainmentIsIncremental() {
        long q01 = fx.unitId("Q01");
        long school = fx.unitId("Q01-TH-01");
        JsonPath cityBefore = TargetFixtures.targets(Api.CITY_ADMIN, null);
        JsonPath districtBefore = TargetFixtures.targets(Api.DISTRICT_ADMIN, null);
        assertEquals(q01, districtBefore.getLong("orgUnit.id"), "a district administrator sees the district");
        long person = fx.newPerson("NV", "Q01-TH-01");
        long[] afterNew = TargetFixtures.numbers(TargetFixtures.targets(Api.DISTRICT_ADMIN, null), "T4-2025");
        long[] before = TargetFixtures.numbers(districtBefore, "T4-2025");
        assertArrayEquals(new long[] {before[0], before[1] + 1}, afterNew, "a new NV is counted, not yet trained");
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/targets/" + targetId("T4-2025") + "/untrained?orgUnit=" + school
                + "&size=200").then().statusCode(200).body("items.personId", hasItem((int) person));

        fx.priorQualification(person, fx.knls("KNLS.3", 1), "2025-05-01");

        assertArrayEquals(new long[] {before[0] + 1, before[1] + 1},
                TargetFixtures.numbers(TargetFixtures.targets(Api.DISTRICT_ADMIN, null), "T4-2025"));
        long[] city = TargetFixtures.numbers(cityBefore, "T4-2025");
        assertArrayEquals(new long[] {city[0] + 1, city[1] + 1},
                TargetFixtures.numbers(TargetFixtures.targets(Api.CITY_ADMIN, null), "T4-2025"));
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/targets/" + targetId("T4-2025") + "/untrained?orgUnit=" + school
                + "&size=200").then().statusCode(200).body("items.personId", org.hamcrest.Matchers.not(
                        hasItem((int) person)));
        long[] advanced = TargetFixtures.numbers(TargetFixtures.targets(Api.DISTRICT_ADMIN, null), "T8-2025-QL");
        fx.priorQualification(person, fx.knls("KNLS.7", 2), "2025-06-01");
        assertArrayEquals(advanced, TargetFixtures.numbers(TargetFixtures.targets(Api.DISTRICT_ADMIN, null),
                "T8-2025-QL"), "an NV does not count for a managers' target");
        assertTrue(fx.facts().stream().anyMatch(f -> f.startsWith(person + "|AI_CODING|ADVANCED|")),
                "advanced attainment gives the ADVANCED fact");
        assertTrue(fx.facts().stream().anyMatch(f -> f.startsWith(person + "|AI_CODING|BASIC|")),
                "and the BASIC one");

        List<String> incremental = fx.facts();
        Api.as(Api.CITY_ADMIN).post("/api/v1/targets/facts/rebuild").then().statusCode(200)
                .body("rows", equalTo(incremental.size()));
        assertEquals(incremental, fx.facts(), "rebuild = incremental");
        Api.as(Api.DISTRICT_ADMIN).post("/api/v1/targets/facts/rebuild").then().statusCode(403);
    }

    @Test
    @DisplayName("Splits by position, school level, ownership and child unit add up to the total")
    void splitsAddUp() {
        JsonPath d = Api.as(Api.CITY_ADMIN).get("/api/v1/targets/" + targetId("T7-2025")).then().statusCode(200)
                .extract().jsonPath();
        long total = d.getLong("target.denominator");
        assertTrue(total > 0);
        for (String split : List.of("byPosition", "bySchoolLevel", "byOwnership", "byUnit")) {
            assertEquals(total, d.getList(split + ".denominator", Long.class).stream().mapToLong(Long::longValue)
                    .sum(), split);
        }
        assertTrue(d.getList("byUnit.unit.code").contains("Q01"));
    }

    @Test
    @DisplayName("Scope: teachers and trainers get 403, a district administrator 404 for the city or another "
            + "district, the auditor reads the city; a bad date is a 400")
    void scope() {
        long city = fx.unitId("HCM");
        long q03 = fx.unitId("Q03");
        Api.anonymous().get("/api/v1/targets").then().statusCode(401);
        Api.as(Api.TEACHER).get("/api/v1/targets").then().statusCode(403);
        Api.as(Api.TRAINER).get("/api/v1/targets").then().statusCode(403);
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/targets?orgUnit=" + city).then().statusCode(404);
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/targets?orgUnit=" + q03).then().statusCode(404);
        Api.as(Api.AUDITOR).get("/api/v1/targets?orgUnit=" + q03).then().statusCode(200)
                .body("orgUnit.code", equalTo("Q03"));
        Api.as(Api.AUDITOR).get("/api/v1/targets?asOf=31-12-2025").then().statusCode(400)
                .body("errors[0].field", equalTo("asOf"));
        Api.as(Api.AUDITOR).get("/api/v1/targets/999999").then().statusCode(404);
    }

    @Test
    @DisplayName("City administrators add and change targets (validated, versioned, audited); others cannot")
    void editing() {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("code", "TEST-" + System.nanoTime() % 100000,
                "topic", "CYBERSECURITY", "level", "BASIC", "year", 2026, "kind", "ANNUAL", "percent", 90,
                "positions", List.of("GV", "NV"), "description", "Hằng năm 90% giáo viên, nhân viên được cập nhật "
                        + "an toàn thông tin"));
        Api.as(Api.DISTRICT_ADMIN).contentType("application/json").body(body).post("/api/v1/targets").then()
                .statusCode(403).body("detail", containsString("thành phố"));
        Api.as(Api.AUDITOR).contentType("application/json").body(body).post("/api/v1/targets").then()
                .statusCode(403);
        Map<String, Object> bad = new java.util.HashMap<>(body);
        bad.putAll(Map.of("code", "bad code", "topic", "NOPE", "percent", 120, "positions", List.of("XX"),
                "year", 1999));
        Api.as(Api.CITY_ADMIN).contentType("application/json").body(bad).post("/api/v1/targets").then()
                .statusCode(422).body("errors.field", hasItems("code", "topic", "percent", "positions[0]", "year"));
        JsonPath created = Api.as(Api.CITY_ADMIN).contentType("application/json").body(body)
                .post("/api/v1/targets").then().statusCode(201).body("version", equalTo(0)).extract().jsonPath();
        long id = created.getLong("id");
        Api.as(Api.CITY_ADMIN).contentType("application/json").body(body).post("/api/v1/targets").then()
                .statusCode(422).body("errors[0].field", equalTo("code"));
        Map<String, Object> change = new java.util.HashMap<>(body);
        change.putAll(Map.of("percent", 95.5, "version", 0));
        Api.as(Api.CITY_ADMIN).contentType("application/json").body(change).put("/api/v1/targets/" + id).then()
                .statusCode(200).body("percent", equalTo(95.5f)).body("version", equalTo(1));
        Api.as(Api.CITY_ADMIN).contentType("application/json").body(change).put("/api/v1/targets/" + id).then()
                .statusCode(409);
        change.remove("version");
        Api.as(Api.CITY_ADMIN).contentType("application/json").body(change).put("/api/v1/targets/" + id).then()
                .statusCode(422).body("errors[0].field", equalTo("version"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/audit?action=reporting.target.update&limit=5").then().statusCode(200)
                .body(containsString((String) body.get("code")));
        assertTrue(fx.targetsCodes(Api.AUDITOR).contains((String) body.get("code")));
    }

    @Test
    @DisplayName("The not-yet-trained list downloads as CSV with a BOM and Vietnamese headers")
    void untrainedCsv() {
        long person = fx.newPerson("CBQL", "Q01-TH-01");
        byte[] csv = Api.as(Api.DISTRICT_ADMIN).accept("text/csv").get("/api/v1/targets/" + targetId("T1-2025") + "/untrained.csv")
                .then().statusCode(200).contentType(containsString("text/csv")).extract().asByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\ufeffma_dinh_danh,ho_ten"), text.substring(0, Math.min(80, text.length())));
        String nid = String.valueOf(fx.longOf("SELECT national_id::bigint FROM person WHERE id = ?", person));
        assertTrue(text.contains(String.format("\"%012d\"", Long.parseLong(nid))), "the new manager is listed");
    }

    static long targetId(String code) {
        return Api.as(Api.CITY_ADMIN).get("/api/v1/targets?all=true").then().statusCode(200).extract().jsonPath()
                .getLong("targets.find { it.code == '" + code + "' }.id");
    }

    @Test
    @DisplayName("The dashboard counters follow every change (facts, new people, transfers, position changes, "
            + "deactivation) and equal the base tables; a past date is measured from the facts themselves")
    void countersEqualTheBaseTables() {
        long a = fx.newPerson("CBQL", "Q01-TH-01");
        long b = fx.newPerson("NV", "Q01-TH-01");
        fx.priorQualification(a, fx.knls("KNLS.1", 1), "2024-03-01");
        fx.priorQualification(b, fx.knls("KNLS.1", 2), "2025-03-01");
        long[] cityBefore = TargetFixtures.numbers(TargetFixtures.targets(Api.CITY_ADMIN, null), "T2-2025");
        fx.exec("UPDATE person SET institution_id = (SELECT id FROM org_unit WHERE code = 'Q03-THPT-01') WHERE id = ?",
                a);
        fx.exec("UPDATE person SET position = 'GV' WHERE id = ?", b);
        assertArrayEquals(new long[] {cityBefore[0] - 1, cityBefore[1] - 1},
                TargetFixtures.numbers(TargetFixtures.targets(Api.CITY_ADMIN, null), "T2-2025"),
                "a manager moved within the city still counts; the NV who became a teacher leaves T2");
        fx.exec("UPDATE person SET active = FALSE WHERE id = ?", a);
        assertArrayEquals(new long[] {cityBefore[0] - 2, cityBefore[1] - 2},
                TargetFixtures.numbers(TargetFixtures.targets(Api.CITY_ADMIN, null), "T2-2025"));
        assertEquals(fx.rows("SELECT institution_id, position, staff FROM staff_cell WHERE staff <> 0"),
                fx.rows("SELECT institution_id, position, count(*) FROM person WHERE active GROUP BY 1, 2"));
        assertEquals(fx.rows("SELECT institution_id, position, topic_code, training_level, last_year, facts, "
                + "active_facts FROM training_cell WHERE facts <> 0 OR active_facts <> 0"),
                fx.rows("SELECT p.institution_id, p.position, t.topic_code, t.training_level, "
                        + "hocso_city_year(t.last_at), count(*), count(*) FILTER (WHERE t.active) FROM person_training t "
                        + "JOIN person p ON p.id = t.person_id WHERE p.active GROUP BY 1, 2, 3, 4, 5"));
        JsonPath past = Api.as(Api.CITY_ADMIN).get("/api/v1/targets?asOf=2024-12-31").then().statusCode(200)
                .extract().jsonPath();
        JsonPath now = TargetFixtures.targets(Api.CITY_ADMIN, null);
        assertTrue(TargetFixtures.numbers(past, "T2-2025")[0] <= TargetFixtures.numbers(now, "T2-2025")[0]);
        assertEquals("2024-12-31", past.getString("asOf"));
    }
}
