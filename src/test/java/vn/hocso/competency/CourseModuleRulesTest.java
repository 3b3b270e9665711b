package vn.hocso.competency;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.competency.model.ModuleRef;
import vn.hocso.competency.service.AttainmentService;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/**
 * Rules that name a course (issue 6: "a module (package or course)"): the course counts when its completion rule
 * (ALL, REQUIRED, N_OF_M) is met by package evidence meeting the rule's condition; package evidence re-evaluates the
 * rules of the courses containing the package; a recompute gives the same rows; unknown courses are refused.
 */
@QuarkusTest
class CourseModuleRulesTest {

    @Inject
    DataSource db;

    @Inject
    AttainmentService attainment;

    EvidenceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new EvidenceFixtures(db);
    }

    private static long pkg(String title) {
        return TestPackages.upload(Api.TRAINER, TestPackages.scorm12(title)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static long course(String rule, Integer min, long... packages) {
        Map<String, Object> c = new HashMap<>();
        c.put("title", "Khóa học năng lực " + System.nanoTime());
        c.put("track", "DATA");
        c.put("durationHours", 2);
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < packages.length; i++) {
            items.add(Map.of("packageId", packages[i], "required", i == 0));
        }
        c.put("packages", items);
        c.put("completionRule", rule);
        if (min != null) {
            c.put("completionMin", min);
        }
        return Api.as(Api.TRAINER).body(c).post("/api/v1/courses").then().statusCode(201).extract().jsonPath()
                .getLong("id");
    }

    private static long rule(long item, long level, String combinator, Integer n, List<Map<String, Object>> modules) {
        Map<String, Object> r = new HashMap<>(Map.of("itemId", item, "levelId", level, "combinator", combinator,
                "condition", "COMPLETED", "modules", modules));
        if (n != null) {
            r.put("requiredCount", n);
        }
        return Api.as(Api.CITY_ADMIN).body(r).post("/api/v1/competency/rules").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    private static Map<String, Object> module(String kind, long id) {
        return Map.of("kind", kind, "id", id);
    }

    private List<String> rowsOfRule(long person, long ruleId) {
        return fx.attainment(person).stream().filter(r -> r.split("\\|")[2].equals(String.valueOf(ruleId))).toList();
    }

    @Test
    @DisplayName("ALL-course needs both packages; N_OF_M-course (1) and REQUIRED-course need the first; "
            + "recompute = incremental")
    void courseModules() {
        EvidenceFixtures.Framework f = fx.framework(3, 1);
        long p1 = pkg("Dữ liệu số 1");
        long p2 = pkg("Dữ liệu số 2");
        long other = pkg("Gói khác");
        long all = course("ALL", null, p1, p2);
        long any1 = course("N_OF_M", 1, p1, p2);
        long required = course("REQUIRED", null, p1, p2);
        long rAll = rule(f.items().get(0), f.levels().get(0), "ALL", null, List.of(module("COURSE", all)));
        long rAny = rule(f.items().get(1), f.levels().get(0), "ANY", null,
                List.of(module("PACKAGE", other), module("COURSE", any1)));
        long rReq = rule(f.items().get(2), f.levels().get(0), "N_OF_M", 1, List.of(module("COURSE", required)));
        long person = fx.newPerson();

        long e1 = fx.evidence(person, "MODULE_COMPLETED", p1, null, "2026-03-01T08:00:00Z");
        attainment.onModuleEvidence(person, ModuleRef.pkg(p1));
        assertEquals(List.of(), rowsOfRule(person, rAll), "one of two packages");
        assertEquals(1, rowsOfRule(person, rAny).size(), "N_OF_M 1 course through ANY");
        assertTrue(rowsOfRule(person, rAny).get(0).contains("{" + e1 + "}"), rowsOfRule(person, rAny).toString());
        assertEquals(1, rowsOfRule(person, rReq).size(), "the required package");

        long e2 = fx.evidence(person, "MODULE_COMPLETED", p2, null, "2026-03-05T08:00:00Z");
        attainment.onModuleEvidence(person, ModuleRef.pkg(p2));
        List<String> allRows = rowsOfRule(person, rAll);
        assertEquals(1, allRows.size());
        assertTrue(allRows.get(0).contains("{" + e1 + "," + e2 + "}") && allRows.get(0).contains("2026-03-05T08:00:00Z"),
                allRows.toString());

        List<String> incremental = fx.attainment(person);
        Api.as(Api.CITY_ADMIN).body("{\"personId\": " + person + "}").post("/api/v1/competency/attainment/recompute")
                .then().statusCode(200);
        assertEquals(incremental, fx.attainment(person), "recompute = incremental");

        Api.as(Api.CITY_ADMIN).body(Map.of("itemId", f.items().get(0), "levelId", f.levels().get(0), "combinator",
                "ALL", "condition", "COMPLETED", "modules", List.of(module("COURSE", 99999999))))
                .post("/api/v1/competency/rules").then().statusCode(422)
                .body(containsString("99999999"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/competency/rules").then().statusCode(200)
                .body(containsString("\"kind\":\"COURSE\""));
    }
}
