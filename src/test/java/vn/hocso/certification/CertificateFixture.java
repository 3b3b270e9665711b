package vn.hocso.certification;

import io.restassured.path.json.JsonPath;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import vn.hocso.competency.service.AttainmentChanged;
import vn.hocso.support.Api;

/**
 * Builds what certificate tests need: a small framework (two items, three levels) in the V12 tables, people at
 * Q01-TH-01, certificate types created through the API, and attainments fed to {@link TestAttainments} followed by
 * the {@link AttainmentChanged} event.
 */
@ApplicationScoped
public class CertificateFixture {

    /** A framework: two items and levels of ordinals 1, 2, 3. */
    public record Framework(long id, long item1, long item2, long level1, long level2, long level3) {
    }

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    @Inject
    DataSource dataSource;

    @Inject
    TestAttainments attainments;

    @Inject
    Event<AttainmentChanged> changed;

    public Framework framework() {
        String code = "TEST" + SEQ.incrementAndGet();
        try (Connection c = dataSource.getConnection()) {
            long fw = insert(c, "INSERT INTO competency_framework (identifier, code, version, title, creator) "
                    + "VALUES (?, ?, '1', 'Khung năng lực số giáo viên (thử nghiệm)', 'Sở GD&ĐT TP.HCM') RETURNING id",
                    UUID.randomUUID(), code);
            long i1 = insert(c, "INSERT INTO competency_item (identifier, framework_id, human_code, item_type, "
                    + "full_statement) VALUES (?, ?, '1.1', 'Competency', 'Khai thác dữ liệu và thông tin số') "
                    + "RETURNING id", UUID.randomUUID(), fw);
            long i2 = insert(c, "INSERT INTO competency_item (identifier, framework_id, human_code, item_type, "
                    + "full_statement) VALUES (?, ?, '2.1', 'Competency', 'Giao tiếp và hợp tác trong môi trường số') "
                    + "RETURNING id", UUID.randomUUID(), fw);
            long l1 = level(c, fw, 1, "Cơ bản");
            long l2 = level(c, fw, 2, "Thành thạo");
            long l3 = level(c, fw, 3, "Nâng cao");
            return new Framework(fw, i1, i2, l1, l2, l3);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long level(Connection c, long fw, int ordinal, String label) throws SQLException {
        return insert(c, "INSERT INTO proficiency_level (identifier, framework_id, code, ordinal, label) "
                + "VALUES (?, ?, ?, ?, ?) RETURNING id", UUID.randomUUID(), fw, "L" + ordinal, ordinal, label);
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Runs an update statement (tests that move time: expiry). */
    public int update(String sql, Object... args) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long unitId(String code) {
        return Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=" + code).then().statusCode(200).extract().jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    /** A new person at the unit with a fresh national id. */
    public static long person(String fullName, String unitCode) {
        String nationalId = String.format("0799%08d", SEQ.incrementAndGet() % 100_000_000);
        return Api.as(Api.CITY_ADMIN).body(Map.of("nationalId", nationalId, "fullName", fullName, "position", "GV",
                "institutionId", unitId(unitCode))).post("/api/v1/people").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** Creates a type at the unit requiring item1 ≥ level 2 and item2 ≥ level 1; returns its id. */
    public static long type(Framework f, String mode, Integer validityMonths, String unitCode, String name) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of(
                "name", name, "nameEn", "Digital competency certificate",
                "description", "Chứng nhận năng lực số của giáo viên",
                "criteriaNarrative", "Đạt mức Thành thạo ở năng lực 1.1 và mức Cơ bản ở năng lực 2.1",
                "issuanceMode", mode, "orgUnitId", unitId(unitCode),
                "requirements", List.of(Map.of("itemId", f.item1(), "minLevelId", f.level2()),
                        Map.of("itemId", f.item2(), "minLevelId", f.level1()))));
        if (validityMonths != null) {
            body.put("validityMonths", validityMonths);
        }
        return Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/certificate-types").then().statusCode(201).extract()
                .jsonPath().getLong("id");
    }

    /** Feeds attainments meeting the rule (achieved at {@code at}) and fires the change event. */
    public void meetRule(long personId, Framework f, Instant at) {
        attainments.attain(personId, f.item1(), f.level3(), 3, at);
        attainments.attain(personId, f.item2(), f.level1(), 1, at);
        fire(personId, f);
    }

    /** Records one attainment without firing the event. */
    public void attain(long personId, long itemId, long levelId, int ordinal, Instant at) {
        attainments.attain(personId, itemId, levelId, ordinal, at);
    }

    public void fire(long personId, Framework f) {
        changed.fire(new AttainmentChanged(personId, Set.of(f.item1(), f.item2())));
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** An issued certificate (automatic type, no expiry unless given) of a new person with that name. */
    public Map<String, Object> issue(String holderName, Integer validityMonths) {
        Framework f = framework();
        long type = type(f, "AUTOMATIC", validityMonths, "Q01-TH-01", "Chứng nhận năng lực số giáo viên");
        long person = person(holderName, "Q01-TH-01");
        meetRule(person, f, now());
        List<Map<String, Object>> certs = certificatesOf(person, type);
        if (certs.size() != 1 || !"ISSUED".equals(certs.get(0).get("status"))) {
            throw new AssertionError("expected one issued certificate, got " + certs);
        }
        return certs.get(0);
    }

    /** The VC-JWT of a certificate. */
    public static String jwt(Object certificateId) {
        return Api.as(Api.CITY_ADMIN).accept("application/vc+jwt").get("/api/v1/certificates/" + certificateId
                + "/jwt").then().statusCode(200).extract().asString();
    }

    /** The credential JSON of a certificate. */
    public static String credential(Object certificateId) {
        return Api.as(Api.CITY_ADMIN).get("/api/v1/certificates/" + certificateId + "/credential").then()
                .statusCode(200).extract().asString();
    }

    /** Posts a body to the public verification API and returns the response. */
    public static io.restassured.response.Response verify(String contentType, String body) {
        return io.restassured.RestAssured.given().contentType(contentType).accept("application/json")
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/credentials/verify");
    }

    /** The certificates of a type for a person, as the city administrator lists them. */
    public static List<Map<String, Object>> certificatesOf(long personId, long typeId) {
        JsonPath list = Api.as(Api.CITY_ADMIN).queryParam("size", 200).get("/api/v1/certificates").then()
                .statusCode(200).extract().jsonPath();
        return list.getList("items.findAll { it.personId == " + personId + " && it.typeId == " + typeId + " }");
    }
}
