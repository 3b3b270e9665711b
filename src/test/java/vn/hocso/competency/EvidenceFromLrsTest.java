package vn.hocso.competency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.competency.service.AttainmentChanged;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;
import vn.hocso.support.TincanLaunch;

/**
 * Evidence read from LRS statements as they are stored (issue 6: "evidence is created from LRS statements as they
 * arrive"): a learner takes mapped content over HTTP (SCORM 1.2, cmi5, xAPI), the statement becomes evidence naming
 * it, the rule gives attainment, and AttainmentChanged is announced.
 */
@QuarkusTest
class EvidenceFromLrsTest {

    @Inject
    AgroalDataSource db;

    @Inject
    AttainmentEvents events;

    EvidenceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new EvidenceFixtures(db);
    }

    /** Evidence of a person for a package: kind, score, statement id. */
    private List<Map<String, Object>> evidence(long person, long packageId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        fx.query("SELECT id, kind, score, statement_id, created_by FROM competency_evidence WHERE person_id = ? "
                + "AND module_id = ? ORDER BY id", rs -> {
                    java.util.HashMap<String, Object> row = new java.util.HashMap<>();
                    row.put("id", rs.getLong(1));
                    row.put("kind", rs.getString(2));
                    row.put("score", rs.getBigDecimal(3));
                    row.put("statement", rs.getString(4));
                    row.put("createdBy", rs.getObject(5));
                    rows.add(row);
                }, person, packageId);
        return rows;
    }

    @Test
    @DisplayName("SCORM 1.2 completed over HTTP → evidence with the statement id → attainment → AttainmentChanged")
    void scormCompletionBecomesEvidenceAndAttainment() throws Exception {
        EvidenceFixtures.Framework f = fx.framework(1, 2);
        long item = f.items().get(0);
        long pkg = EvidenceFixtures.uploadScorm("Năng lực số: dữ liệu");
        long rule = EvidenceFixtures.rule(item, f.levels().get(0), "ALL", null, "COMPLETED", null, null, pkg);
        long person = fx.teacherPerson();

        EvidenceFixtures.teacherTakesScorm(pkg, "passed", 90);

        List<Map<String, Object>> ev = evidence(person, pkg);
        assertEquals(List.of("MODULE_PASSED", "MODULE_COMPLETED"), ev.stream().map(e -> e.get("kind")).toList());
        Map<String, Object> completed = ev.get(1);
        assertEquals(0, new BigDecimal("0.9").compareTo((BigDecimal) completed.get("score")));
        assertEquals(null, completed.get("createdBy"), "read from the LRS, not recorded by a person");
        String statementId = (String) completed.get("statement");
        var stored = fx.statement(statementId);
        assertEquals("http://adlnet.gov/expapi/verbs/completed", stored.at("/verb/id").asText());
        assertTrue(stored.at("/context/contextActivities/grouping").toString()
                .contains("/xapi/activities/package/" + pkg), stored.toString());

        List<String> rows = fx.attainment(person).stream().filter(r -> r.startsWith(item + "|")).toList();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("|" + rule + "|{" + completed.get("id") + "}|"), rows.get(0));
        assertTrue(rows.get(0).endsWith("|null|ACTIVE"), "no validity months: no expiry; " + rows.get(0));
        List<AttainmentChanged> seen = events.about(person);
        assertTrue(seen.stream().anyMatch(e -> e.itemIds().equals(java.util.Set.of(item))), seen.toString());
    }

    @Test
    @DisplayName("SCORE_AT_LEAST: a scaled score below the threshold gives no attainment, one at or above does")
    void scoreThresholdBelowAndAbove() throws Exception {
        EvidenceFixtures.Framework f = fx.framework(2, 1);
        long low = EvidenceFixtures.uploadScorm("Điểm thấp");
        long high = EvidenceFixtures.uploadScorm("Điểm cao");
        EvidenceFixtures.rule(f.items().get(0), f.levels().get(0), "ANY", null, "SCORE_AT_LEAST", 0.8, null, low);
        EvidenceFixtures.rule(f.items().get(1), f.levels().get(0), "ANY", null, "SCORE_AT_LEAST", 0.8, null, high);
        long person = fx.teacherPerson();

        EvidenceFixtures.teacherTakesScorm(low, "failed", 70);
        EvidenceFixtures.teacherTakesScorm(high, "passed", 80);

        assertEquals(0, new BigDecimal("0.7").compareTo((BigDecimal) evidence(person, low).get(0).get("score")));
        List<String> rows = fx.attainment(person);
        assertFalse(rows.stream().anyMatch(r -> r.startsWith(f.items().get(0) + "|")), "0.7 < 0.8: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(f.items().get(1) + "|")), "0.8 ≥ 0.8: " + rows);
    }

    @Test
    @DisplayName("cmi5: the LMS's course \"satisfied\" statement is MODULE_COMPLETED evidence; an AU's passed score "
            + "is MODULE_SCORE")
    void cmi5CourseSatisfiedBecomesEvidence() throws Exception {
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        long pkg = TestPackages.upload(Api.TRAINER, TestPackages.cmi5("Khóa cmi5 năng lực", "OwnWindow")).then()
                .statusCode(201).extract().jsonPath().getLong("id");
        EvidenceFixtures.rule(f.items().get(0), f.levels().get(0), "ALL", null, "COMPLETED", null, null, pkg);
        long person = fx.teacherPerson();

        String location = Api.as(Api.TEACHER).accept("text/html").redirects().follow(false)
                .get("/learn/packages/" + pkg + "/play?au=0").then().statusCode(303).extract().header("Location");
        Map<String, String> q = query(location);
        String token = given().post(q.get("fetch")).then().statusCode(200).extract().jsonPath()
                .getString("auth-token");
        var au = new vn.hocso.cmi5.AuClientAccess(q.get("endpoint") + "/", token, q.get("activityId"),
                q.get("registration"), q.get("actor"));
        au.begin();
        au.send("completed");
        au.send("passed");

        List<Map<String, Object>> ev = evidence(person, pkg);
        assertEquals(List.of("MODULE_COMPLETED", "MODULE_SCORE"), ev.stream().map(e -> e.get("kind")).toList());
        var satisfied = fx.statement((String) ev.get(0).get("statement"));
        assertEquals("https://w3id.org/xapi/adl/verbs/satisfied", satisfied.at("/verb/id").asText());
        assertTrue(satisfied.at("/object/id").asText().endsWith("/xapi/activities/package/" + pkg));
        assertEquals(0, new BigDecimal("0.9").compareTo((BigDecimal) ev.get(1).get("score")));
        assertTrue(fx.attainment(person).stream().anyMatch(r -> r.startsWith(f.items().get(0) + "|")));
    }

    @Test
    @DisplayName("xAPI (tincan.xml): the learner's passed/completed statements about the package's activity, sent with "
            + "the launch credential, are evidence with their score; other activities and a re-sent statement add "
            + "nothing")
    void tincanStatementsBecomeEvidence() throws Exception {
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        long pkg = TestPackages.upload(Api.TRAINER, TestPackages.tincan("Khóa xAPI năng lực",
                TestPackages.TINCAN_COURSE + "/" + System.nanoTime())).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        long rule = EvidenceFixtures.rule(f.items().get(0), f.levels().get(0), "ALL", null, "PASSED", null, null,
                pkg);
        long person = fx.teacherPerson();
        TincanLaunch l = TincanLaunch.open(Api.TEACHER, pkg);

        l.lrs().body(TincanLaunch.statement(l.actor(), "completed", l.activity() + "/lesson-1", l.registration()))
                .post(l.endpoint() + "statements").then().statusCode(200);
        assertEquals(List.of(), evidence(person, pkg), "a lesson inside the course is not the package");
        String passedId = java.util.UUID.randomUUID().toString();
        String passed = """
                {"id": "%s", "actor": %s, "verb": {"id": "http://adlnet.gov/expapi/verbs/passed"},
                 "object": {"id": "%s"}, "result": {"success": true, "score": {"scaled": 0.85}},
                 "context": {"registration": "%s"}}""".formatted(passedId, l.actor(), l.activity(), l.registration());
        l.lrs().body(passed).post(l.endpoint() + "statements").then().statusCode(200);
        l.lrs().body(passed).post(l.endpoint() + "statements").then().statusCode(200);
        l.lrs().body(TincanLaunch.statement(l.actor(), "completed", l.activity(), l.registration()))
                .post(l.endpoint() + "statements").then().statusCode(200);

        List<Map<String, Object>> ev = evidence(person, pkg);
        assertEquals(List.of("MODULE_PASSED", "MODULE_COMPLETED"), ev.stream().map(e -> e.get("kind")).toList());
        assertEquals(passedId, ev.get(0).get("statement"));
        assertEquals(0, new BigDecimal("0.85").compareTo((BigDecimal) ev.get(0).get("score")));
        List<String> rows = fx.attainment(person).stream().filter(r -> r.startsWith(f.items().get(0) + "|")).toList();
        assertEquals(1, rows.size(), rows.toString());
        assertTrue(rows.get(0).contains("|" + rule + "|{" + ev.get(0).get("id") + "}|"), rows.get(0));
    }

    @Test
    @DisplayName("Statements of content no rule maps create no evidence")
    void unmappedContentMakesNoEvidence() throws Exception {
        long pkg = EvidenceFixtures.uploadScorm("Không gắn năng lực");
        EvidenceFixtures.teacherTakesScorm(pkg, "passed", 95);
        assertEquals(List.of(), evidence(fx.teacherPerson(), pkg));
    }

    static Map<String, String> query(String url) {
        Map<String, String> q = new java.util.HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            q.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                    java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return q;
    }
}
