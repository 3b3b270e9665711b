package vn.hocso.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URL;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/** Form login with server-side sessions, throttling, logout, the language switch and their error messages. */
@QuarkusTest
class LoginPageTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void loginPageIsVietnameseByDefaultAndEnglishOnRequest() {
        given().get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"vi\">"))
                .body(containsString("Tên đăng nhập"))
                .body(containsString("Mật khẩu"));
        given().cookie("hocso_lang", "en").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Username"));
    }

    @Test
    void successfulLoginOpensASessionAndRedirectsToNext() {
        Response r = Pages.login(Api.TEACHER, Api.DEMO_PASSWORD, "/admin");
        r.then().statusCode(303).header("Location", Pages.endsWith("/admin"));
        String cookie = r.getDetailedCookie("hocso_session").toString();
        org.hamcrest.MatcherAssert.assertThat(cookie, containsString("HttpOnly"));
        org.hamcrest.MatcherAssert.assertThat(cookie, containsString("SameSite=Lax"));
        given().cookie("hocso_session", r.getCookie("hocso_session")).get("/").then().statusCode(200)
                .body(containsString("Xin chào, Nguyễn Thị Mai!"));
    }

    @Test
    void nextMustStayOnThisSite() {
        Pages.login(Api.TEACHER, Api.DEMO_PASSWORD, "//evil.example/x").then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSameClearMessage() {
        Pages.login(Api.TEACHER, "wrong-password", null).then().statusCode(401)
                .body(containsString("Tên đăng nhập hoặc mật khẩu không đúng"))
                .body(containsString("value=\"giaovien\""));
        Pages.login("no.such.user", "whatever-123", null).then().statusCode(401)
                .body(containsString("Tên đăng nhập hoặc mật khẩu không đúng"));
        given().cookie("hocso_lang", "en").contentType("application/x-www-form-urlencoded")
                .formParam("username", "no.such.user").formParam("password", "x").post("/login")
                .then().statusCode(401).body(containsString("The username or password is incorrect"));
    }

    @Test
    void missingFieldsAreExplained() {
        given().contentType("application/x-www-form-urlencoded").formParam("username", "").post("/login")
                .then().statusCode(400).body(containsString("Vui lòng nhập cả tên đăng nhập và mật khẩu"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() {
        Pages.TestAccount account = Pages.createLearner("lock.page.test");
        String user = account.username();
        for (int i = 0; i < 5; i++) {
            Pages.login(user, "not-the-password", null).then().statusCode(401);
        }
        Pages.login(user, "still-not-the-password", null).then().statusCode(401)
                .body(containsString("Tên đăng nhập hoặc mật khẩu không đúng"));
        Pages.login(user, Api.DEMO_PASSWORD, null).then().statusCode(423)
                .body(containsString("tạm thời bị khóa"))
                .body(containsString("Vui lòng thử lại sau 15 phút"));
        Api.as(Api.CITY_ADMIN).post("/api/v1/users/" + account.id() + "/unlock").then().statusCode(200)
                .body("locked", equalTo(false));
        Pages.login(user, Api.DEMO_PASSWORD, null).then().statusCode(303);
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        String session = Pages.session(Api.TEACHER);
        String home = given().cookie("hocso_session", session).get("/").then().statusCode(200).extract().asString();
        String csrf = csrfOf(home);
        given().cookie("hocso_session", session).header("Origin", origin()).redirects().follow(false)
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf).post("/logout")
                .then().statusCode(303).header("Location", Pages.endsWith("/login?bye=1"));
        given().cookie("hocso_session", session).redirects().follow(false).get("/")
                .then().statusCode(303).header("Location", Pages.endsWith("/login?next=%2F"));
        given().get("/login?bye=1").then().body(containsString("Bạn đã đăng xuất."));
    }

    @Test
    void logoutNeedsTheFormTokenAndOurOrigin() {
        String session = Pages.session(Api.TEACHER);
        String csrf = csrfOf(given().cookie("hocso_session", session).get("/").asString());
        given().cookie("hocso_session", session).header("Origin", origin())
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", "forged").post("/logout")
                .then().statusCode(403);
        given().cookie("hocso_session", session).header("Origin", "https://evil.example")
                .contentType("application/x-www-form-urlencoded").formParam("_csrf", csrf).post("/logout")
                .then().statusCode(403).body(containsString("Bạn không có quyền"));
        given().cookie("hocso_session", session).get("/").then().statusCode(200);
    }

    @Test
    void languageSwitchSetsACookieAndReturns() {
        given().redirects().follow(false).get("/lang/en?return=/login").then().statusCode(303)
                .header("Location", Pages.endsWith("/login"))
                .cookie("hocso_lang", "en");
        given().redirects().follow(false).get("/lang/en?return=https://evil.example").then().statusCode(303)
                .header("Location", not(containsString("evil")));
        given().get("/lang/fr").then().statusCode(404);
    }

    @Test
    void protectedPageRedirectsAnonymousVisitorsToLogin() {
        given().redirects().follow(false).get("/admin?unit=1").then().statusCode(303)
                .header("Location", Pages.endsWith("/login?next=%2Fadmin%3Funit%3D1"));
    }

    @Test
    void learnerHomeShowsTheEmptyCourseList() {
        // the auditor has no staff record, so no course is ever assigned to them (the teacher's depend on other tests)
        given().cookie("hocso_session", Pages.session(Api.AUDITOR)).get("/").then().statusCode(200)
                .body(containsString("Khóa học của tôi"))
                .body(containsString("Bạn chưa có khóa học nào"));
    }

    @Test
    void accountLanguagePreferenceIsRememberedAtLogin() {
        String user = Pages.createLearner("lang.pref.test").username();
        String session = Pages.session(user);
        given().cookie("hocso_session", session).redirects().follow(false).get("/lang/en?return=/").then()
                .statusCode(303);
        Response again = Pages.login(user, Api.DEMO_PASSWORD, null);
        assertEquals("en", again.getCookie("hocso_lang"));
        org.hamcrest.MatcherAssert.assertThat(again.getCookie("hocso_session"), notNullValue());
    }

    private String origin() {
        return base.getProtocol() + "://" + base.getHost() + ":" + base.getPort();
    }

    static String csrfOf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in page");
        }
        return m.group(1);
    }
}
