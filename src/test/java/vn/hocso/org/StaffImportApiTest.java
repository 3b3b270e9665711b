package vn.hocso.org;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** Staff import over the API: formats, idempotency, transfers, deactivation, dry runs, row errors, limits. */
@QuarkusTest
class StaffImportApiTest {

    private static final String VI_HEADER = "Mã định danh;Họ và tên;Email;Chức vụ;Mã đơn vị;Cấp học;Loại hình;Môn";
    private static final String EN_HEADER = "national_id,full_name,email,position,institution_code,school_level,"
            + "ownership,subject";

    @Inject
    DataSource dataSource;

    @Test
    void csvWithBomAndVietnameseHeadersImportsAndReimportChangesNothing() {
        String a = StaffImportFiles.newNationalId();
        String b = StaffImportFiles.newNationalId();
        String decomposed = Normalizer.normalize("Lê Thị Hồng Nhung", Normalizer.Form.NFD);
        byte[] file = StaffImportFiles.csv(true, VI_HEADER,
                a + ";" + decomposed + ";Nhung." + a + "@Truong.edu.vn;GV;Q01-TH-01;TH;Công lập;Toán",
                b + ";\"Trần Văn An; Jr\";;Giáo viên;q01-th-01;Tiểu học;PUBLIC;");
        JsonPath first = StaffImportFiles.uploadCsv(Api.CITY_ADMIN, file).then().statusCode(201)
                .header("Location", containsString("/api/v1/staff-imports/"))
                .body("status", equalTo("COMPLETED")).body("format", equalTo("CSV"))
                .body("counts.created", equalTo(2)).body("counts.errors", equalTo(0))
                .body("samples.created.nationalId", equalTo(List.of(a, b)))
                .extract().jsonPath();
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + a).then().statusCode(200)
                .body("items[0].fullName", equalTo(Normalizer.normalize("Lê Thị Hồng Nhung", Normalizer.Form.NFC)))
                .body("items[0].email", equalTo("nhung." + a + "@truong.edu.vn"))
                .body("items[0].position", equalTo("GV"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=tran van an; jr").then().statusCode(200)
                .body("items.nationalId", hasItem(b));

        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, file).then().statusCode(201)
                .body("counts.unchanged", equalTo(2)).body("counts.created", equalTo(0))
                .body("counts.updated", equalTo(0)).body("counts.transferred", equalTo(0));

        long id = first.getLong("id");
        Api.as(Api.AUDITOR).get("/api/v1/staff-imports/" + id).then().statusCode(200)
                .body("counts.created", equalTo(2)).body("importedBy", equalTo(Api.CITY_ADMIN))
                .body("fileName", equalTo("nhan-su.csv"));
    }

    @Test
    void xlsxWithEnglishHeadersImportsFirstSheetAndFlagsLostLeadingZero() {
        String a = StaffImportFiles.newNationalId();
        byte[] file = StaffImportFiles.xlsx(List.of(
                List.of("national_id", "full_name", "email", "position", "institution_code", "school_level",
                        "ownership", "subject"),
                Arrays.asList(a, "Phạm Minh Tuấn", null, "TTCM", "Q01-MN-02", "MN", "Ngoài công lập", "Âm nhạc"),
                Arrays.asList(79199912345L, "Số Bị Mất", null, "GV", "Q01-TH-01", null, null, null)));
        StaffImportFiles.upload(Api.CITY_ADMIN, "nhan-su.xlsx", file,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").then().statusCode(201)
                .body("format", equalTo("XLSX")).body("status", equalTo("COMPLETED_WITH_ERRORS"))
                .body("counts.created", equalTo(1)).body("counts.errors", equalTo(1))
                .body("errors[0].row", equalTo(3)).body("errors[0].column", equalTo("national_id"))
                .body("errors[0].value", equalTo("79199912345"))
                .body("errors[0].message", containsString("leading zero"))
                .body("summary", containsString("1 rows with errors were skipped"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + a).then()
                .body("items[0].institutionId", equalTo((int) unitId("Q01-MN-02"))).body("items[0].subject", equalTo("Âm nhạc"));
    }

    @Test
    void changedFieldsUpdateAndAChangedInstitutionIsATransferThatMovesTheLearnerRole() throws Exception {
        String a = StaffImportFiles.newNationalId();
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Võ Thị Lan,,GV,Q01-TH-01,,,Văn")).then().statusCode(201).body("counts.created", equalTo(1));
        long personId = Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + a).jsonPath().getLong("items[0].id");
        long q01th01 = unitId("Q01-TH-01");
        long userId = Api.as(Api.CITY_ADMIN).body(Map.of("username", "lan." + a, "password", "MatKhau@2026x",
                "displayName", "Võ Thị Lan", "personId", personId,
                "roles", List.of(Map.of("role", "LEARNER", "orgUnitId", q01th01))))
                .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");

        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Võ Thị Lan,,TTCM,Q01-TH-01,,,Văn")).then().statusCode(201)
                .body("counts.updated", equalTo(1)).body("samples.updated[0].nationalId", equalTo(a));

        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Võ Thị Lan,,TTCM,Q03-THPT-01,THPT,PUBLIC,Văn")).then().statusCode(201)
                .body("counts.transferred", equalTo(1))
                .body("samples.transferred[0].previousInstitutionCode", equalTo("Q01-TH-01"))
                .body("samples.transferred[0].institutionCode", equalTo("Q03-THPT-01"));

        Api.as(Api.CITY_ADMIN).get("/api/v1/users/" + userId).then().statusCode(200)
                .body("roles", hasSize(1)).body("roles[0].role", equalTo("LEARNER"))
                .body("roles[0].orgUnitCode", equalTo("Q03-THPT-01"));
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("""
                        SELECT f.code, t.code, x.import_id IS NOT NULL, x.transferred_by IS NOT NULL
                        FROM person_transfer x JOIN org_unit f ON f.id = x.from_institution_id
                             JOIN org_unit t ON t.id = x.to_institution_id
                        WHERE x.person_id = """ + personId)) {
            assertTrue(rs.next(), "a transfer row");
            assertEquals("Q01-TH-01", rs.getString(1));
            assertEquals("Q03-THPT-01", rs.getString(2));
            assertTrue(rs.getBoolean(3) && rs.getBoolean(4), "import and importer recorded");
            assertTrue(!rs.next(), "exactly one transfer");
        }
    }

    @Test
    void missingPeopleAreDeactivatedWithTheirAccountAndReactivatedWhenListedAgain() {
        String a = StaffImportFiles.newNationalId();
        String b = StaffImportFiles.newNationalId();
        String unit = "Q01-GDTX-01";
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Đỗ Văn Bình,,NV," + unit + ",,,", b + ",Ngô Thị Cúc,,GV," + unit + ",,,"))
                .then().statusCode(201);
        long personB = Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + b).jsonPath().getLong("items[0].id");
        long userB = Api.as(Api.CITY_ADMIN).body(Map.of("username", "cuc." + b, "password", "MatKhau@2026x",
                "displayName", "Ngô Thị Cúc", "personId", personB,
                "roles", List.of(Map.of("role", "LEARNER", "orgUnitId", unitId(unit)))))
                .post("/api/v1/users").then().statusCode(201).extract().jsonPath().getLong("id");
        int activeBefore = Api.as(Api.CITY_ADMIN).get("/api/v1/people?active=true&size=100&orgUnit=" + unitId(unit))
                .jsonPath().getInt("total");

        JsonPath r = StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Đỗ Văn Bình,,NV," + unit + ",,,"), "deactivateMissing", "true").then().statusCode(201)
                .body("counts.unchanged", equalTo(1)).extract().jsonPath();
        assertEquals(activeBefore - 1, r.getInt("counts.deactivated"), "everyone else at the unit, b included");
        assertTrue(r.getList("samples.deactivated.nationalId").contains(b));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people/" + personB).then().body("active", equalTo(false));
        Api.as(Api.CITY_ADMIN).get("/api/v1/users/" + userB).then().body("active", equalTo(false));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + a).then().body("items[0].active", equalTo(true));

        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                b + ",Ngô Thị Cúc,,GV," + unit + ",,,")).then().statusCode(201)
                .body("counts.reactivated", equalTo(1)).body("counts.deactivated", equalTo(0));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people/" + personB).then().body("active", equalTo(true));
        Api.as(Api.CITY_ADMIN).get("/api/v1/users/" + userB).then().body("active", equalTo(true));
    }

    @Test
    void deactivationLeavesInstitutionsWithRowErrorsAlone() {
        String a = StaffImportFiles.newNationalId();
        String b = StaffImportFiles.newNationalId();
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Lý Văn Dũng,,GV,HCG-TH-01,,,", b + ",Lý Thị Em,,GV,HCG-TH-01,,,")).then().statusCode(201);
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Lý Văn Dũng,,GV,HCG-TH-01,,,", b + ",Lý Thị Em,,BAD,HCG-TH-01,,,"),
                "deactivateMissing", "true").then().statusCode(201)
                .body("counts.deactivated", equalTo(0)).body("deactivationSkipped", equalTo(List.of("HCG-TH-01")))
                .body("deactivationNote", containsString("HCG-TH-01"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + b).then().body("items[0].active", equalTo(true));
    }

    @Test
    void dryRunReportsButWritesNothing() throws Exception {
        String a = StaffImportFiles.newNationalId();
        long[] before = counts();
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Hà Văn Giang,,GV,Q01-TH-01,,,", "12,Sai,,GV,Q01-TH-01,,,"), "dryRun", "true",
                "deactivateMissing", "true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("id", nullValue()).body("errorsCsv", nullValue())
                .body("counts.created", equalTo(1)).body("counts.errors", equalTo(1))
                .body("samples.created[0].nationalId", equalTo(a))
                .body("summary", startsWith("Preview: 1 valid rows would be imported"));
        assertEquals(Arrays.toString(before), Arrays.toString(counts()), "person, person_transfer, staff_import");
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + a).then().body("total", equalTo(0));
    }

    @Test
    void rowErrorsAreReportedWithRowColumnAndMessageAndValidRowsImport() {
        String ok = StaffImportFiles.newNationalId();
        String dup = StaffImportFiles.newNationalId();
        byte[] file = StaffImportFiles.csv(false, EN_HEADER,
                ok + ",Hợp Lệ,,GV,Q01-TH-01,TH,PUBLIC,",              // row 2: valid
                "07919001,Sai Mã,,GV,Q01-TH-01,,,",                   // row 3: national id
                StaffImportFiles.newNationalId() + ",Không Đơn Vị,,GV,Q99-XX-01,,,", // row 4: unknown unit
                StaffImportFiles.newNationalId() + ",Ngoài Quận,,GV,Q03-THPT-01,,,", // row 5: outside Q01
                StaffImportFiles.newNationalId() + ",Sai Cấp,,GV,Q01-TH-01,THPT,,",  // row 6: level
                dup + ",Lần Một,,GV,Q01-TH-01,,,",                    // row 7: valid
                dup + ",Lần Hai,,GV,Q01-TH-01,,,",                    // row 8: duplicate id
                StaffImportFiles.newNationalId() + ",Sai Chức Vụ,,HT,Q01-TH-01,,,",  // row 9: position
                StaffImportFiles.newNationalId() + ",Sai Email,khong-phai-email,GV,Q01-TH-01,,,", // row 10
                StaffImportFiles.newNationalId() + ",Sai Loại Hình,,GV,Q01-TH-01,,Ngoài công lập,"); // row 11
        JsonPath r = StaffImportFiles.uploadCsv(Api.DISTRICT_ADMIN, file).then().statusCode(201)
                .body("status", equalTo("COMPLETED_WITH_ERRORS"))
                .body("counts.created", equalTo(2)).body("counts.errors", equalTo(8))
                .body("summary", equalTo("8 rows with errors were skipped (nothing was saved for them); the 2 valid "
                        + "rows were imported."))
                .extract().jsonPath();
        assertEquals(List.of(3, 4, 5, 6, 8, 9, 10, 11), r.getList("errors.row", Integer.class));
        assertEquals(List.of("national_id", "institution_code", "institution_code", "school_level", "national_id",
                "position", "email", "ownership"), r.getList("errors.column", String.class));
        assertEquals("This unit is outside what you administer.", r.getString("errors[2].message"));
        assertEquals("The school level does not match the unit's (the unit's level is TH).",
                r.getString("errors[3].message"));
        assertEquals("This national ID is already in row 7 of the file.", r.getString("errors[4].message"));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + dup).then().body("items[0].fullName", equalTo("Lần Một"));

        String csv = Api.as(Api.DISTRICT_ADMIN).accept("text/csv").header("Accept-Language", "vi")
                .get("/api/v1/staff-imports/" + r.getLong("id") + "/errors.csv").then().statusCode(200)
                .contentType(startsWith("text/csv")).header("Content-Disposition", containsString("errors.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\uFEFF\"Dòng\""), lines.get(0));
        assertEquals(9, lines.size());
        assertEquals("3,\"national_id\",\"07919001\",\"Mã định danh phải có đúng 12 chữ số.\"", lines.get(1));
    }

    @Test
    void aPersonOfAUnitOutsideTheScopeCannotBeTransferredInAndAnEmailOfAnotherPersonIsRefused() {
        String q03 = StaffImportFiles.newNationalId();
        String other = StaffImportFiles.newNationalId();
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                q03 + ",Người Quận Ba,,GV,Q03-TH-01,,,", other + ",Có Email,co.email." + other + "@x.vn,GV,Q01-TH-01,,,"))
                .then().statusCode(201);
        StaffImportFiles.uploadCsv(Api.DISTRICT_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                q03 + ",Người Quận Ba,,GV,Q01-TH-01,,,",
                StaffImportFiles.newNationalId() + ",Trùng Email,CO.EMAIL." + other + "@x.vn,GV,Q01-TH-01,,,"))
                .then().statusCode(201).body("counts.errors", equalTo(2))
                .body("errors[0].column", equalTo("national_id"))
                .body("errors[0].message", containsString("outside what you administer"))
                .body("errors[1].column", equalTo("email"))
                .body("errors[1].message", equalTo("This e-mail already belongs to another person."));
        Api.as(Api.CITY_ADMIN).get("/api/v1/people?q=" + q03).then().body("items[0].institutionId",
                equalTo((int) unitId("Q03-TH-01")));
    }

    @Test
    void allOrNothingAbortsOnAnyErrorAndRecordsWhy() throws Exception {
        String a = StaffImportFiles.newNationalId();
        long[] before = counts();
        JsonPath r = StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER,
                a + ",Tất Cả,,GV,Q01-TH-01,,,", "x,Hoặc Không,,GV,Q01-TH-01,,,"), "allOrNothing", "true")
                .then().statusCode(201).body("status", equalTo("ABORTED")).body("counts.created", equalTo(0))
                .body("counts.errors", equalTo(1)).body("summary", containsString("no change was saved"))
                .extract().jsonPath();
        long[] after = counts();
        assertEquals(before[0], after[0], "no person stored");
        assertEquals(before[2] + 1, after[2], "the aborted import is recorded");
        Api.as(Api.CITY_ADMIN).get("/api/v1/staff-imports/" + r.getLong("id")).then().statusCode(200)
                .body("status", equalTo("ABORTED")).body("errors[0].row", equalTo(3));
    }

    @Test
    void unreadableFilesGetClearStatuses() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        StaffImportFiles.upload(Api.CITY_ADMIN, "anh.png", png, "image/png").then().statusCode(415)
                .body("detail", equalTo("Only CSV (UTF-8) or Excel .xlsx files are accepted."));
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, "Tên,Tuổi", "An,30"))
                .then().statusCode(422).body("detail", containsString("missing column Mã định danh / national_id"));
        byte[] latin1 = "Mã định danh,Họ và tên,Chức vụ,Mã đơn vị\n1,Lê,GV,Q01-TH-01\n"
                .getBytes(StandardCharsets.ISO_8859_1);
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, latin1).then().statusCode(422)
                .body("detail", containsString("not UTF-8"));
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER)).then().statusCode(422)
                .body("detail", equalTo("The file has no data rows after the header."));
        io.restassured.RestAssured.given().auth().preemptive().basic(Api.CITY_ADMIN, Api.DEMO_PASSWORD)
                .accept("application/json").multiPart("dryRun", "true").post("/api/v1/staff-imports")
                .then().statusCode(400).body("detail", containsString("\"file\""));
        StaffImportFiles.uploadCsv(Api.CITY_ADMIN, StaffImportFiles.csv(false, EN_HEADER), "dryRun", "maybe")
                .then().statusCode(422).body("errors[0].field", equalTo("dryRun"));
    }

    private static long unitId(String code) {
        return Api.as(Api.CITY_ADMIN).get("/api/v1/org-units?q=" + code).jsonPath()
                .getLong("find { it.code == '" + code + "' }.id");
    }

    /** Rows of person, person_transfer and staff_import. */
    private long[] counts() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM person), "
                        + "(SELECT count(*) FROM person_transfer), (SELECT count(*) FROM staff_import)")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }
}
