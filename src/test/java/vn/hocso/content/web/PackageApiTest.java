package vn.hocso.content.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;
import vn.hocso.support.TestPackages;

/** {@code /api/v1/packages}: upload, detection, structure, versions, archive/delete, roles, rejected input. */
@QuarkusTest
class PackageApiTest {

    @Inject
    AgroalDataSource db;

    static Response upload(String user, byte[] zip) {
        return TestPackages.upload(user, zip);
    }

    @Test
    @DisplayName("A trainer uploads a SCORM 1.2 zip: 201 with standard, edition, items, SCO/asset launch entries")
    void uploadScorm12() {
        upload(Api.TRAINER, TestPackages.scorm12("Dữ liệu số 1")).then().statusCode(201)
                .header("Location", containsString("/api/v1/packages/"))
                .body("title", equalTo("Dữ liệu số 1"))
                .body("standard", equalTo("SCORM_12"))
                .body("edition", equalTo("1.2"))
                .body("latestVersion", equalTo(1))
                .body("descriptor.scorm.organizations[0].items.identifier", equalTo(java.util.List.of("item1", "item2")))
                .body("descriptor.launches.kind", equalTo(java.util.List.of("sco", "asset")))
                .body("descriptor.launches[0].href", equalTo("sco1/index.html"))
                .body("versions[0].fileCount", equalTo(4))
                .body("versions[0].sha256", notNullValue());
    }

    @Test
    @DisplayName("Re-uploading is a new version; list, detail, archive, unarchive; auditors read, learners cannot")
    void versionsAndLifecycle() {
        long id = upload(Api.TRAINER, TestPackages.scorm12("Phiên bản 1")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(Api.TRAINER).contentType("multipart/form-data")
                .multiPart("file", TestPackages.file(TestPackages.scorm12("Phiên bản 2")).toFile())
                .post("/api/v1/packages/" + id + "/versions").then().statusCode(201)
                .body("latestVersion", equalTo(2)).body("title", equalTo("Phiên bản 2"))
                .body("versions.version", equalTo(java.util.List.of(2, 1)));
        Api.as(Api.AUDITOR).get("/api/v1/packages/" + id).then().statusCode(200).body("latestVersion", equalTo(2));
        Api.as(Api.TRAINER).get("/api/v1/packages?size=200").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Api.as(Api.TRAINER).post("/api/v1/packages/" + id + "/archive").then().statusCode(200)
                .body("status", equalTo("ARCHIVED"));
        Api.as(Api.TRAINER).get("/api/v1/packages?size=200").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem((int) id)));
        Api.as(Api.TRAINER).get("/api/v1/packages?size=200&archived=true").then().statusCode(200)
                .body("items.id", hasItem((int) id));
        Api.as(Api.TRAINER).post("/api/v1/packages/" + id + "/unarchive").then().statusCode(200)
                .body("status", equalTo("ACTIVE"));
        upload(Api.TEACHER, TestPackages.scorm12("x")).then().statusCode(403);
        upload(Api.AUDITOR, TestPackages.scorm12("x")).then().statusCode(403);
        Api.as(Api.TEACHER).get("/api/v1/packages/" + id).then().statusCode(403);
        Api.as(Api.TRAINER).contentType("multipart/form-data")
                .multiPart("file", TestPackages.file(TestPackages.scorm12("x")).toFile())
                .post("/api/v1/packages/999999/versions").then().statusCode(404);
    }

    @Test
    @DisplayName("Re-uploading a package (same manifest identifier, same unit) makes a new version of it")
    void reuploadIsANewVersion() {
        String identifier = "vn.hocso.test.reupload." + java.util.UUID.randomUUID();
        long id = upload(Api.TRAINER, TestPackages.scorm12("Lần 1", identifier)).then().statusCode(201)
                .body("latestVersion", equalTo(1)).extract().jsonPath().getLong("id");
        upload(Api.TRAINER, TestPackages.scorm12("Lần 2", identifier)).then().statusCode(201)
                .body("id", equalTo((int) id)).body("latestVersion", equalTo(2)).body("title", equalTo("Lần 2"));
        upload(Api.TRAINER, TestPackages.scorm12("Khác", identifier + ".x")).then().statusCode(201)
                .body("id", org.hamcrest.Matchers.not(equalTo((int) id)));
    }

    @Test
    @DisplayName("cmi5 without a zip: a bare course structure with absolute AU URLs imports; relative ones are refused")
    void bareCmi5CourseStructure() {
        String xml = """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="https://hocso.edu.vn/test/bare/%1$s">
                    <title><langstring lang="vi">Khóa không nén</langstring></title>
                    <description><langstring lang="vi">Bài ở máy chủ khác</langstring></description>
                  </course>
                  <au id="https://hocso.edu.vn/test/bare/%1$s/au">
                    <title><langstring lang="vi">Bài</langstring></title>
                    <description><langstring lang="vi">Bài</langstring></description>
                    <url>%2$s</url>
                  </au>
                </courseStructure>""";
        String id = java.util.UUID.randomUUID().toString();
        upload(Api.TRAINER, xml.formatted(id, "https://content.example/au/index.html").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).then().statusCode(201).body("standard", equalTo("CMI5"))
                .body("versions[0].fileCount", equalTo(0));
        upload(Api.TRAINER, xml.formatted(id + "-rel", "au/index.html").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).then().statusCode(422);
        upload(Api.TRAINER, xml.formatted(id + "-bad", "http://content.example au.html").getBytes(
                java.nio.charset.StandardCharsets.UTF_8)).then().statusCode(422)
                .body("detail", org.hamcrest.Matchers.containsString("content.example au.html"));
    }

    @Test
    @DisplayName("Deleting removes rows and files; a package nobody started can be deleted")
    void delete() throws Exception {
        long id = upload(Api.TRAINER, TestPackages.scorm12("Xóa")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        String prefix = single("SELECT storage_prefix FROM content_package_version WHERE package_id = " + id);
        assertTrue(Files.exists(contentDir().resolve("objects").resolve(prefix).resolve("imsmanifest.xml")));
        Api.as(Api.TRAINER).delete("/api/v1/packages/" + id).then().statusCode(204);
        Api.as(Api.TRAINER).get("/api/v1/packages/" + id).then().statusCode(404);
        assertTrue(Files.notExists(contentDir().resolve("objects").resolve(prefix)));
    }

    @Test
    @DisplayName("Unsafe or invalid uploads: clear 4xx problem, and no row or file is left behind")
    void rejectedInputStoresNothing() throws Exception {
        Map<String, Object[]> cases = new LinkedHashMap<>();
        String manifest = new String(TestPackages.scorm12("x"), java.nio.charset.StandardCharsets.ISO_8859_1);
        cases.put("zip slip", new Object[] {entries("../evil.html", "x", "imsmanifest.xml", MANIFEST), 400});
        cases.put("absolute path", new Object[] {entries("/etc/evil", "x", "imsmanifest.xml", MANIFEST), 400});
        cases.put("backslash", new Object[] {entries("a\\b.html", "x", "imsmanifest.xml", MANIFEST), 400});
        cases.put("drive letter", new Object[] {entries("C:/x.html", "x", "imsmanifest.xml", MANIFEST), 400});
        cases.put("not a zip", new Object[] {"just text".getBytes(), 400});
        cases.put("no descriptor", new Object[] {entries("index.html", "x"), 422});
        cases.put("descriptor in a folder", new Object[] {entries("course/imsmanifest.xml", MANIFEST,
                "course/sco1/index.html", "x"), 422});
        cases.put("XXE", new Object[] {entries("imsmanifest.xml", """
                <?xml version="1.0"?><!DOCTYPE m [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <manifest identifier="m" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2">&x;</manifest>""",
                "sco1/index.html", "x"), 422});
        cases.put("launch file missing", new Object[] {entries("imsmanifest.xml", MANIFEST), 422});
        cases.put("launch outside", new Object[] {entries("imsmanifest.xml",
                MANIFEST.replace("href=\"sco1/index.html\"", "href=\"../../x.html\""), "sco1/index.html", "x"), 422});
        assertTrue(manifest.length() > 0);
        long rowsBefore = count("SELECT count(*) FROM content_package_version");
        long filesBefore = files();
        for (Map.Entry<String, Object[]> c : cases.entrySet()) {
            Response r = upload(Api.TRAINER, (byte[]) c.getValue()[0]);
            assertEquals(c.getValue()[1], r.statusCode(), c.getKey() + ": " + r.asString());
            assertTrue(r.contentType().startsWith("application/problem+json"), c.getKey());
            assertTrue(r.jsonPath().getString("detail").length() > 10, c.getKey() + ": " + r.asString());
        }
        assertEquals(rowsBefore, count("SELECT count(*) FROM content_package_version"));
        assertEquals(filesBefore, files());
    }

    @Test
    @DisplayName("A manifest listing an absent <file> imports with a warning")
    void missingListedFileWarns() {
        upload(Api.TRAINER, entries("imsmanifest.xml", MANIFEST.replace("<file href=\"sco1/index.html\"/>",
                "<file href=\"sco1/index.html\"/><file href=\"sco1/absent.js\"/>"), "sco1/index.html", "x"))
                .then().statusCode(201).body("versions[0].warnings[0]", containsString("sco1/absent.js"));
    }

    @Test
    @DisplayName("An upload over the size limit (25 MB in tests) is refused with 413 and nothing is stored")
    void oversizedUpload() throws Exception {
        long before = count("SELECT count(*) FROM content_package_version");
        byte[] big = new byte[26 * 1024 * 1024];
        new java.util.Random(1).nextBytes(big);
        String boundary = "hocso-test-boundary";
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.writeBytes(big);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        // Expect: 100-continue lets the server refuse the body before it is sent (no broken pipe for the client)
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest
                        .newBuilder(java.net.URI.create("http://localhost:" + io.restassured.RestAssured.port
                                + "/api/v1/packages")).expectContinue(true)
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                                (Api.TRAINER + ":" + Api.DEMO_PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(413, r.statusCode());
        assertEquals(before, count("SELECT count(*) FROM content_package_version"));
    }

    @Test
    @DisplayName("A package someone started cannot be deleted (409: archive it); a new version must keep the standard")
    void deleteAfterLaunchAndStandardChange() {
        long id = upload(Api.TRAINER, TestPackages.scorm12("Đã có người học")).then().statusCode(201)
                .extract().jsonPath().getLong("id");
        Api.as(Api.TEACHER).accept("text/html").get("/learn/packages/" + id + "/play").then().statusCode(200);
        Api.as(Api.TRAINER).delete("/api/v1/packages/" + id).then().statusCode(409)
                .body("detail", containsString("lưu trữ"));
        TestPackages.uploadVersion(Api.TRAINER, id, TestPackages.tincan("Khác chuẩn")).then().statusCode(422)
                .body("detail", containsString("SCORM_12"));
    }

    @Test
    @DisplayName("Publishing outside one's subtree is refused (422); a one-district administrator needs no orgUnit")
    void publishingScope() throws Exception {
        String q03 = single("SELECT id FROM org_unit WHERE code = 'Q03'");
        Api.as(Api.DISTRICT_ADMIN).contentType("multipart/form-data")
                .multiPart("file", TestPackages.file(TestPackages.scorm12("Ngoài phạm vi")).toFile())
                .multiPart("orgUnit", q03).post("/api/v1/packages").then().statusCode(422)
                .body("detail", containsString("phạm vi"));
        upload(Api.DISTRICT_ADMIN, TestPackages.scorm12("Trong quận")).then().statusCode(201)
                .body("orgUnitName", containsString("1"));
    }

    @Test
    @DisplayName("Multipart without the file field: 400 naming the field")
    void missingFile() {
        Api.as(Api.TRAINER).contentType("multipart/form-data").multiPart("other", "x")
                .post("/api/v1/packages").then().statusCode(400).body("detail", containsString("file"));
    }

    static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest identifier="m1" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
              <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
              <organizations default="o"><organization identifier="o"><title>T</title>
                <item identifier="i" identifierref="r"><title>I</title></item></organization></organizations>
              <resources><resource identifier="r" type="webcontent" adlcp:scormtype="sco" href="sco1/index.html">
                <file href="sco1/index.html"/></resource></resources>
            </manifest>""";

    static byte[] entries(String... nameThenContent) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < nameThenContent.length; i += 2) {
            m.put(nameThenContent[i], nameThenContent[i + 1]);
        }
        return TestPackages.zip(m);
    }

    static Path contentDir() {
        return Path.of(org.eclipse.microprofile.config.ConfigProvider.getConfig()
                .getValue("hocso.data-dir", String.class)).toAbsolutePath().resolve("content");
    }

    static long files() throws IOException {
        Path dir = contentDir();
        if (!Files.exists(dir)) {
            return 0;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    long count(String sql) throws SQLException {
        return Long.parseLong(single(sql));
    }

    String single(String sql) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
