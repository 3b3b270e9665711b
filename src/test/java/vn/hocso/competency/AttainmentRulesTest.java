package vn.hocso.competency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.competency.service.AttainmentService;
import vn.hocso.support.Api;

/**
 * Attainment derived from evidence: N of M modules, expiry after the evidence that completed it, the append-only
 * evidence table, and that a full recompute gives exactly the rows the incremental path built.
 */
@QuarkusTest
class AttainmentRulesTest {

    @Inject
    AgroalDataSource db;

    @Inject
    AttainmentEvents events;

    @Inject
    AttainmentService attainment;

    EvidenceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new EvidenceFixtures(db);
    }

    private static void recompute(long person) {
        Api.as(Api.CITY_ADMIN).body("{\"personId\": " + person + "}").post("/api/v1/competency/attainment/recompute")
                .then().statusCode(200);
    }

    @Test
    @DisplayName("N_OF_M: 2 of 3 modules completed gives the level, using the evidence of those two; 1 of 3 does not")
    void nOfMNeedsNModules() {
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        long a = EvidenceFixtures.uploadScorm("Học phần A");
        long b = EvidenceFixtures.uploadScorm("Học phần B");
        long c = EvidenceFixtures.uploadScorm("Học phần C");
        long rule = EvidenceFixtures.rule(f.items().get(0), f.levels().get(0), "N_OF_M", 2, "COMPLETED", null, null,
                a, b, c);
        long person = fx.newPerson();
        long first = fx.evidence(person, "MODULE_COMPLETED", a, null, "2026-01-10T08:00:00Z");
        fx.evidence(person, "MODULE_PASSED", b, 0.9, "2026-01-11T08:00:00Z");
        recompute(person);
        assertEquals(List.of(), fx.attainment(person), "one module completed (the other only passed)");

        long second = fx.evidence(person, "MODULE_COMPLETED", c, null, "2026-02-01T08:00:00Z");
        recompute(person);
        assertEquals(List.of(f.items().get(0) + "|" + f.levels().get(0) + "|" + rule + "|{" + first + "," + second
                + "}|2026-02-01T08:00:00Z|null|ACTIVE"), fx.attainment(person));
        assertTrue(events.about(person).stream().anyMatch(e -> e.itemIds().equals(Set.of(f.items().get(0)))));
    }

    @Test
    @DisplayName("Expiry: attainment expires validityMonths after the evidence that completed it; due expiries are "
            + "marked and announced")
    void attainmentExpiresAfterValidityMonths() throws SQLException {
        EvidenceFixtures.Framework f = fx.framework(2, 1);
        long pkg = EvidenceFixtures.uploadScorm("Có thời hạn");
        long expiring = EvidenceFixtures.rule(f.items().get(0), f.levels().get(0), "ALL", null, "COMPLETED", null, 12,
                pkg);
        long lasting = EvidenceFixtures.rule(f.items().get(1), f.levels().get(0), "ALL", null, "COMPLETED", null, 600,
                pkg);
        long person = fx.newPerson();
        String done = java.time.Instant.now().minus(400, java.time.temporal.ChronoUnit.DAYS)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        long ev = fx.evidence(person, "MODULE_COMPLETED", pkg, null, done);
        recompute(person);
        String expires = java.time.Instant.parse(done).atOffset(java.time.ZoneOffset.UTC).plusMonths(12).toInstant()
                .toString();
        List<String> rows = fx.attainment(person);
        assertTrue(rows.contains(f.items().get(0) + "|" + f.levels().get(0) + "|" + expiring + "|{" + ev + "}|" + done
                + "|" + java.sql.Timestamp.from(java.time.Instant.parse(expires)) + "|EXPIRED"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith(f.items().get(1) + "|") && r.contains("|" + lasting + "|")
                && r.endsWith("|ACTIVE")), rows.toString());

        // the hourly sweep: an active attainment whose expiry has come is marked and announced
        fx.update("UPDATE competency_attainment SET expires_at = now() - interval '1 minute' WHERE rule_id = ?",
                lasting);
        int before = events.about(person).size();
        attainment.expireDue();
        assertTrue(fx.attainment(person).stream().noneMatch(r -> r.endsWith("ACTIVE")));
        assertEquals(before + 1, events.about(person).size());
        assertEquals(Set.of(f.items().get(1)), events.about(person).get(before).itemIds());
    }

    @Test
    @DisplayName("Evidence is append-only: the database refuses UPDATE, DELETE and TRUNCATE")
    void evidenceIsAppendOnly() {
        long person = fx.newPerson();
        long pkg = EvidenceFixtures.uploadScorm("Bất biến");
        long ev = fx.evidence(person, "MODULE_COMPLETED", pkg, 0.5, "2026-03-01T00:00:00Z");
        SQLException update = assertThrows(SQLException.class,
                () -> fx.update("UPDATE competency_evidence SET score = 1 WHERE id = ?", ev));
        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        SQLException delete = assertThrows(SQLException.class,
                () -> fx.update("DELETE FROM competency_evidence WHERE id = ?", ev));
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        assertThrows(SQLException.class, () -> fx.update("TRUNCATE competency_evidence CASCADE"));
        assertEquals(1, fx.longOf("SELECT count(*) FROM competency_evidence WHERE id = ? AND score = 0.5", ev));
    }

    @Test
    @DisplayName("Recompute = incremental: wiping a learner's attainment and recomputing it (the person, then "
            + "everyone) gives the same rows the LRS path built")
    void recomputeEqualsIncremental() throws Exception {
        EvidenceFixtures.Framework f = fx.framework(3, 2);
        long a = EvidenceFixtures.uploadScorm("Gia tăng A");
        long b = EvidenceFixtures.uploadScorm("Gia tăng B");
        long c = EvidenceFixtures.uploadScorm("Gia tăng C");
        EvidenceFixtures.rule(f.items().get(0), f.levels().get(0), "ALL", null, "COMPLETED", null, 24, a, b);
        EvidenceFixtures.rule(f.items().get(1), f.levels().get(1), "N_OF_M", 2, "PASSED", null, null, a, b, c);
        EvidenceFixtures.rule(f.items().get(2), f.levels().get(0), "ANY", null, "SCORE_AT_LEAST", 0.85, null, a, c);
        long person = fx.teacherPerson();
        EvidenceFixtures.teacherTakesScorm(a, "passed", 90);
        EvidenceFixtures.teacherTakesScorm(b, "passed", 80);
        EvidenceFixtures.teacherTakesScorm(c, "failed", 40);

        List<String> incremental = fx.attainment(person);
        assertEquals(3, incremental.stream().filter(r -> f.items().stream().anyMatch(i -> r.startsWith(i + "|")))
                .count(), incremental.toString());
        fx.update("DELETE FROM competency_attainment WHERE person_id = ?", person);
        assertEquals(List.of(), fx.attainment(person));
        recompute(person);
        assertEquals(incremental, fx.attainment(person));

        fx.update("DELETE FROM competency_attainment WHERE person_id = ?", person);
        Api.as(Api.CITY_ADMIN).body("{}").post("/api/v1/competency/attainment/recompute").then().statusCode(200);
        assertEquals(incremental, fx.attainment(person));
        assertFalse(incremental.isEmpty());
    }
}
