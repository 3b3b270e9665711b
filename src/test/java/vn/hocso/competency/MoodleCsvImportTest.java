package vn.hocso.competency;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.Pages;

/** Moodle tool_lpimportcsv files: a good one imports (levels, tree, related); a bad one is a 422 report by row. */
@QuarkusTest
class MoodleCsvImportTest {

    private static final String HEADER = "\"Parent id number\",\"Id number\",Shortname,Description,"
            + "\"Description format\",\"Scale values\",\"Scale configuration\",\"Rule type (optional)\","
            + "\"Rule outcome (optional)\",\"Rule config (optional)\",\"Cross referenced competency id numbers\","
            + "\"Exported id (optional)\",\"Is framework\",Taxonomy\r\n";

    /** A framework as Moodle exports it: framework row first, HTML descriptions, scale JSON, rules, cross refs. */
    static String good(String idNumber) {
        return HEADER
                + "," + idNumber + ",\"Kỹ năng số cơ bản\",\"<p>Khung thử nghiệm &amp; nhập từ Moodle</p>\",1,"
                + "\"Chưa đạt,Đạt,Xuất sắc\",\"[{\"\"scaleid\"\":\"\"2\"\"},{\"\"id\"\":2,\"\"scaledefault\"\":1,"
                + "\"\"proficient\"\":1}]\",,,,,5,1,\"domain,competency\"\r\n"
                + ",D1,\"Dữ liệu\",\"<p>Miền dữ liệu</p>\",1,,,,,,,,,\r\n"
                + "D1,D1.1,\"Tìm kiếm, lọc dữ liệu\",\"<p>Tìm và lọc</p>\",1,,,"
                + "\"core_competency\\competency_rule_all\",2,null,\"D2.1\",7,,\r\n"
                + ",D2,\"An toàn\",,1,,,,,,,,0,\r\n"
                + "D2,D2.1,\"Bảo vệ dữ liệu\",\"Mô tả\n"
                + "nhiều dòng\",0,,,,,,D1.1,9,,\r\n";
    }

    @Test
    @DisplayName("A good CSV (text/csv) imports: scale values as levels, parents as isChildOf, cross refs isRelatedTo")
    void goodImport() {
        String code = "MOODLE-" + System.nanoTime();
        JsonPath d = Api.as(Api.CITY_ADMIN).contentType("text/csv; charset=UTF-8").body(good(code.toLowerCase()))
                .post("/api/v1/frameworks").then().statusCode(201).extract().jsonPath();
        assertEquals(code, d.getString("framework.code"));
        assertEquals("1", d.getString("framework.version"));
        assertEquals("Kỹ năng số cơ bản", d.getString("framework.title"));
        assertEquals(List.of("Chưa đạt", "Đạt", "Xuất sắc"), d.getList("levels.label"));
        assertEquals("Moodle: proficient", d.getString("levels[1].description"));
        assertEquals(List.of("D1", "D2"), d.getList("items.humanCode"));
        assertEquals(List.of("Domain", "Domain"), d.getList("items.itemType"));
        assertEquals("Tìm kiếm, lọc dữ liệu", d.getString("items[0].children[0].fullStatement"));
        assertEquals("Competency", d.getString("items[0].children[0].itemType"));
        assertEquals("Tìm và lọc", d.getString("items[0].children[0].notes"));
        assertEquals("Mô tả\nnhiều dòng", d.getString("items[1].children[0].notes"));
        assertEquals(3, d.getList("items[0].children[0].levels").size());
        List<String> types = d.getList("associations.type");
        assertEquals(1, types.stream().filter("isRelatedTo"::equals).count(), "one related pair, stated once");
        assertEquals(4, types.stream().filter("isChildOf"::equals).count());
        // the same file again is the next version of the same framework
        Api.as(Api.CITY_ADMIN).contentType("text/csv").body(good(code.toLowerCase())).post("/api/v1/frameworks")
                .then().statusCode(201).body("framework.version", equalTo("2"));
    }

    @Test
    @DisplayName("A multipart .csv upload imports too")
    void multipart() {
        Api.as(Api.CITY_ADMIN).contentType("multipart/form-data")
                .multiPart("file", "framework.csv", good("mp-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/api/v1/frameworks").then().statusCode(201).body("levels.size()", equalTo(3));
    }

    @Test
    @DisplayName("A bad CSV: 422 listing every row at fault, nothing stored")
    void badCsv() throws Exception {
        String bad = HEADER
                + ",BAD-FW,\"Khung lỗi\",,0,,\"not json\",,,,,,1,competency\r\n"
                + ",C1,\"Một\",,0,,,,,,,,,\r\n"
                + "NOPE,C2,\"Hai\",,0,,,,,,C9,,,\r\n"
                + ",C1,\"Trùng\",,0,,,,,,,,,\r\n"
                + ",,\"Không mã\",,0,,,,,,,,1,\r\n";
        String before = FrameworkRows.count(db);
        Api.as(Api.CITY_ADMIN).contentType("text/csv").body(bad).post("/api/v1/frameworks").then().statusCode(422)
                .body("errors.field", hasItems("row 2: Scale values", "row 2: Scale configuration",
                        "row 4: Parent id number", "row 4: Cross referenced competency id numbers",
                        "row 5: Id number", "row 6: Id number", "row 6: Is framework"))
                .body("errors.find { it.field == 'row 4: Parent id number' }.message",
                        equalTo("Dòng 4: Không tìm thấy \"NOPE\" trong tệp."));
        Api.as(Api.CITY_ADMIN).header("Accept-Language", "en").contentType("text/csv")
                .body(HEADER + ",X,\"Short\",,0\r\n").post("/api/v1/frameworks").then().statusCode(422)
                .body("errors[0].field", equalTo("row 2: CSV"))
                .body("errors[0].message", equalTo("Row 2: 14 columns are needed (Moodle tool_lpimportcsv format), "
                        + "this row has 5."));
        Api.as(Api.CITY_ADMIN).contentType("text/csv").body(HEADER + ",X,\"unclosed,,,,,,,,,,,,1,\r\n")
                .post("/api/v1/frameworks").then().statusCode(422).body("errors[0].field", equalTo("row 2: CSV"));
        assertEquals(before, FrameworkRows.count(db));
    }

    @Test
    @DisplayName("The import page shows the report of a refused file and imports a good one")
    void importPage() throws Exception {
        String session = Pages.session(Api.CITY_ADMIN);
        String html = given().cookie("hocso_session", session).accept("text/html")
                .get("/competency/frameworks/import").then().statusCode(200).extract().asString();
        assertTrue(html.contains("name=\"file\""), html);
        String token = html.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]*)\".*", "$1");
        String origin = RestAssured.baseURI + ":" + RestAssured.port;
        String before = FrameworkRows.count(db);
        given().redirects().follow(false).cookie("hocso_session", session).header("Origin", origin)
                .multiPart("_csrf", token)
                .multiPart("file", "bad.csv", (HEADER + ",X,\"S\",,0\r\n").getBytes(StandardCharsets.UTF_8),
                        "text/csv")
                .post("/competency/frameworks/import").then().statusCode(422)
                .body(containsString("Không nhập được tệp")).body(containsString("row 2: CSV"))
                .body(containsString("Dòng 2: cần 14 cột"));
        assertEquals(before, FrameworkRows.count(db));
        given().redirects().follow(false).cookie("hocso_session", session).header("Origin", origin)
                .multiPart("_csrf", "wrong").multiPart("file", "good.csv",
                        good("page-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/competency/frameworks/import").then().statusCode(403);
        String location = given().redirects().follow(false).cookie("hocso_session", session).header("Origin", origin)
                .multiPart("_csrf", token).multiPart("file", "good.csv",
                        good("page-" + System.nanoTime()).getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/competency/frameworks/import").then().statusCode(303).extract().header("Location");
        assertTrue(location.matches(".*/competency/frameworks/\\d+"), location);
    }

    @Inject
    DataSource db;
}
