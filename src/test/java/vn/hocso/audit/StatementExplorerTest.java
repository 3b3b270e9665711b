package vn.hocso.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.lrs.security.LrsAuthenticator;
import vn.hocso.support.Api;

/**
 * The auditors' LRS query page: filters, a statement's detail, CSV and JSON exports, read-only and scoped (a district
 * administrator must name a person of the district and sees nobody else's statements).
 */
@QuarkusTest
class StatementExplorerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    LrsAuthenticator agents;

    private String store(String username, String verb, UUID registration) {
        String id = UUID.randomUUID().toString();
        String actor = agents.agentOf(username, null).toString();
        given().auth().preemptive().basic("lrs-test", "lrs-test-secret").header("X-Experience-API-Version", "1.0.3")
                .contentType("application/json").body("{\"id\": \"" + id + "\", \"actor\": " + actor + ", \"verb\": "
                        + "{\"id\": \"http://adlnet.gov/expapi/verbs/" + verb + "\", \"display\": {\"en-US\": \""
                        + verb + "\"}}, \"object\": {\"id\": \"https://hocso.edu.vn/test/explorer\", \"definition\": "
                        + "{\"name\": {\"vi\": \"Bài kiểm tra tra cứu\"}}}, \"result\": {\"success\": true, \"score\": "
                        + "{\"scaled\": 0.9}}, \"context\": {\"registration\": \"" + registration + "\"}}")
                .post("/xapi/statements").then().statusCode(200);
        return id;
    }

    @Test
    @DisplayName("Filter by person, verb and registration; open a statement; export CSV and JSON")
    void findAndExport() throws Exception {
        UUID registration = UUID.randomUUID();
        String passed = store("giaovien", "passed", registration);
        String answered = store("giaovien", "answered", registration);
        String html = Api.as(Api.AUDITOR).accept("text/html").queryParam("person", "079190000001")
                .queryParam("registration", registration.toString()).get("/audit/statements").then().statusCode(200)
                .extract().asString();
        assertTrue(html.contains(passed) && html.contains(answered), html);
        assertTrue(html.contains("Nguyễn Thị Mai") && html.contains("Bài kiểm tra tra cứu"), html);
        Api.as(Api.AUDITOR).accept("text/html").queryParam("person", "giaovien")
                .queryParam("verb", "http://adlnet.gov/expapi/verbs/passed")
                .queryParam("registration", registration.toString()).get("/audit/statements").then().statusCode(200)
                .body(containsString(passed)).body(not(containsString(answered)));
        Api.as(Api.AUDITOR).accept("text/html").get("/audit/statements/" + passed).then().statusCode(200)
                .body(containsString("&quot;scaled&quot; : 0.9"));

        String csv = Api.as(Api.AUDITOR).queryParam("registration", registration.toString())
                .queryParam("format", "csv").get("/audit/statements/export").then().statusCode(200)
                .header("Content-Disposition", containsString("statements.csv")).extract().asString();
        String[] lines = csv.replace("\ufeff", "").split("\r\n");
        assertEquals("statement_id,timestamp,actor,verb,object,result,registration,voided", lines[0]);
        assertEquals(3, lines.length, csv);
        JsonNode exported = JSON.readTree(Api.as(Api.AUDITOR).queryParam("registration", registration.toString())
                .queryParam("format", "json").get("/audit/statements/export").then().statusCode(200).extract()
                .asString());
        assertEquals(2, exported.size());
        assertEquals(answered, exported.get(0).get("id").asText(), "newest first");
    }

    @Test
    @DisplayName("Scoped: a district administrator names a person of the district; others are not found; read-only")
    void scoped() {
        UUID registration = UUID.randomUUID();
        String mine = store("giaovien", "completed", registration);
        String other = store("giangvien", "completed", registration);
        Api.as(Api.DISTRICT_ADMIN).accept("text/html").queryParam("registration", registration.toString())
                .get("/audit/statements").then().statusCode(422);
        Api.as(Api.DISTRICT_ADMIN).accept("text/html").queryParam("person", "giaovien")
                .queryParam("registration", registration.toString()).get("/audit/statements").then()
                .statusCode(200).body(containsString(mine)).body(not(containsString(other)));
        Api.as(Api.DISTRICT_ADMIN).accept("text/html").queryParam("person", "giangvien")
                .get("/audit/statements").then().statusCode(404);
        Api.as(Api.DISTRICT_ADMIN).accept("text/html").get("/audit/statements/" + other).then().statusCode(404);
        Api.as(Api.DISTRICT_ADMIN).accept("text/html").get("/audit/statements/" + mine).then().statusCode(200);
        Api.as(Api.TEACHER).accept("text/html").get("/audit/statements").then().statusCode(403);
        Api.as(Api.AUDITOR).accept("text/html").queryParam("registration", "not-a-uuid").get("/audit/statements")
                .then().statusCode(400);
        Api.as(Api.AUDITOR).accept("text/html").post("/audit/statements").then().statusCode(405);
    }
}
