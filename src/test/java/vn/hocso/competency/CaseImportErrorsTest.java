package vn.hocso.competency;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** Bad CASE packages are refused with a 422 report naming each fault by JSON path; nothing is stored. */
@QuarkusTest
class CaseImportErrorsTest {

    @Inject
    DataSource db;

    private static final String BAD = """
            {"CFDocument": {"identifier": "not-a-uuid", "uri": "https://example.org/doc", "title": "Khung lỗi",
               "lastChangeDateTime": "yesterday", "adoptionStatus": "Final"},
             "CFItems": [
               {"identifier": "7f0a3c52-58a4-4d59-a4d1-1c0d3b1e0001", "uri": "https://example.org/i1",
                "fullStatement": "Mục một", "humanCodingScheme": "X.1", "lastChangeDateTime": "2025-01-01T00:00:00Z"},
               {"identifier": "7f0a3c52-58a4-4d59-a4d1-1c0d3b1e0002", "uri": "https://example.org/i2",
                "humanCodingScheme": "X.1", "lastChangeDateTime": "2025-01-01T00:00:00Z"}],
             "CFAssociations": [
               {"identifier": "7f0a3c52-58a4-4d59-a4d1-1c0d3b1e0003", "uri": "https://example.org/a1",
                "associationType": "isCousinOf", "lastChangeDateTime": "2025-01-01T00:00:00Z",
                "originNodeURI": {"identifier": "7f0a3c52-58a4-4d59-a4d1-1c0d3b1e0001", "uri": "https://example.org/i1",
                                  "title": "X.1"}}]}
            """;

    @Test
    @DisplayName("Each fault is listed with its JSON path, in Vietnamese by default and in English on request")
    void report() throws Exception {
        String before = FrameworkRows.count(db);
        Api.as(Api.CITY_ADMIN).body(BAD).post("/api/v1/frameworks").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", equalTo("Tệp khung năng lực có 8 lỗi nên không được nhập; không có dữ liệu nào được "
                        + "lưu."))
                .body("errors.field", hasItems("CFDocument.identifier", "CFDocument.creator",
                        "CFDocument.lastChangeDateTime", "CFDocument.adoptionStatus", "CFItems[1].fullStatement",
                        "CFItems[1].humanCodingScheme", "CFAssociations[0].associationType",
                        "CFAssociations[0].destinationNodeURI"))
                .body("errors.find { it.field == 'CFItems[1].fullStatement' }.message",
                        equalTo("Thiếu giá trị bắt buộc."));
        Api.as(Api.CITY_ADMIN).header("Accept-Language", "en").body(BAD).post("/api/v1/frameworks").then()
                .statusCode(422).body("errors.find { it.field == 'CFAssociations[0].associationType' }.message",
                        equalTo("Association type \"isCousinOf\" is not a CASE 1.1 type (use isChildOf, "
                                + "exactMatchOf, isRelatedTo, hasSkillLevel… or ext:…)."));
        assertEquals(before, FrameworkRows.count(db));
    }

    @Test
    @DisplayName("Malformed JSON and a non-package body are 422 reports too, never 400/500")
    void malformed() throws Exception {
        String before = FrameworkRows.count(db);
        Api.as(Api.CITY_ADMIN).header("Accept-Language", "en").body("{\"CFDocument\": {\n  \"title\": ")
                .post("/api/v1/frameworks").then().statusCode(422)
                .body("errors[0].message", org.hamcrest.Matchers.startsWith("Malformed JSON at line 2, column"));
        Api.as(Api.CITY_ADMIN).body("[1, 2]").post("/api/v1/frameworks").then().statusCode(422)
                .body("errors.field", hasItem("$"));
        Api.as(Api.CITY_ADMIN).body("{}").post("/api/v1/frameworks").then().statusCode(422)
                .body("errors.field", hasItems("$.CFDocument", "$.CFItems"));
        assertEquals(before, FrameworkRows.count(db));
    }

    @Test
    @DisplayName("A fault only the database finds (a crosswalk to nowhere is fine; a duplicate version is 409) "
            + "leaves nothing behind")
    void conflictStoresNothing() throws Exception {
        String pkg = Api.as(Api.TEACHER).get("/api/v1/frameworks/" + FrameworkSeedTest.frameworkId("HCM-KNLS")
                + "/case").asString();
        String before = FrameworkRows.count(db);
        Api.as(Api.CITY_ADMIN).body(pkg).post("/api/v1/frameworks").then().statusCode(409);
        assertEquals(before, FrameworkRows.count(db));
    }
}
