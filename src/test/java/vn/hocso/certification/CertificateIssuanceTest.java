package vn.hocso.certification;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/**
 * Issuance from attainment events: automatic and idempotent (twice in a row, twice at once), the approval queue
 * scoped to the holder's subtree, renewal after expiry, the trail, and the bulk ZIP export.
 */
@QuarkusTest
class CertificateIssuanceTest {

    @Inject
    CertificateFixture fixture;

    @Test
    @DisplayName("The rule met → one certificate, however often and however concurrently the event arrives")
    void automaticAndIdempotent() throws Exception {
        CertificateFixture.Framework f = fixture.framework();
        long type = CertificateFixture.type(f, "AUTOMATIC", 24, "Q01-TH-01", "Chứng nhận năng lực số (tự động)");
        long person = CertificateFixture.person("Lê Thị Hồng Nhung", "Q01-TH-01");

        // below the minimum level of item 1: nothing
        Instant at = CertificateFixture.now();
        fixture.attain(person, f.item1(), f.level1(), 1, at);
        fixture.attain(person, f.item2(), f.level1(), 1, at);
        fixture.fire(person, f);
        assertEquals(0, CertificateFixture.certificatesOf(person, type).size());

        fixture.meetRule(person, f, at);
        fixture.fire(person, f);  // the same achievement again, in a row
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Void>> fires = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                fires.add(() -> {
                    fixture.fire(person, f);
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(fires)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        List<Map<String, Object>> certs = CertificateFixture.certificatesOf(person, type);
        assertEquals(1, certs.size(), "exactly one certificate for one achievement");
        assertEquals("ISSUED", certs.get(0).get("status"));
        long id = ((Number) certs.get(0).get("id")).longValue();
        Api.as(Api.AUDITOR).get("/api/v1/certificates/" + id + "/events").then().statusCode(200)
                .body("action", equalTo(List.of("ISSUED"))).body("[0].actorName", equalTo("system"));
        // a valid certificate is not re-issued by later evidence either
        fixture.meetRule(person, f, at.plusSeconds(60));
        assertEquals(1, CertificateFixture.certificatesOf(person, type).size());
    }

    @Test
    @DisplayName("Approval mode queues; only administrators of the holder's subtree approve; reject needs a reason")
    void approvalFlow() {
        CertificateFixture.Framework f = fixture.framework();
        long type = CertificateFixture.type(f, "APPROVAL", null, "Q01", "Chứng nhận cần phê duyệt");
        long person = CertificateFixture.person("Phạm Quốc Bảo", "Q01-TH-01");
        fixture.meetRule(person, f, CertificateFixture.now());
        List<Map<String, Object>> certs = CertificateFixture.certificatesOf(person, type);
        assertEquals(1, certs.size());
        assertEquals("PENDING", certs.get(0).get("status"));
        long id = ((Number) certs.get(0).get("id")).longValue();
        Api.as(Api.SCHOOL_ADMIN).queryParam("status", "PENDING").get("/api/v1/certificates").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Api.as(Api.TEACHER).get("/api/v1/certificates/" + id + "/pdf").then().statusCode(404);
        Api.as(Api.AUDITOR).post("/api/v1/certificates/" + id + "/approve").then().statusCode(403);
        Api.as(Api.SCHOOL_ADMIN).get("/api/v1/certificates/" + id + "/jwt").then().statusCode(409);
        // an administrator of another district does not see it
        long other = CertificateFixture.person("Đỗ Minh Khôi", "Q03-THPT-01");
        fixture.meetRule(other, f, CertificateFixture.now());
        assertEquals(0, CertificateFixture.certificatesOf(other, type).size(), "type applies to Q01 only");

        Api.as(Api.SCHOOL_ADMIN).body("{}").post("/api/v1/certificates/" + id + "/reject").then().statusCode(422)
                .body("errors.field", hasItem("reason"));
        Api.as(Api.SCHOOL_ADMIN).post("/api/v1/certificates/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("ISSUED")).body("validUntil", equalTo(null));
        Api.as(Api.SCHOOL_ADMIN).post("/api/v1/certificates/" + id + "/approve").then().statusCode(409);
        Api.as(Api.CITY_ADMIN).get("/api/v1/certificates/" + id + "/events").then().statusCode(200)
                .body("action", equalTo(List.of("QUEUED", "APPROVED")))
                .body("[1].actorName", equalTo(Api.SCHOOL_ADMIN));
    }

    @Test
    @DisplayName("Rejected stays rejected for that achievement; the district admin outside scope gets 404")
    void rejection() {
        CertificateFixture.Framework f = fixture.framework();
        long type = CertificateFixture.type(f, "APPROVAL", 12, "Q01-TH-01", "Chứng nhận bị từ chối");
        long person = CertificateFixture.person("Vũ Thị Lan", "Q01-TH-01");
        Instant at = CertificateFixture.now();
        fixture.meetRule(person, f, at);
        long id = ((Number) CertificateFixture.certificatesOf(person, type).get(0).get("id")).longValue();
        Api.as("quantri.q1").body(Map.of("reason", "x")).post("/api/v1/certificates/" + id + "/reject").then()
                .statusCode(200).body("status", equalTo("REJECTED")).body("reason", equalTo("x"));
        fixture.fire(person, f);
        assertEquals(1, CertificateFixture.certificatesOf(person, type).size(), "not queued again");
    }

    @Test
    @DisplayName("After expiry, new evidence renews: a new credential supersedes the old one")
    void renewalAfterExpiry() {
        CertificateFixture.Framework f = fixture.framework();
        long type = CertificateFixture.type(f, "AUTOMATIC", 6, "Q01-TH-01", "Chứng nhận có thời hạn");
        long person = CertificateFixture.person("Hoàng Văn Thái", "Q01-TH-01");
        Instant first = CertificateFixture.now().minus(400, ChronoUnit.DAYS);
        fixture.meetRule(person, f, first);
        long oldId = ((Number) CertificateFixture.certificatesOf(person, type).get(0).get("id")).longValue();
        // six months pass
        fixture.update("UPDATE certificate SET valid_until = now() - interval '1 day' WHERE id = ?", oldId);
        Api.as(Api.CITY_ADMIN).get("/api/v1/certificates/" + oldId).then().body("expired", equalTo(true));
        fixture.fire(person, f);  // same (old) evidence: no renewal
        assertEquals(1, CertificateFixture.certificatesOf(person, type).size());
        fixture.meetRule(person, f, CertificateFixture.now());  // new evidence
        List<Map<String, Object>> certs = CertificateFixture.certificatesOf(person, type);
        assertEquals(2, certs.size());
        Map<String, Object> renewed = certs.get(0);
        assertEquals("ISSUED", renewed.get("status"));
        assertEquals(oldId, ((Number) renewed.get("supersedesId")).longValue());
        assertEquals("SUPERSEDED", certs.get(1).get("status"));
        assertNotEquals(certs.get(0).get("verificationCode"), certs.get(1).get("verificationCode"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/certificates/" + renewed.get("id") + "/events").then()
                .body("action", equalTo(List.of("RENEWED")));
    }

    @Test
    @DisplayName("Bulk export: a ZIP of the PDFs of a unit's certificates, streamed; scope enforced")
    void bulkZip() throws IOException {
        CertificateFixture.Framework f = fixture.framework();
        long type = CertificateFixture.type(f, "AUTOMATIC", null, "Q01-TH-01", "Chứng nhận xuất hàng loạt");
        List<String> codes = new ArrayList<>();
        for (String name : List.of("Trịnh Thu Hà", "Ngô Bảo Châu")) {
            long person = CertificateFixture.person(name, "Q01-TH-01");
            fixture.meetRule(person, f, CertificateFixture.now());
            codes.add((String) CertificateFixture.certificatesOf(person, type).get(0).get("verificationCode"));
        }
        long unit = CertificateFixture.unitId("Q01-TH-01");
        byte[] zip = Api.as(Api.SCHOOL_ADMIN).accept("application/zip").queryParam("orgUnit", unit)
                .get("/api/v1/certificates/export").then().statusCode(200).contentType("application/zip")
                .extract().asByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                byte[] pdf = in.readAllBytes();
                assertTrue(new String(pdf, 0, 5).startsWith("%PDF-"), e.getName() + " is a PDF");
            }
        }
        for (String code : codes) {
            assertTrue(names.stream().anyMatch(n -> n.startsWith(code + "-")), "ZIP holds " + code);
        }
        assertTrue(names.contains(codes.get(0) + "-trinh-thu-ha.pdf"), names.toString());
        Api.as("quantri.q1").accept("application/zip").queryParam("orgUnit", CertificateFixture.unitId("Q03"))
                .get("/api/v1/certificates/export").then().statusCode(404);
        Api.as(Api.SCHOOL_ADMIN).get("/api/v1/certificates/export").then().statusCode(400);
    }

    @Test
    @DisplayName("Types: validation lists every bad field; a district admin cannot define a city-wide type")
    void typeValidation() {
        Api.as(Api.CITY_ADMIN).body(Map.of("validityMonths", 0, "requirements", List.of(Map.of("itemId", 999999999,
                "minLevelId", 999999999)))).post("/api/v1/certificate-types").then().statusCode(422)
                .body("errors.field", hasItem("name")).body("errors.field", hasItem("criteriaNarrative"))
                .body("errors.field", hasItem("validityMonths")).body("errors.field", hasItem("orgUnitId"))
                .body("errors.field", hasItem("requirements[0].itemId"));
        CertificateFixture.Framework f = fixture.framework();
        Api.as("quantri.q1").body(Map.of("name", "x", "description", "x", "criteriaNarrative", "x",
                "issuanceMode", "AUTOMATIC", "orgUnitId", CertificateFixture.unitId("HCM"),
                "requirements", List.of(Map.of("itemId", f.item1(), "minLevelId", f.level1()))))
                .post("/api/v1/certificate-types").then().statusCode(422).body("errors.field", hasItem("orgUnitId"));
        long id = CertificateFixture.type(f, "AUTOMATIC", 12, "HCM", "Chứng nhận toàn thành phố");
        Api.as("quantri.q1").get("/api/v1/certificate-types").then().statusCode(200).body("id", hasItem((int) id));
        Api.as("quantri.q1").body(Map.of("name", "đổi tên")).put("/api/v1/certificate-types/" + id).then()
                .statusCode(404);
        Api.as(Api.CITY_ADMIN).body(Map.of("name", "Chứng nhận toàn thành phố (sửa)", "description", "x",
                "criteriaNarrative", "x", "issuanceMode", "APPROVAL", "orgUnitId", CertificateFixture.unitId("HCM"),
                "requirements", List.of(Map.of("itemId", f.item1(), "minLevelId", f.level3()))))
                .put("/api/v1/certificate-types/" + id).then().statusCode(200)
                .body("issuanceMode", equalTo("APPROVAL")).body("requirements", hasSize(1))
                .body("requirements[0].minLevelId", equalTo((int) f.level3()));
    }
}
