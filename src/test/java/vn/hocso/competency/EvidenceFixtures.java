package vn.hocso.competency;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/**
 * Test data of the evidence feature, in plain SQL and over HTTP: a small framework (items × levels, optionally the
 * city framework with role targets), module rules through the API, packages, a learner's SCORM session, evidence
 * and attainment rows.
 */
final class EvidenceFixtures {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FRAME = Pattern.compile("id=\"player-frame\" class=\"player-frame\" src=\"([^\"]+)\"");

    /** A framework with items and levels (ascending ordinals). */
    record Framework(long id, List<Long> items, List<Long> levels) {
    }

    private final DataSource db;

    EvidenceFixtures(DataSource db) {
        this.db = db;
    }

    /** A draft framework with {@code items} items and {@code levels} levels, codes unique per call. */
    Framework framework(int items, int levels) {
        return framework("T" + Long.toString(System.nanoTime(), 36).toUpperCase(), items, levels, false);
    }

    /** A framework; published ones get published_at = now (the latest of their code) once their parts are in. */
    Framework framework(String code, int items, int levels, boolean published) {
        long fw = insert("INSERT INTO competency_framework (identifier, code, version, title, creator, published_at) "
                + "VALUES (?, ?, ?, ?, 'Kiểm thử', NULL) RETURNING id",
                UUID.randomUUID(), code, Long.toString(System.nanoTime()), "Khung " + code);
        List<Long> itemIds = new ArrayList<>();
        for (int i = 1; i <= items; i++) {
            itemIds.add(insert("INSERT INTO competency_item (identifier, framework_id, human_code, item_type, "
                    + "full_statement, list_enumeration) VALUES (?, ?, ?, 'Competency', ?, ?) RETURNING id",
                    UUID.randomUUID(), fw, "NL" + i, "Năng lực " + i, i));
        }
        List<Long> levelIds = new ArrayList<>();
        String[] labels = {"Cơ bản", "Thành thạo", "Nâng cao"};
        for (int l = 1; l <= levels; l++) {
            levelIds.add(insert("INSERT INTO proficiency_level (identifier, framework_id, code, ordinal, label) "
                    + "VALUES (?, ?, ?, ?, ?) RETURNING id", UUID.randomUUID(), fw, "L" + l, l,
                    labels[(l - 1) % labels.length]));
        }
        if (published) {
            try {
                update("UPDATE competency_framework SET published_at = now() WHERE id = ?", fw);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return new Framework(fw, itemIds, levelIds);
    }

    void target(Framework f, String position, long item, long level) {
        insert("INSERT INTO competency_role_target (framework_id, position, item_id, level_id) VALUES (?, ?, ?, ?) "
                + "RETURNING framework_id", f.id(), position, item, level);
    }

    /** Creates a rule over the API as the city administrator and returns its id. */
    static long rule(long item, long level, String combinator, Integer n, String condition, Double minScore,
            Integer validityMonths, long... packages) {
        ObjectNode body = ruleBody(item, level, combinator, n, condition, minScore, validityMonths, packages);
        return Api.as(Api.CITY_ADMIN).body(body.toString()).post("/api/v1/competency/rules").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    static ObjectNode ruleBody(long item, long level, String combinator, Integer n, String condition,
            Double minScore, Integer validityMonths, long... packages) {
        ObjectNode body = JSON.createObjectNode();
        body.put("itemId", item).put("levelId", level).put("combinator", combinator).put("condition", condition);
        if (n != null) {
            body.put("requiredCount", n);
        }
        if (minScore != null) {
            body.put("minScore", minScore);
        }
        if (validityMonths != null) {
            body.put("validityMonths", validityMonths);
        }
        for (long p : packages) {
            body.withArray("modules").addObject().put("kind", "PACKAGE").put("id", p);
        }
        return body;
    }

    static long uploadScorm(String title) {
        return TestPackages.upload(Api.TRAINER, TestPackages.scorm12(title)).then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /**
     * The teacher takes the SCORM 1.2 test package over HTTP as the player does: item1 reaches {@code status} with
     * raw score {@code raw} of 100, then the asset item2 is opened (so the attempt is completed).
     */
    static void teacherTakesScorm(long packageId, String status, int raw) throws Exception {
        Player sco = Player.open(packageId, "item1");
        ObjectNode cmi = JSON.createObjectNode();
        ObjectNode core = cmi.putObject("core");
        core.putObject("score").put("raw", String.valueOf(raw)).put("min", "0").put("max", "100");
        core.put("lesson_status", status).put("session_time", "00:01:00.00");
        sco.commit(1, "item1", true, cmi);
        Player.open(packageId, "item2");
    }

    /** One launch of the SCORM player (content origin URL and token). */
    record Player(String url, String token) {

        static Player open(long packageId, String item) {
            String html = Api.as(Api.TEACHER).accept("text/html")
                    .get("/learn/packages/" + packageId + "/play?item=" + item).then().statusCode(200).extract()
                    .asString();
            Matcher m = FRAME.matcher(html);
            assertTrue(m.find(), html);
            String url = m.group(1).replace("&amp;", "&");
            given().get(url).then().statusCode(200);
            return new Player(url, url.replaceAll(".*/p/([^/]+)/.*", "$1"));
        }

        void commit(long sequence, String itemId, boolean terminate, ObjectNode cmi) {
            ObjectNode body = JSON.createObjectNode();
            body.put("sequence", sequence).put("itemId", itemId).put("terminate", terminate).set("cmi", cmi);
            given().contentType("text/plain").body(body.toString())
                    .post(url.substring(0, url.indexOf("/p/")) + "/p/" + token + "/commit").then().statusCode(200);
        }
    }

    /** The teacher's person id. */
    long teacherPerson() {
        return longOf("SELECT person_id FROM user_account WHERE username = ?", Api.TEACHER);
    }

    /** A new person (teacher at the teacher's school) without an account, for rule tests that need a clean slate. */
    long newPerson() {
        String nid = String.format("%012d", Math.abs(System.nanoTime()) % 1_000_000_000_000L);
        return insert("INSERT INTO person (national_id, full_name, position, institution_id, search_text) "
                + "SELECT ?, 'Nguyễn Văn Kiểm', 'GV', institution_id, 'nguyen van kiem' FROM person p "
                + "JOIN user_account u ON u.person_id = p.id WHERE u.username = ? RETURNING id", nid, Api.TEACHER);
    }

    /** Module evidence as the recorder would write it (append-only: inserting is allowed). */
    long evidence(long person, String kind, long packageId, Double score, String occurredAt) {
        return insert("INSERT INTO competency_evidence (person_id, kind, module_kind, module_id, score, statement_id, "
                + "occurred_at) VALUES (?, ?, 'PACKAGE', ?, ?, ?, ?::timestamptz) RETURNING id", person, kind,
                packageId, score, UUID.randomUUID(), occurredAt);
    }

    /** The attainment rows of a person, as comparable text (everything but computed_at). */
    List<String> attainment(long person) {
        List<String> rows = new ArrayList<>();
        query("SELECT item_id, level_id, rule_id, '{' || array_to_string(evidence_ids, ',') || '}', achieved_at, expires_at, status "
                + "FROM competency_attainment WHERE person_id = ? ORDER BY item_id, level_id, rule_id", rs -> {
                    rows.add(rs.getLong(1) + "|" + rs.getLong(2) + "|" + rs.getObject(3) + "|" + rs.getString(4) + "|"
                            + rs.getTimestamp(5).toInstant() + "|" + rs.getObject(6) + "|" + rs.getString(7));
                }, person);
        return rows;
    }

    JsonNode statement(String id) throws Exception {
        return JSON.readTree(given().auth().preemptive().basic("lrs-test", "lrs-test-secret")
                .header("X-Experience-API-Version", "2.0.0").get("/xapi/statements?statementId=" + id).asString());
    }

    @FunctionalInterface
    interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    void query(String sql, RowReader reader, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    int update(String sql, Object... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    long longOf(String sql, Object... params) {
        long[] v = {-1};
        query(sql, rs -> v[0] = rs.getLong(1), params);
        return v[0];
    }

    private long insert(String sql, Object... params) {
        return longOf(sql, params);
    }

    private static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
    }
}
