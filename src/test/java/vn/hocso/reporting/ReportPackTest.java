package vn.hocso.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/**
 * The report pack: issued in the background (202 at once, progress visible), XLSX and PDF in Vietnamese with the
 * same numbers as the targets API, frozen (bytes never change; the database refuses an update), re-issued as "lần 2",
 * validated and scoped.
 */
@QuarkusTest
class ReportPackTest {

    @Inject
    AgroalDataSource db;

    private static JsonPath waitDone(String user, long id) throws InterruptedException {
        JsonPath s = null;
        for (int i = 0; i < 240; i++) {
            s = Api.as(user).get("/api/v1/reports/" + id).then().statusCode(200).extract().jsonPath();
            if (!List.of("QUEUED", "RUNNING").contains(s.getString("status"))) {
                return s;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("report " + id + " not done: " + s.prettify());
    }

    private static long issue(String user, Map<String, Object> body) {
        JsonPath p = Api.as(user).body(body).post("/api/v1/reports").then().statusCode(202)
                .header("Location", containsString("/api/v1/reports/")).extract().jsonPath();
        assertTrue(List.of("QUEUED", "RUNNING", "DONE").contains(p.getString("status")), p.prettify());
        return p.getLong("id");
    }

    @Test
    @DisplayName("A district's annual report: XLSX and PDF with the API's numbers, Vietnamese, frozen; lần 2 differs")
    void annualDistrictReport() throws Exception {
        TargetFixtures fx = new TargetFixtures(db);
        long q01 = fx.unitId("Q01");
        int year = java.time.LocalDate.now().getYear();
        long id = issue(Api.DISTRICT_ADMIN, Map.of("kind", "ANNUAL", "year", year));
        JsonPath done = waitDone(Api.DISTRICT_ADMIN, id);
        assertEquals("DONE", done.getString("status"), done.prettify());
        assertEquals(100, done.getInt("progress"));
        JsonPath api = TargetFixtures.targets(Api.DISTRICT_ADMIN, q01);

        byte[] xlsx = Api.as(Api.DISTRICT_ADMIN).accept("*/*").get("/api/v1/reports/" + id + "/xlsx").then().statusCode(200)
                .header("Content-Disposition", containsString(".xlsx")).extract().asByteArray();
        assertEquals(done.getString("xlsxSha256"), vn.hocso.platform.text.Hashes.sha256Hex(xlsx));
        Map<String, long[]> sheet = new HashMap<>();
        String title;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = wb.getSheets().map(s -> s.getName()).toList();
            assertEquals(List.of("Tổng hợp", "Theo đơn vị", "Theo chức vụ"), sheets);
            List<Row> rows;
            try (Stream<Row> stream = wb.getFirstSheet().openStream()) {
                rows = stream.toList();
            }
            title = rows.get(0).getCellText(0);
            for (Row r : rows.stream().filter(r -> r.getRowNum() >= 5).toList()) { // header is row 4
                sheet.put(r.getCellText(0), new long[] {Long.parseLong(r.getCellText(8)),
                        Long.parseLong(r.getCellText(9))});
            }
        }
        assertEquals("BÁO CÁO KẾT QUẢ BỒI DƯỠNG NĂNG LỰC SỐ NĂM " + year, title);
        for (String code : api.<String>getList("targets.code")) {
            assertArrayEquals(TargetFixtures.numbers(api, code), sheet.get(code), code);
        }

        byte[] pdf = Api.as(Api.AUDITOR).accept("*/*").get("/api/v1/reports/" + id + "/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("BÁO CÁO KẾT QUẢ BỒI DƯỠNG NĂNG LỰC SỐ NĂM " + year), text);
            assertTrue(text.contains("Quận 1") && text.contains("T4-2025") && text.contains("Trang 1/"), text);
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("report-pdf.png");
            ImageIO.write(page, "png", png.toFile());
            assertTrue(page.getWidth() > page.getHeight(), "landscape");
        }

        // New training does not change the frozen report; a new one is "lần 2" and differs.
        fx.priorQualification(fx.newPerson("NV", "Q01-TH-01"), fx.knls("KNLS.3", 1), year + "-01-15");
        assertArrayEquals(xlsx, Api.as(Api.DISTRICT_ADMIN).accept("*/*").get("/api/v1/reports/" + id + "/xlsx").then()
                .statusCode(200).extract().asByteArray());
        long second = issue(Api.DISTRICT_ADMIN, Map.of("kind", "ANNUAL", "year", year));
        JsonPath two = waitDone(Api.DISTRICT_ADMIN, second);
        assertEquals(done.getInt("sequence") + 1, two.getInt("sequence"));
        assertNotEquals(done.getString("xlsxSha256"), two.getString("xlsxSha256"));
        assertThrows(java.sql.SQLException.class, () -> {
            try (var c = db.getConnection(); var ps = c.prepareStatement(
                    "UPDATE report_snapshot SET data = '{}' WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }, "a DONE snapshot is frozen");
        assertThrows(java.sql.SQLException.class, () -> {
            try (var c = db.getConnection(); var ps = c.prepareStatement("DELETE FROM report_snapshot WHERE id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }, "and kept");
        Api.as(Api.CITY_ADMIN).get("/api/v1/audit?action=reporting.report.issue&limit=50").then().statusCode(200)
                .body(containsString("\"targetId\":\"" + id + "\""));
    }

    @Test
    @DisplayName("A monthly city report lists the people newly trained in the month; the page shows the reports")
    void monthlyCityReport() throws Exception {
        TargetFixtures fx = new TargetFixtures(db);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        fx.priorQualification(fx.newPerson("CBQL", "Q01-TH-01"), fx.knls("KNLS.6", 1), today.toString());
        long id = issue(Api.CITY_ADMIN, Map.of("kind", "MONTHLY", "year", today.getYear(), "month",
                today.getMonthValue()));
        assertEquals("DONE", waitDone(Api.CITY_ADMIN, id).getString("status"));
        byte[] xlsx = Api.as(Api.CITY_ADMIN).accept("*/*").get("/api/v1/reports/" + id + "/xlsx").then().statusCode(200).extract()
                .asByteArray();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheets().filter(s -> s.getName().equals("Bồi dưỡng mới trong tháng")).findFirst()
                    .orElseThrow();
            try (Stream<Row> rows = sheet.openStream()) {
                assertTrue(rows.anyMatch(r -> r.getCellText(0).startsWith("Vận hành dịch vụ công")),
                        "the month's new training");
            }
        }
        String page = Api.as(Api.AUDITOR).accept("text/html").get("/reports").then().statusCode(200).extract()
                .asString();
        assertTrue(page.contains("data-report-id=\"" + id + "\"") && !page.contains("id=\"report-form\""),
                "the auditor sees the report, not the form");
        assertTrue(Api.as(Api.CITY_ADMIN).accept("text/html").get("/reports").then().statusCode(200).extract()
                .asString().contains("id=\"report-form\""));
    }

    @Test
    @DisplayName("Validation (422 by field) and scope (district admin cannot issue for the city; auditor and teacher "
            + "cannot issue); files are 409 until done")
    void validationAndScope() {
        TargetFixtures fx = new TargetFixtures(db);
        Api.as(Api.CITY_ADMIN).body(Map.of("kind", "MONTHLY", "year", 2026)).post("/api/v1/reports").then()
                .statusCode(422).body("errors.field", hasItems("month"));
        Api.as(Api.CITY_ADMIN).body(Map.of("kind", "WEEKLY", "year", 1999, "month", 13)).post("/api/v1/reports").then()
                .statusCode(422).body("errors.field", hasItems("kind", "year"));
        Api.as(Api.CITY_ADMIN).body(Map.of("kind", "ANNUAL", "year", 2026, "orgUnitId", fx.unitId("Q01-TH-01")))
                .post("/api/v1/reports").then().statusCode(422).body("errors[0].field", equalTo("orgUnitId"));
        Api.as(Api.DISTRICT_ADMIN).body(Map.of("kind", "ANNUAL", "year", 2026, "orgUnitId", fx.unitId("HCM")))
                .post("/api/v1/reports").then().statusCode(404);
        Api.as(Api.AUDITOR).body(Map.of("kind", "ANNUAL", "year", 2026)).post("/api/v1/reports").then()
                .statusCode(403);
        Api.as(Api.TEACHER).get("/api/v1/reports").then().statusCode(403);
        Api.as(Api.AUDITOR).get("/api/v1/reports/999999").then().statusCode(404);
    }
}
