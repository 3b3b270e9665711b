package vn.hocso.competency;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** Module rules over the API: stored as sent, and every invalid field named in a 422. */
@QuarkusTest
class ModuleRuleValidationTest {

    @Inject
    AgroalDataSource db;

    @Test
    @DisplayName("A valid rule is stored and readable by trainers; deleting it is for administrators")
    void ruleRoundTrip() {
        EvidenceFixtures.Framework f = new EvidenceFixtures(db).framework(1, 2);
        long a = EvidenceFixtures.uploadScorm("Quy tắc A");
        long b = EvidenceFixtures.uploadScorm("Quy tắc B");
        long id = EvidenceFixtures.rule(f.items().get(0), f.levels().get(1), "N_OF_M", 1, "SCORE_AT_LEAST", 0.75, 24,
                a, b);
        Api.as(Api.TRAINER).get("/api/v1/competency/rules/" + id).then().statusCode(200)
                .body("combinator", equalTo("N_OF_M")).body("requiredCount", equalTo(1))
                .body("minScore", equalTo(0.75f)).body("validityMonths", equalTo(24))
                .body("modules.id", hasItems((int) a, (int) b)).body("modules[0].kind", equalTo("PACKAGE"));
        Api.as(Api.TRAINER).delete("/api/v1/competency/rules/" + id).then().statusCode(403);
        Api.as(Api.CITY_ADMIN).delete("/api/v1/competency/rules/" + id).then().statusCode(204);
        Api.as(Api.CITY_ADMIN).get("/api/v1/competency/rules/" + id).then().statusCode(404);
    }

    @Test
    @DisplayName("Unknown item, level and package, a level of another framework, bad n and score: 422 naming each")
    void invalidRuleIs422WithClearMessages() {
        EvidenceFixtures fx = new EvidenceFixtures(db);
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        EvidenceFixtures.Framework other = fx.framework(1, 1);
        Api.as(Api.CITY_ADMIN).body(EvidenceFixtures.ruleBody(888_888_888L, 777_777_777L, "ALL", null, "COMPLETED",
                null, null, 666_666_666L).toString()).post("/api/v1/competency/rules").then().statusCode(422)
                .body("errors.find { it.field == 'itemId' }.message", containsString("888888888"))
                .body("errors.find { it.field == 'levelId' }.message", containsString("777777777"))
                .body("errors.find { it.field == 'modules' }.message", containsString("666666666"));
        long pkg = EvidenceFixtures.uploadScorm("Sai quy tắc");
        Api.as(Api.CITY_ADMIN).body(EvidenceFixtures.ruleBody(f.items().get(0), other.levels().get(0), "N_OF_M", 3,
                "SCORE_AT_LEAST", 1.5, 0, pkg).toString()).post("/api/v1/competency/rules").then().statusCode(422)
                .body("errors.field", hasItems("levelId", "requiredCount", "minScore", "validityMonths"));
        Api.as(Api.CITY_ADMIN).body("{\"itemId\": " + f.items().get(0) + ", \"levelId\": " + f.levels().get(0)
                + ", \"combinator\": \"SOME\", \"condition\": \"DONE\", \"modules\": [{\"kind\": \"LESSON\", \"id\": "
                + pkg + "}]}").post("/api/v1/competency/rules").then().statusCode(422)
                .body("errors.field", hasItems("combinator", "condition", "modules[0].kind"))
                .body("errors.find { it.field == 'combinator' }.message", containsString("N_OF_M"));
    }
}
