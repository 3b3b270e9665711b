package vn.hocso.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/** HTTP Basic for API clients, account administration, and the start-up administrator. */
@QuarkusTest
class ApiAuthenticationTest {

    @Test
    void meDescribesTheCallerWithScopedRoles() {
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("quantri.q1"))
                .body("roles[0].role", equalTo("ADMIN"))
                .body("roles[0].orgUnitCode", equalTo("Q01"));
        Api.as(Api.TEACHER).get("/api/v1/me").then().statusCode(200)
                .body("displayName", equalTo("Nguyễn Thị Mai"))
                .body("personId", notNullValue());
    }

    @Test
    void missingOrWrongCredentialsAre401ProblemsWithAChallenge() {
        Api.anonymous().get("/api/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json");
        Api.as(Api.TEACHER, "wrong-password").get("/api/v1/me").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .contentType("application/problem+json")
                .body("detail", containsString("không đúng"));
        given().header("Authorization", "Basic !!!not-base64").accept("application/json").get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void lockedAccountIs423WithRetryAfterAndUnlockRestoresAccess() {
        Pages.TestAccount account = Pages.createLearner("lock.api.test");
        for (int i = 0; i < 5; i++) {
            Api.as(account.username(), "bad-password-" + i).get("/api/v1/me").then().statusCode(401);
        }
        Api.as(account.username()).header("Accept-Language", "en").get("/api/v1/me").then()
                .statusCode(423).header("Retry-After", notNullValue())
                .body("detail", containsString("temporarily locked"));
        Api.as(Api.AUDITOR).post("/api/v1/users/" + account.id() + "/unlock").then().statusCode(403);
        Api.as(Api.CITY_ADMIN).post("/api/v1/users/" + account.id() + "/unlock").then().statusCode(200);
        Api.as(account.username()).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void startupAdministratorFromEnvironmentCanAdministerTheCity() {
        Api.as("operator", "Operator@2026").get("/api/v1/me").then().statusCode(200)
                .body("roles.role", hasItem("ADMIN"))
                .body("roles.orgUnitCode", hasItem("HCM"));
    }

    @Test
    void accountCreationValidatesAndRespectsScope() {
        long q03 = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q03").jsonPath()
                .getLong("find { it.code == 'Q03' }.id");
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("username", "x.outside." + System.nanoTime(),
                "password", "Long-enough-1", "displayName", "Ngoài phạm vi",
                "roles", List.of(Map.of("role", "ADMIN", "orgUnitId", q03))))
                .post("/api/v1/users").then().statusCode(422)
                .body("errors[0].field", equalTo("roles[0].orgUnitId"));
        Api.as(Api.CITY_ADMIN).body(Map.of("username", "Bad Name!", "password", "short",
                "displayName", "", "roles", List.of()))
                .post("/api/v1/users").then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.hasItems("username", "password", "displayName", "roles"));
        Api.as(Api.CITY_ADMIN).body(Map.of("username", "giaovien", "password", "Long-enough-1",
                "displayName", "Trùng", "roles", List.of(Map.of("role", "LEARNER", "orgUnitId", q03))))
                .post("/api/v1/users").then().statusCode(409);
    }

    @Test
    void createdAccountReportsItsState() {
        Pages.TestAccount account = Pages.createLearner("state.test");
        Api.as(Api.CITY_ADMIN).get("/api/v1/users/" + account.id()).then().statusCode(200)
                .body("locked", equalTo(false))
                .body("active", equalTo(true))
                .body("lastLoginAt", nullValue())
                .body("roles[0].orgUnitCode", equalTo("Q01-TH-01"));
    }
}
