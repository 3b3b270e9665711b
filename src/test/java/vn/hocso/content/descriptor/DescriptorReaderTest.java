package vn.hocso.content.descriptor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.hocso.content.TestZip;
import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.model.Standard;

class DescriptorReaderTest {

    @TempDir
    Path tmp;

    private PackageRejected rejected(TestZip zip) throws IOException {
        try (PackageArchive archive = zip.open(tmp)) {
            return assertThrows(PackageRejected.class, () -> DescriptorReader.read(archive));
        }
    }

    @Test
    void aManifestOnlyInASubFolderIsRejectedNamingTheFolder() throws IOException {
        PackageRejected e = rejected(TestZip.zip().add("My Course/imsmanifest.xml", Manifests.oneSco("a.html"))
                .add("My Course/a.html", "x").add("__MACOSX/My Course/imsmanifest.xml", "junk"));
        assertEquals("descriptor.nestedOnly", e.code());
        assertEquals(List.of("My Course/", "imsmanifest.xml"), e.args());
        assertTrue(e.getMessage().contains("inside the folder \"My Course/\""), e.getMessage());
    }

    @Test
    void aZipWithoutAnyDescriptorIsRejected() throws IOException {
        PackageRejected e = rejected(TestZip.zip().add("index.html", "x").add("docs/readme.txt", "y"));
        assertEquals("descriptor.missing", e.code());
        assertEquals(422, e.status());
    }

    @Test
    void cmi5TakesPrecedenceOverOtherRootDescriptorsWithAWarning() throws IOException {
        try (PackageArchive archive = TestZip.zip().add("cmi5.xml", Cmi5ParserTest.course("index.html"))
                .add("index.html", "x").add("tincan.xml", "<tincan/>").open(tmp)) {
            PackageDescriptor d = DescriptorReader.read(archive);
            assertEquals(Standard.CMI5, d.standard());
            assertEquals(1, d.warnings().size());
            assertTrue(d.warnings().get(0).contains("tincan.xml"));
        }
    }

    @Test
    void archiveWarningsComeFirst() throws IOException {
        try (PackageArchive archive = TestZip.zip().add("imsmanifest.xml", Manifests.oneSco("a.html"))
                .add("a.html", "x").add("A.html", "y").open(tmp)) {
            PackageDescriptor d = DescriptorReader.read(archive);
            assertEquals(Standard.SCORM_12, d.standard());
            assertTrue(d.warnings().get(0).contains("letter case"), d.warnings().toString());
        }
    }

    @Test
    void aDescriptorOverTheSizeLimitIsRejected() throws IOException {
        String huge = Manifests.oneSco("a.html").replace("<title>One</title>",
                "<title>" + "x".repeat(9 * 1024 * 1024) + "</title>");
        PackageRejected e = rejected(TestZip.zip()
                .addStored("imsmanifest.xml", huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .add("a.html", "x"));
        assertEquals("descriptor.tooLarge", e.code());
        assertEquals(413, e.status());
    }
}
