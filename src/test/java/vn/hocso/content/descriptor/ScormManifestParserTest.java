package vn.hocso.content.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hocso.content.TestZip;
import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.ScormItem;
import vn.hocso.content.model.Standard;
import vn.hocso.content.model.XmlElement;

class ScormManifestParserTest {

    @TempDir
    Path tmp;

    private PackageDescriptor read(String manifest, String... files) throws IOException {
        TestZip zip = TestZip.zip().add("imsmanifest.xml", manifest);
        for (String f : files) {
            zip.add(f, "content");
        }
        try (PackageArchive archive = zip.open(tmp)) {
            return DescriptorReader.read(archive);
        }
    }

    private PackageRejected rejected(String manifest, String... files) {
        return assertThrows(PackageRejected.class, () -> read(manifest, files));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../outside.html", "sub/../../outside.html", "/etc/passwd", "http://evil.example/x.html",
        "%2e%2e/outside.html", "javascript:alert(1)"})
    void aLaunchHrefOutsideThePackageIsRejected(String href) {
        PackageRejected e = rejected(Manifests.oneSco(href), "index.html");
        assertEquals("launch.outside", e.code());
        assertEquals(List.of("i1", href), e.args());
    }

    @Test
    void xmlBaseCannotLeadOutsideEither() {
        String manifest = Manifests.scorm12("<item identifier=\"i1\" identifierref=\"r1\"/>",
                "<resource identifier=\"r1\" type=\"webcontent\" adlcp:scormtype=\"sco\" xml:base=\"../\""
                        + " href=\"index.html\"/>");
        assertEquals("launch.outside", rejected(manifest, "index.html").code());
    }

    @Test
    void aMissingLaunchFileIsAnError() {
        PackageRejected e = rejected(Manifests.oneSco("lesson/start.html"), "lesson/other.html");
        assertEquals("launch.missing", e.code());
        assertEquals(List.of("i1", "lesson/start.html"), e.args());
    }

    @Test
    void aListedButAbsentFileIsOnlyAWarning() throws IOException {
        String manifest = Manifests.scorm12("<item identifier=\"i1\" identifierref=\"r1\"><title>One</title></item>",
                "<resource identifier=\"r1\" type=\"webcontent\" adlcp:scormtype=\"sco\" href=\"index.html\">"
                        + "<file href=\"index.html\"/><file href=\"img/absent.png\"/></resource>");
        PackageDescriptor d = read(manifest, "index.html");
        assertEquals(List.of("Resource \"r1\" lists the file \"img/absent.png\", which is not in the package."),
                d.warnings());
        assertEquals(List.of("index.html", "img/absent.png"), d.scorm().resources().get(0).files());
    }

    @Test
    void percentEncodedAndDotSegmentHrefsFindTheirFile() throws IOException {
        PackageDescriptor d = read(Manifests.oneSco("./B%C3%A0i%201/../B%C3%A0i%201/index.html?x=1"),
                "Bài 1/index.html");
        assertEquals("Bài 1/index.html?x=1", d.launches().get(0).href());
    }

    @Test
    void scorm12ItemDataAndParametersAreRead() throws IOException {
        String manifest = Manifests.scorm12("""
                <item identifier="c1"><title>Chapter</title>
                  <item identifier="i1" identifierref="r1" parameters="?page=2" isvisible="false">
                    <title> Lesson </title>
                    <adlcp:masteryscore>80</adlcp:masteryscore>
                    <adlcp:datafromlms>level=3</adlcp:datafromlms>
                    <adlcp:maxtimeallowed>00:30:00</adlcp:maxtimeallowed>
                    <adlcp:timelimitaction>exit,message</adlcp:timelimitaction>
                  </item>
                  <item identifier="i2" identifierref="r2"><title></title></item>
                </item>""",
                """
                <resource identifier="r1" type="webcontent" adlcp:scormtype="SCO" href="a.html?lang=vi"/>
                <resource identifier="r2" type="webcontent" adlcp:scormType="asset" href="b.html#top">
                  <dependency identifierref="r1"/></resource>""");
        PackageDescriptor d = read(manifest, "a.html", "b.html");
        assertEquals(Standard.SCORM_12, d.standard());
        assertEquals("Course", d.title());
        ScormItem chapter = d.scorm().organizations().get(0).items().get(0);
        assertNull(chapter.launchHref());
        ScormItem lesson = chapter.children().get(0);
        assertEquals("Lesson", lesson.title());
        assertFalse(lesson.visible());
        assertEquals("sco", lesson.scormType());
        assertEquals("a.html?lang=vi&page=2", lesson.launchHref());
        assertEquals("80", lesson.masteryScore());
        assertEquals("level=3", lesson.dataFromLms());
        assertEquals("00:30:00", lesson.maxTimeAllowed());
        assertEquals("exit,message", lesson.timeLimitAction());
        ScormItem untitled = chapter.children().get(1);
        assertEquals("i2", untitled.title(), "an empty title falls back to the identifier");
        assertEquals("asset", untitled.scormType());
        assertEquals(List.of("r1"), d.scorm().resources().get(1).dependencies());
        assertEquals(List.of("i1", "i2"), d.launches().stream().map(l -> l.id()).toList());
    }

    @ParameterizedTest
    @CsvSource({"CAM 1.3,2nd", "2004 3rd Edition,3rd", "2004 4th Edition,4th"})
    void scorm2004EditionsAreDetected(String schemaVersion, String edition) throws IOException {
        PackageDescriptor d = read(Manifests.scorm2004(schemaVersion,
                "<item identifier=\"i1\" identifierref=\"r1\"/>",
                "<resource identifier=\"r1\" type=\"webcontent\" adlcp:scormType=\"sco\" href=\"a.html\"/>", ""),
                "a.html");
        assertEquals(Standard.SCORM_2004, d.standard());
        assertEquals(edition, d.edition());
    }

    @Test
    void scorm2004ItemDataXmlBaseAndSequencingCollectionAreRead() throws IOException {
        String items = """
                <item identifier="i1" identifierref="r1" parameters="#intro">
                  <title>One</title>
                  <adlcp:dataFromLMS>hello</adlcp:dataFromLMS>
                  <adlcp:timeLimitAction>continue,no message</adlcp:timeLimitAction>
                  <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="0.75"/>
                  <adlnav:presentation><adlnav:navigationInterface>
                    <adlnav:hideLMSUI>continue</adlnav:hideLMSUI></adlnav:navigationInterface></adlnav:presentation>
                  <imsss:sequencing IDRef="shared">
                    <imsss:limitConditions attemptLimit="2"/>
                  </imsss:sequencing>
                </item>""";
        String resources = """
                <resource identifier="r1" type="webcontent" adlcp:scormType="sco" xml:base="content/"
                          href="start.html"><file href="start.html"/></resource>""";
        String collection = """
                <imsss:sequencingCollection>
                  <imsss:sequencing ID="shared">
                    <imsss:controlMode choice="false" flow="true"/>
                    <imsss:limitConditions attemptLimit="1"/>
                    <imsss:deliveryControls tracked="false"/>
                  </imsss:sequencing>
                </imsss:sequencingCollection>""";
        String manifest = Manifests.scorm2004("2004 4th Edition", items, resources, collection)
                .replace("<resources>", "<resources xml:base=\"pkg/\">");
        PackageDescriptor d = read(manifest, "pkg/content/start.html");
        ScormItem item = d.scorm().organizations().get(0).items().get(0);
        assertEquals("pkg/content/start.html#intro", item.launchHref());
        assertEquals("hello", item.dataFromLms());
        assertEquals("continue,no message", item.timeLimitAction());
        assertEquals("0.75", item.completionThreshold());
        assertEquals(List.of("continue"), item.hideLmsUi());
        XmlElement seq = item.sequencing();
        assertEquals(List.of("controlMode", "limitConditions", "deliveryControls"),
                seq.children().stream().map(XmlElement::name).toList());
        assertEquals("2", seq.children().get(1).attributes().get("attemptLimit"), "the item's own element wins");
        assertEquals("false", seq.children().get(0).attributes().get("choice"));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void anItemReferringToAnUnknownResourceIsInvalid() {
        String manifest = Manifests.scorm12("<item identifier=\"i1\" identifierref=\"nope\"/>",
                "<resource identifier=\"r1\" type=\"webcontent\" href=\"a.html\"/>");
        PackageRejected e = rejected(manifest, "a.html");
        assertEquals("descriptor.invalid", e.code());
        assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
    }

    @Test
    void aManifestWithNothingToLaunchIsRejected() {
        String manifest = Manifests.scorm12("<item identifier=\"c\"><title>Empty</title></item>", "");
        assertEquals("descriptor.noLaunch", rejected(manifest).code());
    }

    @Test
    void somethingThatIsNotAManifestIsInvalid() {
        assertEquals("descriptor.invalid", rejected("<html><body/></html>").code());
    }
}
