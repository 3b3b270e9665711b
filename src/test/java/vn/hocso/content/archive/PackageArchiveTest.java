package vn.hocso.content.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.hocso.content.TestZip;

class PackageArchiveTest {

    @TempDir
    Path tmp;

    private Path zipFile() {
        return tmp.resolve("upload.zip");
    }

    private PackageRejected rejected(Path zip, ImportLimits limits) {
        return assertThrows(PackageRejected.class, () -> PackageArchive.open(zip, limits).close());
    }

    @Test
    void opensAndExtractsAnOrdinaryZip() throws IOException {
        Path zip = TestZip.zip().add("index.html", "<p>hi</p>").add("css/", new byte[0])
                .add("css/site.css", "p{}").add("Bài học/ảnh.txt", "Xin chào").write(zipFile());
        Path out = Files.createDirectory(tmp.resolve("out"));
        try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults())) {
            assertEquals(List.of("index.html", "css/site.css", "Bài học/ảnh.txt"), archive.names());
            assertTrue(archive.contains("css/site.css"));
            assertFalse(archive.contains("css"), "folders are not files");
            assertTrue(archive.warnings().isEmpty());
            archive.extractTo(out);
        }
        assertEquals("<p>hi</p>", Files.readString(out.resolve("index.html")));
        assertEquals("Xin chào", Files.readString(out.resolve("Bài học/ảnh.txt")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "a/../../x", "/abs", "a\\b", "C:x", "a\u0000b", "a\tb", "a//b", "./a", "a/./b"})
    void rejectsUnsafeNamesBeforeExtracting(String name) throws IOException {
        Path zip = TestZip.zip().add("ok.txt", "ok").add(name, "evil").write(zipFile());
        PackageRejected e = rejected(zip, ImportLimits.defaults());
        assertEquals("zip.unsafePath", e.code());
        assertEquals(400, e.status());
        assertEquals(SafeNames.printable(name), e.args().get(0));
        assertFalse(e.getMessage().contains("\u0000"), "control characters are escaped in messages");
    }

    @Test
    void rejectsSymlinkEntries() throws IOException {
        Path zip = TestZip.zip().add("index.html", "x").add("link", "/etc/passwd").write(zipFile());
        TestZip.makeSymlink(zip, "link");
        PackageRejected e = rejected(zip, ImportLimits.defaults());
        assertEquals("zip.symlink", e.code());
        assertEquals(List.of("link"), e.args());
    }

    @Test
    void rejectsMoreEntriesThanTheLimit() throws IOException {
        TestZip builder = TestZip.zip();
        for (int i = 0; i <= 10; i++) {
            builder.add("f" + i + ".txt", "x");
        }
        PackageRejected e = rejected(builder.write(zipFile()), ImportLimits.defaults().withMaxEntries(10));
        assertEquals("zip.tooManyEntries", e.code());
        assertEquals(413, e.status());
        assertEquals(List.of("11", "10"), e.args());
    }

    @Test
    void rejectsAZipBombByRatio() throws IOException {
        Path zip = TestZip.zip().add("bomb.txt", new byte[2 * 1024 * 1024]).write(zipFile());
        PackageRejected e = rejected(zip, ImportLimits.defaults());
        assertEquals("zip.ratio", e.code());
        assertEquals(List.of("bomb.txt", "100"), e.args());
    }

    @Test
    void smallHighlyCompressibleFilesPassTheRatioCheck() throws IOException {
        Path zip = TestZip.zip().add("blank.css", new byte[500_000]).write(zipFile());
        try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults())) {
            assertEquals(500_000, archive.declaredUncompressedBytes());
        }
    }

    @Test
    void rejectsADeclaredTotalOverTheLimit() throws IOException {
        Path zip = TestZip.zip().addStored("a.bin", new byte[100_000]).addStored("b.bin", new byte[100_000])
                .addStored("c.bin", new byte[100_000]).write(zipFile());
        PackageRejected e = rejected(zip, ImportLimits.defaults().withMaxTotalUncompressedBytes(250_000));
        assertEquals("zip.tooLarge", e.code());
        assertEquals(413, e.status());
    }

    @Test
    void aLyingSizeHeaderIsCaughtWhileExtractingAndNothingIsLeft() throws IOException {
        Path zip = TestZip.zip().add("first.txt", "fine").add("liar.bin", new byte[3 * 1024 * 1024])
                .write(zipFile());
        TestZip.patchCentralRecord(zip, "liar.bin", b -> b.putInt(24, 10));
        Path out = Files.createDirectory(tmp.resolve("out"));
        try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults())) {
            assertEquals(14, archive.declaredUncompressedBytes(), "the forged header passes the up-front checks");
            PackageRejected e = assertThrows(PackageRejected.class, () -> archive.extractTo(out));
            assertEquals("zip.sizeMismatch", e.code());
            assertEquals(List.of("liar.bin", "10"), e.args());
        }
        try (Stream<Path> left = Files.list(out)) {
            assertEquals(0, left.count(), "a failed extraction removes what it wrote");
        }
    }

    @Test
    void rejectsDuplicateNames() throws IOException {
        Path zip = TestZip.zip().add("a.txt", "one").add("b.txt", "two").write(zipFile());
        TestZip.renameCentral(zip, "b.txt", "a.txt");
        PackageRejected e = rejected(zip, ImportLimits.defaults());
        assertEquals("zip.duplicate", e.code());
        assertEquals(List.of("a.txt"), e.args());
    }

    @Test
    void rejectsANameThatIsBothFileAndFolder() throws IOException {
        Path zip = TestZip.zip().add("a", "file").add("a/b.txt", "child").write(zipFile());
        assertEquals("zip.duplicate", rejected(zip, ImportLimits.defaults()).code());
    }

    @Test
    void namesDifferingOnlyInCaseAreAWarning() throws IOException {
        Path zip = TestZip.zip().add("Index.html", "A").add("index.html", "b").write(zipFile());
        try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults())) {
            assertEquals(1, archive.warnings().size());
            assertTrue(archive.warnings().get(0).contains("Index.html"));
            assertEquals(2, archive.names().size());
        }
    }

    @Test
    void rejectsFilesThatAreNotZips() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.zip"), "just some text, not a zip at all");
        PackageRejected e = rejected(text, ImportLimits.defaults());
        assertEquals("zip.notZip", e.code());
        assertEquals(400, e.status());
        assertEquals("zip.notZip", rejected(Files.write(tmp.resolve("empty.zip"), new byte[0]),
                ImportLimits.defaults()).code());
    }

    @Test
    void readsAnEntryAndRefusesOneOverTheLimit() throws IOException {
        Path zip = TestZip.zip().add("imsmanifest.xml", "<manifest/>").add("big.xml", new byte[5000])
                .write(zipFile());
        try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults())) {
            assertArrayEquals("<manifest/>".getBytes(StandardCharsets.UTF_8),
                    archive.readEntry("imsmanifest.xml", 100).orElseThrow());
            assertTrue(archive.readEntry("absent.xml", 100).isEmpty());
            PackageRejected e = assertThrows(PackageRejected.class, () -> archive.readEntry("big.xml", 4000));
            assertEquals("descriptor.tooLarge", e.code());
            assertEquals(413, e.status());
        }
    }

    @Test
    void extractionRequiresAnEmptyDirectory() throws IOException {
        Path zip = TestZip.zip().add("a.txt", "x").write(zipFile());
        Path out = Files.createDirectory(tmp.resolve("out"));
        Files.writeString(out.resolve("already.txt"), "here");
        try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults())) {
            assertThrows(IllegalArgumentException.class, () -> archive.extractTo(out));
        }
    }

    @Test
    void readsZip64ArchivesWithMoreThan65535Entries() throws IOException {
        int count = 65_600;
        TestZip builder = TestZip.zip();
        for (int i = 0; i < count; i++) {
            builder.addStored("d" + (i / 1000) + "/" + i, new byte[0]);
        }
        builder.add("last.txt", "the end");
        Path zip = builder.write(zipFile());
        try (PackageArchive archive = PackageArchive.open(zip, ImportLimits.defaults().withMaxEntries(70_000))) {
            assertEquals(count + 1, archive.names().size());
            assertArrayEquals("the end".getBytes(StandardCharsets.UTF_8),
                    archive.readEntry("last.txt", 100).orElseThrow());
        }
        assertEquals("zip.tooManyEntries", rejected(zip, ImportLimits.defaults()).code(),
                "the ZIP64 entry count is checked against the default limit");
    }
}
