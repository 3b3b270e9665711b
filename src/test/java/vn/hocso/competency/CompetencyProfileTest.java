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

    @Test
    @DisplayName("Profile against the city framework: met target, gap with the mapped module linked, JSON and page")
    void profileShowsTargetsGapsAndModules() throws Exception {
        EvidenceFixtures fx = new EvidenceFixtures(db);
        EvidenceFixtures.Framework city = fx.framework("HCM-KNLS", 2, 2, true);
        fx.target(city, "GV", city.items().get(0), city.levels().get(0));
        fx.target(city, "GV", city.items().get(1), city.levels().get(1));
        long done = EvidenceFixtures.uploadScorm("Đã học");
        long todo = EvidenceFixtures.uploadScorm("Học phần còn thiếu");
        EvidenceFixtures.rule(city.items().get(0), city.levels().get(1), "ALL", null, "COMPLETED", null, null, done);
        EvidenceFixtures.rule(city.items().get(1), city.levels().get(1), "ALL", null, "COMPLETED", null, null, todo);
        EvidenceFixtures.teacherTakesScorm(done, "passed", 90);

        JsonNode profile = EvidenceFixtures.JSON.readTree(Api.as(Api.TEACHER).get("/api/v1/me/competencies").then()
                .statusCode(200).extract().asString());
        assertEquals("GV", profile.get("position").asText());
        assertEquals(city.id(), profile.at("/framework/id").asLong());
        assertEquals(2, profile.get("targets").size());
        assertTrue(profile.at("/targets/0/met").asBoolean(), "a higher level than the target meets it");
        assertEquals(false, profile.at("/targets/1/met").asBoolean());
        assertEquals(1, profile.get("gaps").size());
        assertEquals(todo, profile.at("/gaps/0/modules/0/packageId").asLong());

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
