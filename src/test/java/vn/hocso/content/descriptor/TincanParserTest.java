package vn.hocso.content.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hocso.content.TestZip;
import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.model.PackageDescriptor;

class TincanParserTest {

    @TempDir
    Path tmp;

    private static String tincan(String launch) {
        return """
                <tincan xmlns="http://projecttincan.com/tincan.xsd"><activities>
                  <activity id="http://example.org/course" type="http://adlnet.gov/expapi/activities/course">
                    <name>Course</name><description lang="en-US">About</description>%s
                  </activity>
                  <activity id="http://example.org/q1" type="http://adlnet.gov/expapi/activities/cmi.interaction">
                    <name>Question 1</name>
                  </activity>
                </activities></tincan>""".formatted(launch);
    }

    private PackageDescriptor read(String xml, String... files) throws IOException {
        TestZip zip = TestZip.zip().add("tincan.xml", xml);
        for (String f : files) {
            zip.add(f, "x");
        }
        try (PackageArchive archive = zip.open(tmp)) {
            return DescriptorReader.read(archive);
        }
    }

    @Test
    void onlyActivitiesWithALaunchBecomeLaunchEntries() throws IOException {
        PackageDescriptor d = read(tincan("<launch lang=\"en-us\">start/index.html</launch>"), "start/index.html");
        assertEquals(2, d.tincan().size());
        assertEquals("About", d.tincan().get(0).description());
        assertNull(d.tincan().get(1).launch());
        assertEquals(1, d.launches().size());
        assertEquals("start/index.html", d.launches().get(0).href());
        assertEquals("activity", d.launches().get(0).kind());
        assertEquals("Course", d.title());
    }

    @Test
    void aMissingLaunchFileIsRejected() {
        PackageRejected e = assertThrows(PackageRejected.class,
                () -> read(tincan("<launch>index.html</launch>"), "other.html"));
        assertEquals("launch.missing", e.code());
        assertEquals(List.of("http://example.org/course", "index.html"), e.args());
    }

    @Test
    void noLaunchableActivityIsRejected() {
        assertEquals("descriptor.noLaunch",
                assertThrows(PackageRejected.class, () -> read(tincan(""), "index.html")).code());
    }
}
