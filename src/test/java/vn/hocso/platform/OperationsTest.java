package vn.hocso.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Operator endpoints: readiness (open), and OpenAPI, Swagger UI, Prometheus metrics (administrators, auditors). */
@QuarkusTest
class OperationsTest {

    @Test
    void readinessReportsDatabaseAndSchema() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database schema"))
                .body("checks.find { it.name == 'Database schema' }.data.pending", equalTo(0));
    }

    @Test
    void operatorEndpointsNeedAnAdministratorOrAuditor() {
        given().get("/q/metrics").then().statusCode(401);
        given().accept("application/json").get("/q/openapi").then().statusCode(401);
        given().auth().preemptive().basic("giaovien", "HocSo@2026").get("/q/metrics").then().statusCode(403);
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void openApiDescribesTheApi() {
        given().auth().preemptive().basic("kiemtra", "HocSo@2026").accept("application/json").get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/people"))
                .body(containsString("/api/v1/org-units"))
                .body(containsString("/api/v1/users"));
    }

    @Test
    void swaggerUiIsServed() {
        given().auth().preemptive().basic("admin", "HocSo@2026").get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger"));
    }

    @Test
    void prometheusMetricsAreExposed() {
        given().auth().preemptive().basic("kiemtra", "HocSo@2026").get("/q/metrics").then().statusCode(200)
                .body(containsString("jvm_memory_used_bytes"))
                .body(containsString("http_server_requests"));
    }
}
