package vn.hocso.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar ({@code java -jar target/quarkus-app/quarkus-run.jar}) in the production profile: it starts its
 * embedded PostgreSQL in the configured data directory, migrates, creates the start-up administrator, serves pages
 * and API, and loads no demo data.
 */
@QuarkusIntegrationTest
class PackagedJarIT {

    @Test
    void jarStartsWithEmbeddedPostgresqlInTheDataDirectory() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        assertTrue(Files.isRegularFile(Path.of("target/it-data/pgdata/PG_VERSION")));
    }

    @Test
    void productionHasTheAdministratorButNoDemoData() {
        given().auth().preemptive().basic("operator", "Operator@2026").get("/api/v1/people").then()
                .statusCode(200).body("total", equalTo(0));
        given().auth().preemptive().basic("admin", "HocSo@2026").get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void pagesAndStaticFilesAreServed() {
        given().get("/login").then().statusCode(200).body(containsString("Đăng nhập"));
        given().get("/static/hocso.css").then().statusCode(200).contentType(containsString("text/css"));
    }
}
