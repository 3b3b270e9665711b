package vn.hocso.content.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hocso.content.archive.ImportLimits;
import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.model.Cmi5Node;
import vn.hocso.content.model.LaunchEntry;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.ScormItem;
import vn.hocso.content.model.ScormOrganization;
import vn.hocso.content.model.Standard;
import vn.hocso.content.model.XmlElement;

/**
 * Parses the ten third-party packages of {@code ../shared/fixtures/packages} (system property {@code hocso.fixtures}
 * overrides the folder). Meant for a Maven profile that runs only where the fixtures exist; elsewhere it fails with
 * a message saying where it looked.
 */
class PackageFixtureTest {

    @TempDir
    Path tmp;

    private static Path fixture(String name) {
        Path dir = Path.of(System.getProperty("hocso.fixtures", "../shared/fixtures/packages")).toAbsolutePath();
        assertTrue(Files.isDirectory(dir), "fixture folder not found: " + dir
                + " (set -Dhocso.fixtures=<folder with the package zips>)");
        Path zip = dir.resolve(name + ".zip");
        assertTrue(Files.isRegularFile(zip), "fixture missing: " + zip);
        return zip;
    }

    private static PackageDescriptor read(String name, LaunchFileCheck check) throws IOException {
        try (PackageArchive archive = PackageArchive.open(fixture(name), ImportLimits.defaults())) {
            return DescriptorReader.read(archive, check);
        }
    }

    private static PackageDescriptor read(String name) throws IOException {
        return read(name, LaunchFileCheck.REQUIRE);
    }

    private static List<ScormItem> allItems(List<ScormItem> items) {
        List<ScormItem> out = new ArrayList<>();
        for (ScormItem item : items) {
            out.add(item);
            out.addAll(allItems(item.children()));
        }
        return out;
    }

    private static List<XmlElement> descendants(XmlElement element, String name) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlElement child : element.children()) {
            if (child.name().equals(name)) {
                out.add(child);
            }
            out.addAll(descendants(child, name));
        }
        return out;
    }

    @Test
    void golfScorm12RuntimeBasicCalls() throws IOException {
        PackageDescriptor d = read("golf-scorm12-runtime-basic-calls");
        assertEquals(Standard.SCORM_12, d.standard());
        assertEquals("1.2", d.edition());
        assertEquals(1, d.launches().size());
        LaunchEntry launch = d.launches().get(0);
        assertEquals("sco", launch.kind());
        assertEquals("shared/launchpage.html", launch.href());
        assertFalse(d.title().isBlank());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void golfScorm12OneFilePerScoHas22ItemsLaunchingAssets() throws IOException {
        PackageDescriptor d = read("golf-scorm12-cp-one-file-per-sco");
        assertEquals(Standard.SCORM_12, d.standard());
        assertEquals("Golf Explained - CP One File Per SCO", d.title());
        List<ScormItem> items = allItems(d.scorm().organizations().get(0).items());
        assertEquals(22, items.size(), "4 clusters and 18 leaves");
        List<ScormItem> leaves = items.stream().filter(i -> i.launchHref() != null).toList();
        assertEquals(18, leaves.size());
        assertTrue(leaves.stream().allMatch(i -> i.scormType().equals("asset")));
        assertEquals(19, d.scorm().resources().size());
        assertTrue(d.scorm().resources().stream().allMatch(r -> "asset".equals(r.scormType())));
        assertEquals(18, d.launches().size());
        assertTrue(d.launches().stream().allMatch(l -> l.kind().equals("asset")));
        LaunchEntry quiz = d.launches().stream().filter(l -> l.id().equals("playing_quiz_item")).findFirst()
                .orElseThrow();
        assertTrue(quiz.href().endsWith("?questions=Playing"), quiz.href());
        assertEquals("playing_playing_item", d.launches().get(0).id(), "launches follow organisation order");
    }

    @Test
    void golfScorm2004SecondEditionIsDetectedFromCam13() throws IOException {
        PackageDescriptor d = read("golf-scorm2004-2nd-cp-single-sco");
        assertEquals(Standard.SCORM_2004, d.standard());
        assertEquals("2nd", d.edition());
        assertEquals(List.of("sco"), d.launches().stream().map(LaunchEntry::kind).toList());
    }

    @Test
    void golfScorm2004ThirdEditionRuntime() throws IOException {
        PackageDescriptor d = read("golf-scorm2004-3rd-runtime-advanced-calls");
        assertEquals(Standard.SCORM_2004, d.standard());
        assertEquals("3rd", d.edition());
        assertEquals(1, d.launches().size());
    }

    @Test
    void forcedSequentialHasFiveScosWithDisabledPreconditionsAndTheCollectionMerged() throws IOException {
        PackageDescriptor d = read("golf-scorm2004-3rd-seq-forced-sequential");
        assertEquals("3rd", d.edition());
        ScormOrganization org = d.scorm().organizations().get(0);
        assertFalse(org.objectivesGlobalToSystem());
        assertTrue(org.sharedDataGlobalToSystem());
        assertEquals(5, d.launches().size());
        assertTrue(d.launches().stream().allMatch(l -> l.kind().equals("sco")));
        assertEquals("shared/launchpage.html?content=playing", d.launches().get(0).href());
        List<ScormItem> items = org.items();
        for (ScormItem item : items.subList(1, 5)) {
            XmlElement seq = item.sequencing();
            assertNotNull(seq, item.identifier());
            List<XmlElement> pre = descendants(seq, "preConditionRule");
            assertEquals(1, pre.size(), item.identifier());
            assertEquals("disabled", descendants(pre.get(0), "ruleAction").get(0).attributes().get("action"));
            assertEquals(2, descendants(pre.get(0), "ruleCondition").size());
            assertEquals("0", descendants(seq, "rollupRules").get(0).attributes().get("objectiveMeasureWeight"),
                    "rollupRules come from the sequencing collection");
            assertEquals("true", descendants(seq, "deliveryControls").get(0).attributes()
                    .get("completionSetByContent"));
            assertFalse(seq.attributes().containsKey("IDRef"));
        }
        assertTrue(descendants(items.get(0).sequencing(), "preConditionRule").isEmpty());
        assertEquals("true", org.sequencing().children().get(0).attributes().get("choice"));
        assertEquals(1, d.scorm().sequencingCollection().size());
    }

    @Test
    void postTestRollupIsFourthEdition() throws IOException {
        PackageDescriptor d = read("golf-scorm2004-4th-seq-posttest-rollup");
        assertEquals(Standard.SCORM_2004, d.standard());
        assertEquals("4th", d.edition());
        assertTrue(d.launches().size() >= 5);
        long objectives = allItems(d.scorm().organizations().get(0).items()).stream()
                .filter(i -> i.sequencing() != null)
                .mapToLong(i -> descendants(i.sequencing(), "objective").size()
                        + descendants(i.sequencing(), "primaryObjective").size())
                .sum();
        assertTrue(objectives > 0, "item sequencing carries objectives");
    }

    @Test
    void adlCtsManifestOnlyParsesWithSevenMissingFilesAsWarnings() throws IOException {
        PackageDescriptor d = read("adl-cts-2004-4th-T-01b-manifest-only", LaunchFileCheck.WARN);
        assertEquals(Standard.SCORM_2004, d.standard());
        assertEquals("4th", d.edition());
        assertEquals("LMS Test Content Package T-01b", d.title());
        List<ScormItem> items = allItems(d.scorm().organizations().get(0).items());
        assertEquals(42, items.size());
        assertEquals(7, d.warnings().size(), d.warnings().toString());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("resources/SequencingTest.htm")));
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("common/LMSTest.jar")), "xml:base applied");
        assertEquals("resources/SequencingTest.htm", d.scorm().resources().get(0).href());

        ScormItem activity1 = items.get(0);
        assertEquals("resources/SequencingTest.htm?tc=T-01b&act=1", activity1.launchHref());
        assertEquals(List.of("continue", "previous", "suspendAll"), activity1.hideLmsUi());

        ScormItem activity4 = items.stream().filter(i -> i.identifier().equals("activity_4")).findFirst()
                .orElseThrow();
        XmlElement seq = activity4.sequencing();
        assertEquals("true", seq.children().stream().filter(c -> c.name().equals("controlMode")).findFirst()
                .orElseThrow().attributes().get("forwardOnly"), "controlMode comes from the 'pretest' collection");
        assertEquals("ifAttempted", descendants(seq, "rollupConsiderations").get(0).attributes()
                .get("requiredForCompleted"));
        assertEquals("gObj-T01b-1", descendants(seq, "mapInfo").get(0).attributes().get("targetObjectiveID"),
                "the item's own objectives are kept");
        assertEquals("0.6", descendants(seq, "minNormalizedMeasure").get(0).text());
        assertEquals(4, d.scorm().sequencingCollection().size());
        assertEquals(items.stream().filter(i -> i.launchHref() != null).count(), d.launches().size());
    }

    @Test
    void adlCtsManifestOnlyIsRejectedForARealImport() {
        PackageRejected e = assertThrows(PackageRejected.class, () -> read("adl-cts-2004-4th-T-01b-manifest-only"));
        assertEquals("launch.missing", e.code());
        assertEquals(List.of("activity_1", "resources/SequencingTest.htm"), e.args());
    }

    @Test
    void golfTincan() throws IOException {
        PackageDescriptor d = read("golf-xapi-tincan");
        assertEquals(Standard.XAPI, d.standard());
        assertNull(d.edition());
        assertEquals("Tin Can Golf Example", d.title());
        assertEquals(1, d.tincan().size());
        assertEquals("http://adlnet.gov/expapi/activities/course", d.tincan().get(0).type());
        assertEquals(List.of(new LaunchEntry("http://id.tincanapi.com/activity/tincan-prototypes/golf-example",
                "Tin Can Golf Example", "activity", "index.html")), d.launches());
    }

    @Test
    void cmi5SingleAu() throws IOException {
        PackageDescriptor d = read("cmi5-catapult-single_au_basic_responsive");
        assertEquals(Standard.CMI5, d.standard());
        assertEquals(1, d.launches().size());
        Cmi5Node au = d.cmi5().children().get(0);
        assertEquals("au", au.type());
        assertEquals("CompletedOrPassed", au.moveOn());
        assertEquals("AnyWindow", au.launchMethod());
        assertEquals("au", d.launches().get(0).kind());
        assertFalse(d.cmi5().titles().isEmpty());
    }

    @Test
    void cmi5MultiAuSharesOneFileWithDifferentParameters() throws IOException {
        PackageDescriptor d = read("cmi5-catapult-multi_au_framed");
        assertEquals("Introduction to Geology - Multi AU at Root", d.title());
        assertEquals(8, d.launches().size());
        assertEquals("index.html?pages=1&complete=launch", d.launches().get(0).href());
        List<String> moveOns = d.cmi5().children().stream().map(Cmi5Node::moveOn).toList();
        assertEquals(7, moveOns.stream().filter("CompletedOrPassed"::equals).count());
        assertEquals("CompletedAndPassed", moveOns.get(7));
        assertNull(d.cmi5().children().get(0).masteryScore());
        assertEquals("Quiz", d.cmi5().children().get(7).titles().get("en-US"));
    }

    @Test
    void everyFixtureExtractsWithinTheDefaultLimits() throws IOException {
        Path dir = fixture("golf-xapi-tincan").getParent();
        try (Stream<Path> zips = Files.list(dir)) {
            for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                Path out = Files.createDirectory(tmp.resolve(zip.getFileName().toString() + ".d"));
                try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults())) {
                    archive.extractTo(out);
                    for (String name : archive.names()) {
                        assertTrue(Files.isRegularFile(out.resolve(name)), name);
                    }
                }
            }
        }
    }
}
