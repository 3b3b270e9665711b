package vn.hocso.content.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileSystemContentStoreTest {

    @TempDir
    Path tmp;

    private Path root;
    private ContentStore store;

    @BeforeEach
    void setUp() throws IOException {
        root = tmp.resolve("store");
        store = new FileSystemContentStore(root);
    }

    private Path source(String name, String content) throws IOException {
        Path file = tmp.resolve("src").resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private long stagingEntries() throws IOException {
        try (Stream<Path> s = Files.list(root.resolve("staging"))) {
            return s.count();
        }
    }

    @Test
    void putThenOpenReturnsSizeContentRangesAndALocalPath() throws IOException {
        store.put("packages/1/index.html", source("a.html", "0123456789"));
        StoredFile file = store.open("packages/1/index.html").orElseThrow();
        assertEquals(10, file.size());
        assertEquals("0123456789", read(file.openStream()));
        assertEquals("345", read(file.openRange(3, 3)));
        assertEquals("89", read(file.openRange(8, 100)));
        assertTrue(file.localPath().orElseThrow().startsWith(root));
        assertTrue(store.exists("packages/1/index.html"));
        assertFalse(store.exists("packages/1"), "a folder is not a file");
        assertTrue(store.open("packages/2/index.html").isEmpty());
        assertEquals(0, stagingEntries());
    }

    @Test
    void putReplacesAnExistingFile() throws IOException {
        store.put("k/a.txt", source("one.txt", "one"));
        store.put("k/a.txt", source("two.txt", "two!"));
        assertEquals("two!", read(store.open("k/a.txt").orElseThrow().openStream()));
    }

    @Test
    void putDirectoryCopiesATreeUnderAPrefixOnce() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("extracted/shared"));
        Files.writeString(dir.resolve("launchpage.html"), "launch");
        Files.writeString(tmp.resolve("extracted/imsmanifest.xml"), "<manifest/>");
        store.putDirectory("packages/7/v1", tmp.resolve("extracted"));
        assertEquals("launch", read(store.open("packages/7/v1/shared/launchpage.html").orElseThrow().openStream()));
        assertTrue(store.exists("packages/7/v1/imsmanifest.xml"));
        assertThrows(FileAlreadyExistsException.class,
                () -> store.putDirectory("packages/7/v1", tmp.resolve("extracted")));
        assertEquals(0, stagingEntries());
    }

    @Test
    void aFailedPutDirectoryLeavesNothing() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("extracted"));
        Files.writeString(dir.resolve("a.html"), "a");
        Files.createSymbolicLink(dir.resolve("z-link"), Path.of("/etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store.putDirectory("packages/8", dir));
        assertFalse(store.exists("packages/8/a.html"));
        assertFalse(Files.exists(root.resolve("objects/packages/8")));
        assertEquals(0, stagingEntries());
    }

    @Test
    void deletePrefixRemovesEverythingBelowIt() throws IOException {
        store.put("packages/9/v1/a.html", source("a.html", "a"));
        store.put("packages/9/v1/b/c.html", source("c.html", "c"));
        store.put("packages/90/keep.html", source("k.html", "k"));
        store.deletePrefix("packages/9");
        assertFalse(store.exists("packages/9/v1/a.html"));
        assertFalse(store.exists("packages/9/v1/b/c.html"));
        assertTrue(store.exists("packages/90/keep.html"), "a longer prefix is another package");
        store.deletePrefix("packages/does-not-exist");
        assertEquals(0, stagingEntries());
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escape", "/abs", "a\\b", "C:x", "a/../../b", "a\u0000b", "", "dir/"})
    void unsafeKeysAreRefused(String key) throws IOException {
        Path file = source("x.txt", "x");
        assertThrows(IllegalArgumentException.class, () -> store.put(key, file));
        assertThrows(IllegalArgumentException.class, () -> store.open(key));
        assertThrows(IllegalArgumentException.class, () -> store.deletePrefix(key));
    }

    @Test
    void theDefaultRangeImplementationSkipsAndBounds() throws IOException {
        byte[] data = "abcdefgh".getBytes(StandardCharsets.UTF_8);
        StoredFile remote = new StoredFile() {
            @Override
            public String key() {
                return "k";
            }

            @Override
            public long size() {
                return data.length;
            }

            @Override
            public java.time.Instant lastModified() {
                return java.time.Instant.EPOCH;
            }

            @Override
            public InputStream openStream() {
                return new java.io.ByteArrayInputStream(data);
            }
        };
        try (InputStream in = remote.openRange(2, 3)) {
            assertArrayEquals("cde".getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        assertTrue(remote.localPath().isEmpty());
        assertThrows(IllegalArgumentException.class, () -> remote.openRange(9, 1));
    }
}
