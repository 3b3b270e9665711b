package vn.hocso.reporting;

import static io.restassured.RestAssured.given;

import io.agroal.api.AgroalDataSource;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import vn.hocso.support.Api;

/** People, attainment and target readings for the plan-target tests (real database, real API). */
final class TargetFixtures {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final AgroalDataSource db;

    TargetFixtures(AgroalDataSource db) {
        this.db = db;
    }

    /** A new active person of the position at the institution with that code. */
    long newPerson(String position, String institutionCode) {
        String nid = String.format("%012d", Math.abs(System.nanoTime()) % 1_000_000_000_000L);
        return longOf("INSERT INTO person (national_id, full_name, position, institution_id, search_text) "
                + "SELECT ?, 'Trần Thị Chỉ Tiêu', ?, id, 'tran thi chi tieu' FROM org_unit WHERE code = ? RETURNING id",
                nid, position, institutionCode);
    }

    /** The latest published HCM-KNLS item with that code, and its level of rank {@code rank} (1 = Cơ bản). */
    long[] knls(String itemCode, int rank) {
        long item = longOf("SELECT i.id FROM competency_item i JOIN competency_framework f ON f.id = i.framework_id "
                + "WHERE f.code = 'HCM-KNLS' AND f.published_at IS NOT NULL AND i.human_code = ? "
                + "ORDER BY f.published_at DESC LIMIT 1", itemCode);
        long level = longOf("SELECT l.id FROM proficiency_level l JOIN competency_item i ON i.framework_id = "
                + "l.framework_id WHERE i.id = ? ORDER BY l.ordinal OFFSET ? LIMIT 1", item, rank - 1);
        return new long[] {item, level};
    }

    /** Records a prior qualification (with a PDF proof) through the API, as the city administrator. */
    void priorQualification(long person, long[] itemLevel, String occurredOn) {
        given().auth().preemptive().basic(Api.CITY_ADMIN, Api.DEMO_PASSWORD).accept("application/json")
                .multiPart("personId", String.valueOf(person)).multiPart("itemId", String.valueOf(itemLevel[0]))
                .multiPart("levelId", String.valueOf(itemLevel[1])).multiPart("occurredOn", occurredOn)
                .multiPart("note", "Chứng chỉ An toàn thông tin cơ bản")
                .multiPart("file", "chung-chi.pdf", PDF, "application/pdf")
                .post("/api/v1/competency/evidence").then().statusCode(201);
    }

    /** {@code GET /api/v1/targets} as the user, for a unit (null = default). */
    static JsonPath targets(String user, Long unit) {
        return Api.as(user).get("/api/v1/targets" + (unit == null ? "" : "?orgUnit=" + unit)).then().statusCode(200)
                .extract().jsonPath();
    }

    /** {numerator, denominator} of a target in a reading. */
    static long[] numbers(JsonPath reading, String code) {
        return new long[] {reading.getLong("targets.find { it.code == '" + code + "' }.numerator"),
                reading.getLong("targets.find { it.code == '" + code + "' }.denominator")};
    }

    /** Codes of the active targets the user reads. */
    List<String> targetsCodes(String user) {
        return targets(user, null).getList("targets.code");
    }

    long unitId(String code) {
        return longOf("SELECT id FROM org_unit WHERE code = ?", code);
    }

    /** Every training fact, as comparable text. */
    List<String> facts() {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT person_id, topic_code, training_level, first_at, last_at, valid_until, active "
                        + "FROM person_training ORDER BY 1, 2, 3"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getObject(4) + "|"
                        + rs.getObject(5) + "|" + rs.getObject(6) + "|" + rs.getBoolean(7));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** The rows of a query as sorted text lines (for comparing two queries' results). */
    java.util.SortedSet<String> rows(String sql) {
        java.util.SortedSet<String> rows = new java.util.TreeSet<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    b.append(rs.getString(i)).append('|');
                }
                rows.add(b.toString());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    long longOf(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void exec(String sql, Object... params) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
