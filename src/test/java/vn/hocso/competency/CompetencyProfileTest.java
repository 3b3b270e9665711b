package vn.hocso.competency;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/**
 * "Năng lực số của tôi": the learner's attainment against the target profile of their position in the latest
 * published HCM-KNLS framework, the gaps and the modules that close them.
 */
@QuarkusTest
class CompetencyProfileTest {

    @Inject
    AgroalDataSource db;

    /** The seeded city framework's GV target of a competency: {framework, item, level}. */
    private static long[] seededTarget(EvidenceFixtures fx, String code) {
        long fw = fx.longOf("SELECT id FROM competency_framework WHERE code = 'HCM-KNLS' AND published_at IS NOT NULL "
                + "ORDER BY published_at DESC LIMIT 1");
        long item = fx.longOf("SELECT t.item_id FROM competency_role_target t JOIN competency_item i ON i.id = "
                + "t.item_id WHERE t.framework_id = ? AND t.position = 'GV' AND i.human_code = ?", fw, code);
        long level = fx.longOf("SELECT level_id FROM competency_role_target WHERE framework_id = ? AND position = "
                + "'GV' AND item_id = ?", fw, item);
        return new long[] {fw, item, level};
    }

    private static JsonNode row(JsonNode rows, long itemId) {
        for (JsonNode r : rows) {
            if (r.at("/target/itemId").asLong() == itemId) {
                return r;
            }
        }
        throw new AssertionError("no row for item " + itemId + " in " + rows);
    }

    @Test
    @DisplayName("Profile against the seeded city framework (GV targets): met target, gap with the mapped module "
            + "linked, JSON and page")
    void profileShowsTargetsGapsAndModules() throws Exception {
        EvidenceFixtures fx = new EvidenceFixtures(db);
        long[] met = seededTarget(fx, "KNLS.2");
        long[] gap = seededTarget(fx, "KNLS.6");
        long done = EvidenceFixtures.uploadScorm("Đã học");
        long todo = EvidenceFixtures.uploadScorm("Học phần còn thiếu");
        EvidenceFixtures.rule(met[1], met[2], "ALL", null, "COMPLETED", null, null, done);
        EvidenceFixtures.rule(gap[1], gap[2], "ALL", null, "COMPLETED", null, null, todo);
        EvidenceFixtures.teacherTakesScorm(done, "passed", 90);

        JsonNode profile = EvidenceFixtures.JSON.readTree(Api.as(Api.TEACHER).get("/api/v1/me/competencies").then()
                .statusCode(200).extract().asString());
        assertEquals("GV", profile.get("position").asText());
        assertEquals(met[0], profile.at("/framework/id").asLong());
        assertEquals(fx.longOf("SELECT count(*) FROM competency_role_target WHERE framework_id = ? AND position = "
                + "'GV'", met[0]), profile.get("targets").size());
        assertTrue(row(profile.get("targets"), met[1]).get("met").asBoolean(), "the completed module meets it");
        assertEquals(false, row(profile.get("targets"), gap[1]).get("met").asBoolean());
        assertEquals(todo, row(profile.get("gaps"), gap[1]).at("/modules/0/packageId").asLong());

        String html = Api.as(Api.TEACHER).accept("text/html").get("/me/competencies").then().statusCode(200)
                .body(containsString("Năng lực số của tôi")).body(containsString("Giáo viên")).extract().asString();
        assertTrue(html.contains("href=\"/learn/packages/" + todo + "\""), html);
        Api.as(Api.TEACHER).accept("text/html").get("/").then().statusCode(200)
                .body(containsString("href=\"/me/competencies\""));
        Api.as(Api.TEACHER).accept("text/html").header("Accept-Language", "en").get("/me/competencies?lang=en")
                .then().statusCode(200);
    }

    @Test
    @DisplayName("An account without a staff record: 404 in JSON, an explanation on the page")
    void accountWithoutPerson() {
        Api.as(Api.CITY_ADMIN).get("/api/v1/me/competencies").then().statusCode(404);
        Api.as(Api.CITY_ADMIN).accept("text/html").get("/me/competencies").then().statusCode(200)
                .body(containsString("id=\"no-person\""));
    }
}
