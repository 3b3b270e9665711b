package vn.hocso.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Content packages the tests build themselves (no third-party content): zips from name → text maps. */
public final class TestPackages {

    private TestPackages() {
    }

    /** A zip of these entries, in order. */
    public static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Uploads a zip to {@code POST /api/v1/packages} as a demo user (multipart field "file"). */
    public static io.restassured.response.Response upload(String user, byte[] zip) {
        return Api.as(user).contentType("multipart/form-data")
                .multiPart("file", file(zip).toFile(), "application/zip").post("/api/v1/packages");
    }

    /** Uploads a zip as the next version of a package. */
    public static io.restassured.response.Response uploadVersion(String user, long packageId, byte[] zip) {
        return Api.as(user).contentType("multipart/form-data")
                .multiPart("file", file(zip).toFile(), "application/zip")
                .post("/api/v1/packages/" + packageId + "/versions");
    }

    /** Writes bytes to a temporary .zip file (for multipart uploads). */
    public static Path file(byte[] zip) {
        try {
            Path f = Files.createTempFile("hocso-test-", ".zip");
            Files.write(f, zip);
            f.toFile().deleteOnExit();
            return f;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A SCORM 1.2 package with two items: a SCO (mastery score 80, launch data) that drives the API from a script
     * (see {@link #SCO_12}), and an asset page.
     */
    public static byte[] scorm12(String title) {
        return scorm12(title, "vn.hocso.test.scorm12." + java.util.UUID.randomUUID());
    }

    /** {@link #scorm12(String)} with a given manifest identifier (the same identifier = the same package). */
    public static byte[] scorm12(String title, String identifier) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("imsmanifest.xml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest identifier="%s" version="1"
                    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
                    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
                  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
                  <organizations default="org1">
                    <organization identifier="org1">
                      <title>%s</title>
                      <item identifier="item1" identifierref="res1">
                        <title>Bài 1: Dữ liệu</title>
                        <adlcp:masteryscore>80</adlcp:masteryscore>
                        <adlcp:datafromlms>chapter=1</adlcp:datafromlms>
                      </item>
                      <item identifier="item2" identifierref="res2"><title>Tài liệu đọc thêm</title></item>
                    </organization>
                  </organizations>
                  <resources>
                    <resource identifier="res1" type="webcontent" adlcp:scormtype="sco" href="sco1/index.html">
                      <file href="sco1/index.html"/>
                      <file href="sco1/video.mp4"/>
                    </resource>
                    <resource identifier="res2" type="webcontent" adlcp:scormtype="asset" href="page.html">
                      <file href="page.html"/>
                    </resource>
                  </resources>
                </manifest>
                """.formatted(identifier, title));
        entries.put("sco1/index.html", SCO_12);
        entries.put("sco1/video.mp4", "0123456789".repeat(100));
        entries.put("page.html", "<!DOCTYPE html><html lang=\"vi\"><body><p id=\"asset\">Tài liệu</p></body></html>");
        return zip(entries);
    }

    /** The activity id of {@link #tincan}. */
    public static final String TINCAN_COURSE = "https://hocso.edu.vn/test/tincan/course";

    /** An xAPI (tincan.xml) package whose one launchable activity is {@link #TINCAN_COURSE}. */
    public static byte[] tincan(String title) {
        return tincan(title, TINCAN_COURSE);
    }

    /**
     * The same package with another activity id (a learner's xAPI registration follows the activity, so tests that
     * count a learner's statements use their own).
     */
    public static byte[] tincan(String title, String activityId) {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("tincan.xml", """
                <?xml version="1.0" encoding="utf-8" ?>
                <tincan xmlns="http://projecttincan.com/tincan.xsd">
                  <activities>
                    <activity id="%s" type="http://adlnet.gov/expapi/activities/course">
                      <name>%s</name>
                      <description lang="vi">Bài học xAPI dùng trong kiểm thử</description>
                      <launch lang="vi">index.html</launch>
                    </activity>
                  </activities>
                </tincan>
                """.formatted(activityId, title));
        entries.put("index.html", "<!DOCTYPE html><html lang=\"vi\"><body><p id=\"xapi\">xAPI</p></body></html>");
        return zip(entries);
    }

    /**
     * A cmi5 course with one block holding one AU ({@code au/index.html}: moveOn CompletedOrPassed, masteryScore 0.8,
     * launch parameters "x=1"); ids are unique per call.
     */
    public static byte[] cmi5(String title) {
        return cmi5(title, "AnyWindow");
    }

    /** The same course with the AU's launchMethod ("AnyWindow" or "OwnWindow"). */
    public static byte[] cmi5(String title, String launchMethod) {
        String base = "https://hocso.edu.vn/test/cmi5/" + java.util.UUID.randomUUID();
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("cmi5.xml", """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="%1$s/course">
                    <title><langstring lang="vi">%2$s</langstring></title>
                    <description><langstring lang="vi">Khóa cmi5 dùng trong kiểm thử</langstring></description>
                  </course>
                  <block id="%1$s/block">
                    <title><langstring lang="vi">Chương 1</langstring></title>
                    <description><langstring lang="vi">Chương</langstring></description>
                    <au id="%1$s/au1" moveOn="CompletedOrPassed" masteryScore="0.8" launchMethod="%3$s">
                      <title><langstring lang="vi">Bài 1</langstring></title>
                      <description><langstring lang="vi">Bài</langstring></description>
                      <url>au/index.html</url>
                      <launchParameters>x=1</launchParameters>
                    </au>
                  </block>
                </courseStructure>
                """.formatted(base, title, launchMethod));
        entries.put("au/index.html", "<!DOCTYPE html><html lang=\"vi\"><body><p id=\"au\">AU</p></body></html>");
        return zip(entries);
    }

    /**
     * A SCORM 1.2 SCO for browser tests: finds {@code API} by the usual parent walk, initializes, shows the entry,
     * bookmark and suspend data it got in {@code #entry}, {@code #location}, {@code #suspend}; the buttons set a
     * bookmark and suspend data, a score of 90 (passed) with one interaction, finish with exit=suspend, or change the
     * bookmark without committing ({@code #dirty}: only the player's save on page hide can keep it).
     */
    public static final String SCO_12 = """
            <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>SCO</title></head><body>
            <p>entry=<span id="entry"></span> location=<span id="location"></span>
               suspend=<span id="suspend"></span> init=<span id="init"></span></p>
            <button id="bookmark" onclick="bookmark()">bookmark</button>
            <button id="pass" onclick="pass()">pass</button>
            <button id="suspend-exit" onclick="suspendExit()">suspend</button>
            <button id="dirty" onclick="dirty()">dirty</button>
            <script>
            function findAPI(w) { var n = 0; while (!w.API && w.parent && w.parent !== w && n++ < 10) { w = w.parent; }
              return w.API; }
            var api = findAPI(window);
            document.getElementById('init').textContent = api ? api.LMSInitialize('') : 'no-api';
            document.getElementById('entry').textContent = api.LMSGetValue('cmi.core.entry');
            document.getElementById('location').textContent = api.LMSGetValue('cmi.core.lesson_location');
            document.getElementById('suspend').textContent = api.LMSGetValue('cmi.suspend_data').length;
            function bookmark() {
              api.LMSSetValue('cmi.core.lesson_location', 'page-7');
              api.LMSSetValue('cmi.suspend_data', 'x'.repeat(5000));
              api.LMSSetValue('cmi.core.lesson_status', 'incomplete');
              api.LMSCommit('');
            }
            function pass() {
              api.LMSSetValue('cmi.interactions.0.id', 'q1');
              api.LMSSetValue('cmi.interactions.0.type', 'choice');
              api.LMSSetValue('cmi.interactions.0.student_response', 'b');
              api.LMSSetValue('cmi.interactions.0.result', 'correct');
              api.LMSSetValue('cmi.core.score.raw', '90');
              api.LMSSetValue('cmi.core.score.min', '0');
              api.LMSSetValue('cmi.core.score.max', '100');
              api.LMSSetValue('cmi.core.lesson_status', 'passed');
              api.LMSCommit('');
            }
            function dirty() {
              api.LMSSetValue('cmi.core.lesson_location', 'page-9');
              document.getElementById('location').textContent = 'page-9 (not committed)';
            }
            function suspendExit() {
              api.LMSSetValue('cmi.core.exit', 'suspend');
              api.LMSSetValue('cmi.core.session_time', '00:01:30.00');
              api.LMSFinish('');
            }
            </script></body></html>
            """;
}
