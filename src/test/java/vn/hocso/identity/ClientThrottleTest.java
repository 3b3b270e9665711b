package vn.hocso.identity;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/** Too many failed logins from one client address make it wait, whichever accounts they tried (HTTP 429). */
@QuarkusTest
@TestProfile(ClientThrottleTest.LowLimit.class)
class ClientThrottleTest {

    /** A limit of 3 failures per client. */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("hocso.identity.max-failures-per-client", "3");
        }
    }

    @Test
    void failuresAcrossAccountsThrottleTheClient() {
        Api.as("someone.1", "guess-1").get("/api/v1/me").then().statusCode(401);
        Api.as("someone.2", "guess-2").get("/api/v1/me").then().statusCode(401);
        Api.as(Api.TEACHER, "guess-3").get("/api/v1/me").then().statusCode(401);
        Api.as(Api.TEACHER).get("/api/v1/me").then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("quá nhiều lần đăng nhập sai"));
        Pages.login(Api.AUDITOR, Api.DEMO_PASSWORD, null).then().statusCode(429)
                .body(containsString("Vui lòng thử lại sau 10 phút"));
    }
}
