package vn.hocso.support;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;

/** Helpers for page tests: form login, sessions, throw-away accounts. */
public final class Pages {

    private Pages() {
    }

    /** Posts the login form without following the redirect. */
    public static Response login(String username, String password, String next) {
        var request = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("username", username).formParam("password", password);
        if (next != null) {
            request.formParam("next", next);
        }
        return request.post("/login");
    }

    /** Logs in and returns the session cookie's value. */
    public static String session(String username) {
        Response r = login(username, Api.DEMO_PASSWORD, null);
        if (r.statusCode() != 303) {
            throw new AssertionError("login of " + username + " failed: " + r.statusCode());
        }
        return r.getCookie("hocso_session");
    }

    /** A throw-away account made by a test. */
    public record TestAccount(String username, long id) {
    }

    /**
     * Creates a learner account (password {@link Api#DEMO_PASSWORD}) at Q01-TH-01 for tests that change account state.
     * The prefix gets a unique suffix.
     */
    public static TestAccount createLearner(String prefix) {
        String username = prefix + "." + System.nanoTime();
        long unit = Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q01-TH-01").then().statusCode(200)
                .extract().jsonPath().getLong("[0].id");
        long id = Api.as(Api.CITY_ADMIN).body(Map.of("username", username, "password", Api.DEMO_PASSWORD,
                "displayName", "Tài khoản kiểm thử", "roles", List.of(Map.of("role", "LEARNER", "orgUnitId", unit))))
                .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        return new TestAccount(username, id);
    }

    /** The CSRF token of the first form of a page (empty when there is none). */
    public static String csrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        return m.find() ? m.group(1) : "";
    }

    /**
     * A form post as a browser of the session sends it: the session cookie, the Origin of the server ({@code base}),
     * UTF-8 form encoding, redirects not followed.
     */
    public static io.restassured.specification.RequestSpecification form(String session, java.net.URL base) {
        String origin = base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
        return given().cookie("hocso_session", session).header("Origin", origin).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
    }

    /** Matches a Location header ending with the given path (REST Assured may make it absolute). */
    public static Matcher<String> endsWith(String path) {
        return Matchers.endsWith(path);
    }
}
