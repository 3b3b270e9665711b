package vn.hocso.competency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** Prior qualifications recorded by administrators, with a proof file that must be PDF, PNG or JPEG. */
@QuarkusTest
class EvidencePriorQualificationTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject
    AgroalDataSource db;

    EvidenceFixtures fx;

    @BeforeEach
    void setUp() {
        fx = new EvidenceFixtures(db);
    }

    private static RequestSpecification form(String user, long person, long item, long level) {
        return given().auth().preemptive().basic(user, Api.DEMO_PASSWORD).accept("application/json")
                .multiPart("personId", String.valueOf(person)).multiPart("itemId", String.valueOf(item))
                .multiPart("levelId", String.valueOf(level)).multiPart("occurredOn", "2025-06-30")
                .multiPart("note", "Chứng chỉ Ứng dụng CNTT cơ bản");
    }

    @Test
    @DisplayName("A prior qualification with a PDF proof is evidence (created_by = the administrator) and gives "
            + "attainment; the proof can be downloaded")
    void priorQualificationWithProofGivesAttainment() {
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        long person = fx.newPerson();
        long id = form(Api.CITY_ADMIN, person, f.items().get(0), f.levels().get(0))
                .multiPart("file", "chung-chi.pdf", PDF, "application/pdf")
                .post("/api/v1/competency/evidence").then().statusCode(201)
                .body("kind", equalTo("PRIOR_QUALIFICATION")).body("proofMediaType", equalTo("application/pdf"))
                .extract().jsonPath().getLong("id");
        long admin = fx.longOf("SELECT id FROM user_account WHERE username = ?", Api.CITY_ADMIN);
        assertEquals(admin, fx.longOf("SELECT created_by FROM competency_evidence WHERE id = ?", id));
        assertEquals(java.util.List.of(f.items().get(0) + "|" + f.levels().get(0) + "|null|{" + id
                + "}|2025-06-29T17:00:00Z|null|ACTIVE"), fx.attainment(person));
        byte[] proof = Api.as(Api.CITY_ADMIN).accept("application/pdf")
                .get("/api/v1/competency/evidence/" + id + "/proof").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertArrayEquals(PDF, proof);
        Api.as(Api.CITY_ADMIN).get("/api/v1/competency/evidence?person=" + person).then().statusCode(200)
                .body("[0].id", equalTo((int) id));
    }

    @Test
    @DisplayName("A proof that is not PDF/PNG/JPEG is refused with 415 (whatever its name says) and nothing is stored")
    void badProofTypeIsRefused() {
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        long person = fx.newPerson();
        form(Api.CITY_ADMIN, person, f.items().get(0), f.levels().get(0))
                .multiPart("file", "chung-chi.pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8),
                        "application/pdf")
                .post("/api/v1/competency/evidence").then().statusCode(415)
                .body("detail", containsString("PDF"));
        form(Api.CITY_ADMIN, person, f.items().get(0), f.levels().get(0))
                .post("/api/v1/competency/evidence").then().statusCode(400);
        assertEquals(0, fx.longOf("SELECT count(*) FROM competency_evidence WHERE person_id = ?", person));
    }

    @Test
    @DisplayName("Unknown item/level, a level of another framework, a bad date or a person outside the scope: 422")
    void invalidPriorQualificationIs422() {
        EvidenceFixtures.Framework f = fx.framework(1, 1);
        EvidenceFixtures.Framework other = fx.framework(1, 1);
        long person = fx.newPerson();
        form(Api.CITY_ADMIN, person, 999_999_999L, other.levels().get(0)).multiPart("validUntil", "31/12/2026")
                .multiPart("file", "a.pdf", PDF, "application/pdf").post("/api/v1/competency/evidence").then()
                .statusCode(422).body("errors.find { it.field == 'itemId' }.message", containsString("999999999"))
                .body("errors.find { it.field == 'validUntil' }.message", containsString("YYYY-MM-DD"));
        form(Api.CITY_ADMIN, person, f.items().get(0), other.levels().get(0))
                .multiPart("file", "a.pdf", PDF, "application/pdf").post("/api/v1/competency/evidence").then()
                .statusCode(422).body("errors[0].field", equalTo("levelId"));
        long q03Person = fx.longOf("SELECT p.id FROM person p JOIN org_unit u ON u.id = p.institution_id "
                + "WHERE u.path LIKE '/HCM/Q03/%' LIMIT 1");
        assertTrue(q03Person > 0);
        form(Api.DISTRICT_ADMIN, q03Person, f.items().get(0), f.levels().get(0))
                .multiPart("file", "a.pdf", PDF, "application/pdf").post("/api/v1/competency/evidence").then()
                .statusCode(422).body("errors[0].field", equalTo("personId"));
    }
}
