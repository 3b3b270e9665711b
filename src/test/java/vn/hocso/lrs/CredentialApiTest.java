package vn.hocso.lrs;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** LRS credentials: administered by city-level administrators, scoped by xAPI scopes, revocable. */
@QuarkusTest
class CredentialApiTest {

    private record Credential(long id, String key, String secret) {
    }

    private static Credential create(String name, List<String> scopes) {
        var body = Api.as(Api.CITY_ADMIN).body(Map.of("name", name, "scopes", scopes))
                .post("/api/v1/lrs/credentials").then().statusCode(201)
                .body("credential.scopes", hasSize(scopes.size()))
                .body("credential.authority", containsString("lrs:"))
                .body("secret", notNullValue()).extract().jsonPath();
        return new Credential(body.getLong("credential.id"), body.getString("credential.key"),
                body.getString("secret"));
    }

    private static RequestSpecification xapi(Credential c) {
        return given().auth().preemptive().basic(c.key(), c.secret()).header("X-Experience-API-Version", "2.0.0")
                .contentType("application/json");
    }

    private static String statement(String mbox) {
        return "{\"actor\":{\"mbox\":\"mailto:" + mbox + "\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/"
                + "experienced\"},\"object\":{\"id\":\"https://hocso.edu.vn/test/" + UUID.randomUUID() + "\"}}";
    }

    @Test
    void scopesDecideWhatACredentialMayDo() {
        Credential reader = create("Báo cáo", List.of("statements/read"));
        xapi(reader).get("/xapi/statements?limit=1").then().statusCode(200);
        xapi(reader).body(statement("a@hocso.edu.vn")).post("/xapi/statements").then().statusCode(403);
        xapi(reader).queryParam("activityId", "https://x.vn/a").queryParam("agent", "{\"mbox\":\"mailto:a@b.vn\"}")
                .get("/xapi/activities/state").then().statusCode(403);
    }

    @Test
    void readMineSeesOnlyWhatItStored() {
        Credential mine = create("Nội dung A", List.of("statements/write", "statements/read/mine"));
        Credential other = create("Nội dung B", List.of("statements/write"));
        String mbox = "mine-" + UUID.randomUUID() + "@hocso.edu.vn";
        xapi(mine).body(statement(mbox)).post("/xapi/statements").then().statusCode(200);
        xapi(other).body(statement(mbox)).post("/xapi/statements").then().statusCode(200);
        xapi(mine).queryParam("agent", "{\"mbox\":\"mailto:" + mbox + "\"}").get("/xapi/statements").then()
                .statusCode(200).body("statements", hasSize(1))
                .body("statements[0].authority.account.name", equalTo("lrs:" + mine.key()));
    }

    @Test
    void revokedCredentialsAreRefused() {
        Credential c = create("Tạm thời", List.of("all"));
        xapi(c).get("/xapi/statements?limit=1").then().statusCode(200);
        Api.as(Api.CITY_ADMIN).delete("/api/v1/lrs/credentials/" + c.id()).then().statusCode(200)
                .body("revokedAt", notNullValue());
        xapi(c).get("/xapi/statements?limit=1").then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        Api.as(Api.AUDITOR).get("/api/v1/lrs/credentials").then().statusCode(200)
                .body("key", hasItem(c.key()))
                .body("secret", not(hasItem(notNullValue())));
    }

    @Test
    void onlyCityLevelAdministratorsManageCredentials() {
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("name", "x", "scopes", List.of("all")))
                .post("/api/v1/lrs/credentials").then().statusCode(403);
        Api.as(Api.DISTRICT_ADMIN).get("/api/v1/lrs/credentials").then().statusCode(403);
        Api.as(Api.AUDITOR).body(Map.of("name", "x", "scopes", List.of("all")))
                .post("/api/v1/lrs/credentials").then().statusCode(403);
        Api.as(Api.TEACHER).get("/api/v1/lrs/credentials").then().statusCode(403);
    }

    @Test
    void unknownScopesAreExplained() {
        Api.as(Api.CITY_ADMIN).body(Map.of("name", "Sai", "scopes", List.of("statements/delete")))
                .post("/api/v1/lrs/credentials").then().statusCode(422)
                .body("errors[0].field", equalTo("scopes"))
                .body("errors[0].message", containsString("statements/read/mine"));
    }

    @Test
    void theStartupCredentialHasScopeAll() {
        given().auth().preemptive().basic("lrs-test", "lrs-test-secret").header("X-Experience-API-Version", "1.0.3")
                .get("/xapi/statements?limit=1").then().statusCode(200)
                .header("X-Experience-API-Version", "1.0.3");
    }
}
