package vn.hocso.audit;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/**
 * The audit log: administrative actions leave an entry in the same transaction, entries are append-only, readers see
 * their scope only, and the hash chain detects an altered or a deleted row.
 */
@QuarkusTest
class AuditLogTest {

    @Inject
    DataSource dataSource;

    private long idOf(String action, String targetId) {
        JsonPath list = Api.as(Api.CITY_ADMIN).queryParam("action", action).get("/api/v1/audit").then()
                .statusCode(200).extract().jsonPath();
        return list.getLong("find { it.targetId == '" + targetId + "' }.id");
    }

    @Test
    @DisplayName("Credential and package actions are logged with the actor; auditors read them in their scope")
    void actionsAreLogged() {
        String credential = Api.as(Api.CITY_ADMIN).body("{\"name\": \"audit-test\", \"scopes\": [\"statements/read\"]}")
                .post("/api/v1/lrs/credentials").then().statusCode(201).extract().jsonPath()
                .getString("credential.id");
        Api.as(Api.CITY_ADMIN).delete("/api/v1/lrs/credentials/" + credential).then().statusCode(200);
        Api.as(Api.CITY_ADMIN).queryParam("action", "lrs.credential.revoke").get("/api/v1/audit").then()
                .statusCode(200).body("find { it.targetId == '" + credential + "' }.actorName",
                        equalTo(Api.CITY_ADMIN));
        String pkg = TestPackages.upload(Api.TRAINER, TestPackages.cmi5("Khóa nhật ký")).then().statusCode(201)
                .extract().jsonPath().getString("id");
        Api.as(Api.AUDITOR).queryParam("action", "content.package.upload").get("/api/v1/audit").then()
                .statusCode(200).body("targetId", hasItem(pkg));
        // a district administrator does not see city-wide entries (LRS credentials)
        Api.as(Api.DISTRICT_ADMIN).queryParam("action", "lrs.credential.create").get("/api/v1/audit").then()
                .statusCode(200).body("targetId", not(hasItem(credential)));
        Api.as(Api.TEACHER).get("/api/v1/audit").then().statusCode(403);
        Api.as(Api.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    @DisplayName("Append-only: UPDATE and DELETE are refused by the database")
    void appendOnly() throws SQLException {
        Api.as(Api.CITY_ADMIN).body("{\"name\": \"audit-append\", \"scopes\": [\"statements/read\"]}")
                .post("/api/v1/lrs/credentials").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE audit_log SET actor_name = 'x'"));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM audit_log"));
        }
    }

    @Test
    @DisplayName("Tampering (a changed or a deleted row, bypassing the trigger) is detected by verify")
    void tamperingIsDetected() throws SQLException {
        String credential = Api.as(Api.CITY_ADMIN).body("{\"name\": \"audit-tamper\", \"scopes\": [\"state\"]}")
                .post("/api/v1/lrs/credentials").then().statusCode(201).extract().jsonPath()
                .getString("credential.id");
        Api.as(Api.CITY_ADMIN).body("{\"name\": \"audit-after\", \"scopes\": [\"state\"]}")
                .post("/api/v1/lrs/credentials").then().statusCode(201);
        long id = idOf("lrs.credential.create", credential);
        String original;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT details FROM audit_log WHERE id = ?")) {
            ps.setLong(1, id);
            var rs = ps.executeQuery();
            rs.next();
            original = rs.getString(1);
        }
        try {
            bypass("UPDATE audit_log SET details = replace(details, 'audit-tamper', 'innocent') WHERE id = " + id);
            Api.as(Api.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(false))
                    .body("firstBadId", equalTo((int) id)).body("reason", equalTo("the entry was changed"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                    PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET details = ? WHERE id = ?")) {
                s.execute("SET session_replication_role = replica");
                ps.setString(1, original);
                ps.setLong(2, id);
                ps.executeUpdate();
                s.execute("SET session_replication_role = origin");
            }
        }
        Api.as(Api.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));

        try {
            bypass("CREATE TABLE audit_saved AS SELECT * FROM audit_log WHERE id = " + id);
            bypass("DELETE FROM audit_log WHERE id = " + id);
            JsonPath v = Api.as(Api.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath();
            assertEquals(false, v.getBoolean("valid"));
            assertEquals("the entry before it was changed or removed", v.getString("reason"));
        } finally {
            bypass("INSERT INTO audit_log OVERRIDING SYSTEM VALUE SELECT * FROM audit_saved");
            bypass("DROP TABLE audit_saved");
        }
        Api.as(Api.AUDITOR).get("/api/v1/audit/verify").then().statusCode(200).body("valid", equalTo(true));
    }

    /** Runs SQL with triggers off, as a database superuser tampering with the table would. */
    private void bypass(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET session_replication_role = replica");
            try {
                s.execute(sql);
            } finally {
                s.execute("SET session_replication_role = origin");
            }
        }
    }
}
