package vn.hocso.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/** Regressions found in review: scope edges, races, account enumeration, deactivation, login CSRF, 500s. */
@QuarkusTest
class SecurityRegressionTest {

    @Inject
    DataSource dataSource;

    @Test
    void anUnderscoreInAUnitCodeDoesNotWidenAScope() {
        long city = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units").jsonPath().getLong("[0].id");
        String code = "Q0_" + (System.nanoTime() % 1000);
        long district = Api.as(Api.CITY_ADMIN).body(Map.of("code", code, "name", "Quận thử nghiệm",
                "parentId", city, "kind", "DISTRICT", "division", "QUAN")).post("/api/v1/org-units").then()
                .statusCode(201).extract().jsonPath().getLong("id");
        String admin = "qt.underscore." + System.nanoTime();
        Api.as(Api.CITY_ADMIN).body(Map.of("username", admin, "password", Api.DEMO_PASSWORD, "displayName", "QT",
                "roles", List.of(Map.of("role", "ADMIN", "orgUnitId", district)))).post("/api/v1/users").then()
                .statusCode(201);
        Api.as(admin).get("/api/v1/people").then().statusCode(200).body("total", equalTo(0));
        Api.as(admin).get("/api/v1/org-units?q=Q01").then().body("code", not(hasItem("Q01")));
    }

    @Test
    void concurrentWrongPasswordsStillLockTheAccount() throws Exception {
        Pages.TestAccount account = Pages.createLearner("race.lock");
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                calls.add(pool.submit(() -> Api.as(account.username(), "wrong-" + n).get("/api/v1/me").statusCode()));
            }
            for (Future<Integer> f : calls) {
                assertEquals(401, f.get());
            }
        } finally {
            pool.shutdown();
        }
        Api.as(account.username()).get("/api/v1/me").then().statusCode(423);
    }

    @Test
    void aLockedAccountLooksLikeAnUnknownOneWithoutItsPassword() {
        Pages.TestAccount account = Pages.createLearner("enum.lock");
        for (int i = 0; i < 5; i++) {
            Api.as(account.username(), "wrong-" + i).get("/api/v1/me").then().statusCode(401);
        }
        Api.as(account.username(), "another-wrong").get("/api/v1/me").then().statusCode(401);
        Api.as("no.such.user.at.all", "another-wrong").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void deactivatingAPersonDeactivatesTheirAccountAndATransferMovesTheLearnerRole() {
        long school = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q01-TH-01").jsonPath().getLong("[0].id");
        long other = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q03-THPT-01").jsonPath().getLong("[0].id");
        String nid = String.format("07919800%04d", System.nanoTime() % 10_000);
        Map<String, Object> person = new java.util.HashMap<>(Map.of("nationalId", nid, "fullName", "Lý Thu Hà",
                "position", "GV", "institutionId", school));
        long personId = Api.as(Api.CITY_ADMIN).body(person).post("/api/v1/people").jsonPath().getLong("id");
        String username = "ha.lythu." + nid;
        Api.as(Api.CITY_ADMIN).body(Map.of("username", username, "password", Api.DEMO_PASSWORD,
                "displayName", "Lý Thu Hà", "personId", personId,
                "roles", List.of(Map.of("role", "LEARNER", "orgUnitId", school))))
                .post("/api/v1/users").then().statusCode(201);
        String session = Pages.session(username);

        person.put("institutionId", other);
        Api.as(Api.CITY_ADMIN).body(person).put("/api/v1/people/" + personId).then().statusCode(200);
        Api.as(username).get("/api/v1/me").then().statusCode(200)
                .body("roles.orgUnitCode", equalTo(List.of("Q03-THPT-01")));
        given().cookie("hocso_session", session).redirects().follow(false).get("/").then().statusCode(303);

        person.put("active", false);
        Api.as(Api.CITY_ADMIN).body(person).put("/api/v1/people/" + personId).then().statusCode(200);
        Api.as(username).get("/api/v1/me").then().statusCode(403).body("detail", containsString("ngừng hoạt động"));
    }

    @Test
    void administratorsCanDeactivateAccountsAndResetPasswords() {
        Pages.TestAccount account = Pages.createLearner("admin.ops");
        String session = Pages.session(account.username());
        Api.as(Api.DISTRICT_ADMIN).post("/api/v1/users/" + account.id() + "/deactivate").then().statusCode(200)
                .body("active", equalTo(false));
        given().cookie("hocso_session", session).redirects().follow(false).get("/").then().statusCode(303);
        Api.as(Api.DISTRICT_ADMIN).post("/api/v1/users/" + account.id() + "/activate").then().statusCode(200);
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("password", "short")).post("/api/v1/users/" + account.id()
                + "/password").then().statusCode(422);
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("password", "A-new-password-1")).post("/api/v1/users/"
                + account.id() + "/password").then().statusCode(200);
        Api.as(account.username(), "A-new-password-1").get("/api/v1/me").then().statusCode(200);
        Api.as(account.username()).get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefused() {
        given().header("Origin", "https://evil.example").contentType("application/x-www-form-urlencoded")
                .formParam("username", Api.TEACHER).formParam("password", Api.DEMO_PASSWORD).post("/login")
                .then().statusCode(403);
    }

    @Test
    void oddRedirectTargetsFallBackHomeInsteadOfFailing() {
        Pages.login(Api.TEACHER, Api.DEMO_PASSWORD, "/a b").then().statusCode(303)
                .header("Location", Pages.endsWith("/"));
        Pages.login(Api.TEACHER, Api.DEMO_PASSWORD, "/\t/evil.example").then().statusCode(303)
                .header("Location", Pages.endsWith("/"));
        given().redirects().follow(false).get("/lang/en?return=/a%20b").then().statusCode(303);
    }

    @Test
    void farAwayPagesAreEmptyNotErrors() {
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?page=100000000&size=200").then().statusCode(200)
                .body("items.size()", equalTo(0));
        given().cookie("hocso_session", Pages.session(Api.CITY_ADMIN)).get("/admin?page=100000000").then()
                .statusCode(200);
    }

    @Test
    void concurrentDuplicateCreatesAre409NotErrors() throws Exception {
        String username = "dup." + System.nanoTime();
        long school = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q01-TH-01").jsonPath().getLong("[0].id");
        Map<String, Object> body = Map.of("username", username, "password", Api.DEMO_PASSWORD, "displayName", "Dup",
                "roles", List.of(Map.of("role", "LEARNER", "orgUnitId", school)));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(pool.submit(() -> Api.as(Api.CITY_ADMIN).body(body).post("/api/v1/users").statusCode()));
            }
            for (Future<Integer> f : calls) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertTrue(statuses.stream().allMatch(s -> s == 201 || s == 409), statuses.toString());
    }

    @Test
    void anIdleSessionIsRemovedWhenItIsPresented() throws Exception {
        String session = Pages.session(Api.TEACHER);
        try (Connection c = dataSource.getConnection();
                PreparedStatement age = c.prepareStatement(
                        "UPDATE user_session SET last_seen_at = now() - interval '3 hours' WHERE token_hash = ?")) {
            age.setString(1, vn.hocso.platform.text.Hashes.sha256Hex(session));
            assertEquals(1, age.executeUpdate());
        }
        given().cookie("hocso_session", session).redirects().follow(false).get("/").then().statusCode(303);
        try (Connection c = dataSource.getConnection();
                PreparedStatement find = c.prepareStatement("SELECT 1 FROM user_session WHERE token_hash = ?")) {
            find.setString(1, vn.hocso.platform.text.Hashes.sha256Hex(session));
            try (ResultSet rs = find.executeQuery()) {
                assertFalse(rs.next(), "the idle session must be gone");
            }
        }
    }
}
