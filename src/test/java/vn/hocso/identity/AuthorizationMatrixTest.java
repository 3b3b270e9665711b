package vn.hocso.identity;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.hocso.support.Api;

/**
 * Role × endpoint matrix: every API endpoint and page, called by an anonymous visitor and by each kind of demo user.
 * Writes are sent with an empty body: a caller who passes authorisation gets 422 (invalid input), one who does not gets
 * 401/403, and nothing is stored. Units and people outside a caller's subtree answer 404.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    private static final List<String> CALLERS = List.of("anon", Api.TEACHER, Api.TRAINER, Api.AUDITOR,
            Api.SCHOOL_ADMIN, Api.DISTRICT_ADMIN, Api.CITY_ADMIN);

    /** method, path, then the expected status for each caller in {@link #CALLERS} order. */
    private static final String MATRIX = """
            GET  /api/v1/me                          401 200 200 200 200 200 200
            GET  /api/v1/org-units                   401 403 403 200 200 200 200
            GET  /api/v1/org-units/{city}            401 403 403 200 404 404 200
            GET  /api/v1/org-units/{q01}             401 403 403 200 404 200 200
            GET  /api/v1/org-units?parent={q01}      401 403 403 200 404 200 200
            POST /api/v1/org-units                   401 403 403 403 422 422 422
            GET  /api/v1/people                      401 403 403 200 200 200 200
            GET  /api/v1/people/{teacherPerson}      401 403 403 200 200 200 200
            GET  /api/v1/people/{q03Person}          401 403 403 200 404 404 200
            POST /api/v1/people                      401 403 403 403 422 422 422
            PUT  /api/v1/people/{teacherPerson}      401 403 403 403 422 422 422
            PUT  /api/v1/people/{q03Person}          401 403 403 403 404 404 422
            POST /api/v1/users                       401 403 403 403 422 422 422
            GET  /api/v1/users/{teacherUser}         401 403 403 200 200 200 200
            POST /api/v1/users/{auditorUser}/unlock  401 403 403 403 404 404 200
            POST /api/v1/users/{teacherUser}/password 401 403 403 403 422 422 422
            GET  /api/v1/lrs/credentials             401 403 403 200 403 403 200
            POST /api/v1/lrs/credentials             401 403 403 403 403 403 422
            GET  /api/v1/audit                       401 403 403 200 200 200 200
            GET  /api/v1/audit?limit=0               401 403 403 400 400 400 400
            GET  /api/v1/audit/verify                401 403 403 200 200 200 200
            GET  /api/v1/packages                    401 403 200 200 200 200 200
            POST /api/v1/packages                    401 403 400 403 400 400 400
            GET  /api/v1/packages/999999             401 403 404 404 404 404 404
            DELETE /api/v1/packages/999999           401 403 404 403 404 404 404
            GET  /content                            303 403 200 200 200 200 200
            POST /api/v1/cmi5/launches               401 403 404 403 404 404 404
            GET  /learn/packages/999999              303 404 404 404 404 404 404
            GET  /                                   303 200 200 200 200 200 200
            GET  /admin                              303 403 403 200 200 200 200
            GET  /admin?unit={city}                  303 403 403 200 404 404 200
            GET  /api/v1/competency/rules            401 403 200 200 200 200 200
            POST /api/v1/competency/rules            401 403 403 403 403 403 422
            DELETE /api/v1/competency/rules/999999   401 403 403 403 403 403 404
            GET  /competency/rules                   303 403 200 200 200 200 200
            GET  /api/v1/competency/evidence?person={teacherPerson} 401 403 403 403 200 200 200
            GET  /api/v1/competency/evidence?person={q03Person} 401 403 403 403 404 404 200
            GET  /api/v1/competency/attainment?person={teacherPerson} 401 403 403 200 200 200 200
            POST /api/v1/competency/attainment/recompute 401 403 403 403 200 200 200
            GET  /api/v1/me/competencies             401 200 200 404 200 404 404
            GET  /me/competencies                    303 200 200 200 200 200 200
            GET  /api/v1/certificate-types           401 403 403 200 200 200 200
            POST /api/v1/certificate-types           401 403 403 403 422 422 422
            GET  /api/v1/certificates                401 403 403 200 200 200 200
            GET  /api/v1/certificates/mine           401 200 200 200 200 200 200
            GET  /api/v1/certificates/999999         401 404 404 404 404 404 404
            POST /api/v1/certificates/999999/approve 401 403 403 403 404 404 404
            POST /api/v1/certificates/999999/revoke  401 403 403 403 422 422 422
            GET  /api/v1/certificates/export         401 403 403 400 400 400 400
            POST /api/v1/credentials/verify          400 400 400 400 400 400 400
            GET  /issuer                             200 200 200 200 200 200 200
            GET  /issuer/multikeys/nope              404 404 404 404 404 404 404
            GET  /issuer/keys/nope                   404 404 404 404 404 404 404
            GET  /verify/NOSUCHCODE                  404 404 404 404 404 404 404
            GET  /me/certificates                    303 200 200 200 200 200 200
            GET  /admin/certificates                 303 403 403 200 200 200 200
            GET  /admin/certificates/types           303 403 403 200 200 200 200
            GET  /admin/certificates/types?edit=999999 303 403 403 404 404 404 404
            GET  /api/v1/frameworks                  401 200 200 200 200 200 200
            GET  /api/v1/frameworks/999999           401 404 404 404 404 404 404
            GET  /api/v1/frameworks/999999/case      401 404 404 404 404 404 404
            POST /api/v1/frameworks                  401 403 403 403 403 403 422
            POST /api/v1/frameworks/999999/drafts    401 403 403 403 403 403 404
            POST /api/v1/frameworks/999999/publish   401 403 403 403 403 403 404
            GET  /competency/frameworks              303 200 200 200 200 200 200
            GET  /competency/frameworks/999999       303 404 404 404 404 404 404
            GET  /competency/frameworks/import       303 403 403 403 403 403 200
            POST /api/v1/staff-imports               401 403 403 403 400 400 400
            GET  /api/v1/staff-imports               401 403 403 200 200 200 200
            GET  /api/v1/staff-imports/999999        401 403 403 404 404 404 404
            GET  /admin/staff-import                 303 403 403 200 200 200 200
            GET  /api/v1/targets                     401 403 403 200 200 200 200
            GET  /api/v1/targets?orgUnit={city}      401 403 403 200 404 404 200
            GET  /api/v1/targets?orgUnit={q01}       401 403 403 200 404 200 200
            GET  /api/v1/targets/topics              401 403 403 200 200 200 200
            POST /api/v1/targets                     401 403 403 403 403 403 422
            PUT  /api/v1/targets/999999              401 403 403 403 403 403 404
            POST /api/v1/targets/facts/rebuild       401 403 403 403 403 403 200
            GET  /reports/dashboard                  303 403 403 200 200 200 200
            GET  /reports/dashboard?unit={city}      303 403 403 200 404 404 200
            GET  /reports/targets                    303 403 403 200 200 200 200
            GET  /reports                            303 403 403 200 200 200 200
            GET  /api/v1/reports                     401 403 403 200 200 200 200
            POST /api/v1/reports                     401 403 403 403 422 422 422
            GET  /api/v1/reports/999999              401 403 403 404 404 404 404
            """;

    private static final Map<String, String> IDS = new LinkedHashMap<>();

    static Stream<Arguments> cases() {
        List<Arguments> cases = new ArrayList<>();
        for (String line : MATRIX.strip().split("\n")) {
            String[] cols = line.trim().split("\\s+");
            for (int i = 0; i < CALLERS.size(); i++) {
                cases.add(Arguments.of(cols[0], cols[1], CALLERS.get(i), Integer.parseInt(cols[2 + i])));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1} as {2} → {3}")
    @MethodSource("cases")
    void callerGetsExpectedStatus(String method, String pathTemplate, String caller, int expected) {
        String path = resolve(pathTemplate);
        boolean page = !path.startsWith("/api/");
        RequestSpecification request = "anon".equals(caller) ? given()
                : given().auth().preemptive().basic(caller, Api.DEMO_PASSWORD);
        request.redirects().follow(false).accept(page ? "text/html" : "application/json");
        if ((path.equals("/api/v1/packages") || path.equals("/api/v1/staff-imports")) && method.equals("POST")) {
            request.contentType("multipart/form-data").multiPart("note", "no file"); // upload without a file: 400
        } else if (!method.equals("GET")) {
            request.contentType("application/json").body("{}");
        }
        request.request(method, path).then().statusCode(expected);
    }

    private static String resolve(String template) {
        String path = template;
        for (String key : List.of("city", "q01", "teacherPerson", "q03Person", "teacherUser", "auditorUser")) {
            if (path.contains("{" + key + "}")) {
                path = path.replace("{" + key + "}", IDS.computeIfAbsent(key, AuthorizationMatrixTest::lookup));
            }
        }
        return path;
    }

    private static String lookup(String key) {
        return switch (key) {
            case "city" -> Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=HCM").jsonPath().getString("find { it.code == 'HCM' }.id");
            case "q01" -> Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q01").jsonPath().getString("find { it.code == 'Q01' }.id");
            case "teacherPerson" -> Api.as(Api.TEACHER).get("/api/v1/me").jsonPath().getString("personId");
            case "q03Person" -> Api.as(Api.CITY_ADMIN).get("/api/v1/people?size=1&orgUnit="
                    + Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=Q03-THPT-01").jsonPath().getString("[0].id"))
                    .jsonPath().getString("items[0].id");
            case "teacherUser" -> Api.as(Api.TEACHER).get("/api/v1/me").jsonPath().getString("id");
            case "auditorUser" -> Api.as(Api.AUDITOR).get("/api/v1/me").jsonPath().getString("id");
            default -> throw new IllegalArgumentException(key);
        };
    }
}
