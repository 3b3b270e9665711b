package vn.hocso.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** The dashboard pages render the same numbers as the API, in Vietnamese, with charts and drill-down. */
@QuarkusTest
class DashboardPageTest {

    private static final Pattern NUMBERS = Pattern.compile(
            "<span data-numerator>(\\d+)</span> / <span data-denominator>(\\d+)</span>");

    @Inject
    AgroalDataSource db;

    private static String page(String user, String path) {
        return Api.as(user).accept("text/html").get(path).then().statusCode(200).extract().asString();
    }

    /** The HTML of the dashboard row of a target. */
    static String row(String html, String code) {
        int start = html.indexOf("data-target-code=\"" + code + "\"");
        assertTrue(start > 0, code + " has a row");
        return html.substring(start, html.indexOf("</tr>", start));
    }

    @Test
    void districtDashboardShowsEveryTargetWithTheApiNumbers() {
        TargetFixtures fx = new TargetFixtures(db);
        long q01 = fx.unitId("Q01");
        JsonPath api = TargetFixtures.targets(Api.DISTRICT_ADMIN, null);
        String d = page(Api.DISTRICT_ADMIN, "/reports/dashboard");
        assertTrue(d.contains("Chỉ tiêu kế hoạch — "), "Vietnamese heading");
        for (String code : List.of("T4-2025", "T3-2025-GV", "T8-2030")) {
            long[] n = TargetFixtures.numbers(api, code);
            String row = row(d, code);
            Matcher m = NUMBERS.matcher(row);
            assertTrue(m.find(), row);
            assertEquals(n[0] + "/" + n[1], m.group(1) + "/" + m.group(2), code);
            assertTrue(row.contains("class=\"target-bar-goal\""), "bar with the target line");
        }
        assertTrue(d.contains("id=\"child-units\""), "the district's schools are listed");
        long target = TargetApiTest.targetId("T7-2025");
        String t = page(Api.DISTRICT_ADMIN, "/reports/dashboard/targets/" + target + "?unit=" + q01);
        assertTrue(t.contains("id=\"unit-chart\"") && t.contains("Trường Tiểu học Trần Hưng Đạo"), "per-school chart");
        assertTrue(t.contains("id=\"by-position\"") && t.contains("Giáo viên"), "split by position");
        String u = page(Api.DISTRICT_ADMIN, "/reports/dashboard/targets/" + target + "/untrained?unit=" + q01);
        assertTrue(u.contains("id=\"untrained-count\""));
        assertTrue(u.contains("/api/v1/targets/" + target + "/untrained.csv?orgUnit=" + q01));
        Api.as(Api.AUDITOR).accept("text/html").get("/reports/dashboard?year=2030").then().statusCode(200)
                .body(containsString("data-target-code=\"T8-2030\""))
                .body(not(containsString("data-target-code=\"T4-2025\"")));
        Api.as(Api.DISTRICT_ADMIN).accept("text/html").cookie("hocso-lang", "en").get("/reports/dashboard?lang=en")
                .then().statusCode(200);
        Api.as(Api.DISTRICT_ADMIN).accept("text/html").get("/reports/dashboard?asOf=nope").then().statusCode(400);
    }

    @Test
    void cityAdministratorEditsATargetThroughTheCataloguePage() {
        String list = page(Api.CITY_ADMIN, "/reports/targets");
        assertTrue(list.contains("id=\"target-form\"") && list.contains("data-target-code=\"T4-2025\""));
        assertTrue(!page(Api.AUDITOR, "/reports/targets").contains("id=\"target-form\""), "auditors only read");
        assertTrue(!page(Api.DISTRICT_ADMIN, "/reports/targets").contains("id=\"target-form\""),
                "district administrators only read");
        long id = TargetApiTest.targetId("T8-2025-GV");
        String edit = page(Api.CITY_ADMIN, "/reports/targets?edit=" + id);
        Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(edit);
        Matcher version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(edit);
        assertTrue(version.find(), "the form carries the version");
        csrf.find();
        io.restassured.specification.RequestSpecification form = Api.as(Api.CITY_ADMIN).accept("text/html")
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf.group(1))
                .formParam("id", id).formParam("version", version.group(1)).formParam("code", "T8-2025-GV")
                .formParam("topic", "AI_CODING").formParam("level", "ADVANCED").formParam("kind", "CUMULATIVE")
                .formParam("year", "2025").formParam("positions", "GV").formParam("active", "true")
                .formParam("description", "10% giáo viên được tập huấn nâng cao về AI, coding lập trình")
                .formParam("sourceRef", "Đề án 000:289");
        form.formParam("percent", "abc").post("/reports/targets").then().statusCode(200)
                .body(containsString("id=\"catalogue-errors\""));
        Api.as(Api.CITY_ADMIN).accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("_csrf", csrf.group(1)).formParam("id", id).formParam("version", version.group(1))
                .formParam("code", "T8-2025-GV").formParam("topic", "AI_CODING").formParam("level", "ADVANCED")
                .formParam("kind", "CUMULATIVE").formParam("year", "2025").formParam("positions", "GV")
                .formParam("percent", "12,5").formParam("active", "true").formParam("sourceRef", "Đề án 000:289")
                .formParam("description", "10% giáo viên được tập huấn nâng cao về AI, coding lập trình")
                .post("/reports/targets").then().statusCode(200).body(containsString("id=\"saved\""));
        assertEquals(12.5f, Api.as(Api.AUDITOR).get("/api/v1/targets/" + id).then().statusCode(200).extract()
                .jsonPath().getFloat("target.percent"));
        Api.as(Api.CITY_ADMIN).accept("text/html").contentType("application/x-www-form-urlencoded")
                .formParam("code", "X").post("/reports/targets").then().statusCode(403);
    }
}
