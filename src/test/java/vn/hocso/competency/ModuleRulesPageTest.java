package vn.hocso.competency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/**
 * The module-rule page (issue 6: "administrators map a module (package or course) to competencies and levels with
 * rules"): city administrators create a rule through the form (which counts evidence already recorded) and delete
 * it, invalid input comes back with every problem and the values typed, both changes are in the audit log; other
 * administrators, trainers and auditors only read; teachers do not see it.
 */
@QuarkusTest
class ModuleRulesPageTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    AgroalDataSource db;

    EvidenceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new EvidenceFixtures(db);
    }

    private RequestSpecification form(String session) {
        return Pages.form(session, base);
    }

    private List<String> audit(String action, long ruleId) {
        List<String> rows = new ArrayList<>();
        fx.query("SELECT actor_name, details::text FROM audit_log WHERE action = ? AND target_id = ?",
                rs -> rows.add(rs.getString(1) + " " + rs.getString(2)), action, Long.toString(ruleId));
        return rows;
    }

    @Test
    @DisplayName("City admin: the form lists the chosen framework's competencies, levels, packages and courses; a new "
            + "rule counts earlier evidence at once; delete removes the attainment; both are audited")
    void createAndDelete() {
        EvidenceFixtures.Framework f = fx.framework("PG" + Long.toString(System.nanoTime(), 36).toUpperCase(), 2, 2,
                true);
        long pkg = EvidenceFixtures.uploadScorm("Gói cho trang quy tắc");
        long person = fx.newPerson();
        fx.evidence(person, "MODULE_COMPLETED", pkg, null, "2026-03-01T08:00:00Z");
        String session = Pages.session(Api.CITY_ADMIN);
        String html = given().cookie("hocso_session", session).get("/competency/rules?framework=" + f.id()).then()
                .statusCode(200).body(containsString("id=\"rule-form\""))
                .body(containsString("<option value=\"" + f.items().get(1) + "\""))
                .body(containsString("NL2 Năng lực 2")).body(containsString("Thành thạo"))
                .body(containsString("value=\"PACKAGE:" + pkg + "\"")).body(containsString("Gói cho trang quy tắc"))
                .extract().asString();
        String token = Pages.csrf(html);

        String location = form(session).formParam("_csrf", token).formParam("framework", f.id())
                .formParam("itemId", f.items().get(1)).formParam("levelId", f.levels().get(0))
                .formParam("modules", "PACKAGE:" + pkg).formParam("combinator", "ALL")
                .formParam("condition", "COMPLETED").formParam("validityMonths", "24").post("/competency/rules")
                .then().statusCode(303).header("Location", matchesPattern(".*/competency/rules\\?framework="
                        + f.id() + "&created=\\d+&evaluated=1")).extract().header("Location");
        long rule = Long.parseLong(location.replaceAll(".*created=(\\d+).*", "$1"));
        assertEquals(1, fx.attainment(person).size(), "the earlier evidence counts for the new rule");
        assertEquals(1, audit("competency.rule.create", rule).size());
        given().cookie("hocso_session", session).get("/competency/rules?created=" + rule + "&evaluated=1").then()
                .statusCode(200).body(containsString("Đã tạo quy tắc #" + rule))
                .body(containsString("data-rule-id=\"" + rule + "\"")).body(containsString("24 tháng"));

        form(session).formParam("_csrf", "wrong").post("/competency/rules/" + rule + "/delete").then()
                .statusCode(403);
        form(session).formParam("_csrf", token).post("/competency/rules/" + rule + "/delete").then().statusCode(303)
                .header("Location", Pages.endsWith("/competency/rules?deleted=" + rule));
        assertEquals(List.of(), fx.attainment(person));
        List<String> deleted = audit("competency.rule.delete", rule);
        assertEquals(1, deleted.size());
        org.hamcrest.MatcherAssert.assertThat(deleted.get(0), allOf(containsString("admin"),
                containsString("\"attainmentsRemoved\":1")));
        form(session).formParam("_csrf", token).post("/competency/rules/" + rule + "/delete").then().statusCode(404);
    }

    @Test
    @DisplayName("Invalid input: 422, every problem listed, the values typed kept, nothing stored")
    void invalidInput() {
        EvidenceFixtures.Framework f = fx.framework("PV" + Long.toString(System.nanoTime(), 36).toUpperCase(), 1, 2,
                true);
        long pkg = EvidenceFixtures.uploadScorm("Gói cho lỗi quy tắc");
        String session = Pages.session(Api.CITY_ADMIN);
        String token = Pages.csrf(given().cookie("hocso_session", session).get("/competency/rules").asString());
        long before = fx.longOf("SELECT count(*) FROM competency_module_rule");

        form(session).formParam("_csrf", token).formParam("framework", f.id()).formParam("itemId", f.items().get(0))
                .formParam("levelId", f.levels().get(1)).formParam("combinator", "ALL")
                .formParam("condition", "SCORE_AT_LEAST").formParam("validityMonths", "700")
                .post("/competency/rules").then().statusCode(422).body(containsString("id=\"rule-errors\""))
                .body(containsString("modules: Cần ít nhất một học phần"))
                .body(containsString("minScore: Với SCORE_AT_LEAST"))
                .body(containsString("validityMonths: Thời hạn (validityMonths) phải từ 1 đến 600 tháng."))
                .body(containsString("value=\"700\""))
                .body(containsString("<option value=\"" + f.levels().get(1) + "\" selected"));
        form(session).formParam("_csrf", token).formParam("framework", f.id()).formParam("itemId", f.items().get(0))
                .formParam("levelId", f.levels().get(0)).formParam("modules", "PACKAGE:" + pkg)
                .formParam("combinator", "N_OF_M").formParam("requiredCount", "hai").formParam("condition", "PASSED")
                .post("/competency/rules").then().statusCode(422).body(containsString("requiredCount: "))
                .body(containsString("value=\"PACKAGE:" + pkg + "\" checked")).body(containsString("value=\"hai\""));
        assertEquals(before, fx.longOf("SELECT count(*) FROM competency_module_rule"));
    }

    @Test
    @DisplayName("District administrators, trainers and auditors read the rules without a form; only city "
            + "administrators change them; teachers are refused")
    void whoMayChange() {
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        long pkg = EvidenceFixtures.uploadScorm("Gói chỉ đọc");
        long rule = EvidenceFixtures.rule(f.items().get(0), f.levels().get(0), "ANY", null, "PASSED", null, null, pkg);
        for (String reader : List.of(Api.DISTRICT_ADMIN, Api.TRAINER, Api.AUDITOR)) {
            given().cookie("hocso_session", Pages.session(reader)).get("/competency/rules").then().statusCode(200)
                    .body(containsString("data-rule-id=\"" + rule + "\"")).body(containsString("Gói chỉ đọc"))
                    .body(not(containsString("id=\"rule-form\""))).body(not(containsString("/delete\"")));
        }
        String district = Pages.session(Api.DISTRICT_ADMIN);
        String token = Pages.csrf(given().cookie("hocso_session", district).get("/").asString());
        form(district).formParam("_csrf", token).post("/competency/rules/" + rule + "/delete").then()
                .statusCode(403);
        form(district).formParam("_csrf", token).formParam("itemId", f.items().get(0)).post("/competency/rules")
                .then().statusCode(403);
        Api.as(Api.DISTRICT_ADMIN).delete("/api/v1/competency/rules/" + rule).then().statusCode(403);
        given().cookie("hocso_session", Pages.session(Api.TEACHER)).get("/competency/rules").then().statusCode(403);
        Api.as(Api.AUDITOR).get("/api/v1/competency/rules/" + rule).then().statusCode(200);
    }
}
