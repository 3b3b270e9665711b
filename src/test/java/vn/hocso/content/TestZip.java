package vn.hocso.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import vn.hocso.content.archive.ImportLimits;
import vn.hocso.content.archive.PackageArchive;

/** Builds zips for tests, including ones no honest tool would write (by patching central-directory records). */
public final class TestZip {

    private final Map<String, byte[]> entries = new LinkedHashMap<>();
    private final Map<String, Boolean> stored = new LinkedHashMap<>();

    /** @return an empty builder */
    public static TestZip zip() {
        return new TestZip();
    }

    /** Adds a deflated entry (a name ending in "/" is a folder). */
    public TestZip add(String name, byte[] content) {
        entries.put(name, content);
        return this;
    }

    /** Adds a deflated UTF-8 text entry. */
    public TestZip add(String name, String content) {
        return add(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Adds a STORED (uncompressed) entry. */
    public TestZip addStored(String name, byte[] content) {
        stored.put(name, true);
        return add(name, content);
    }

    /** Writes the zip to {@code file} and returns it. */
    public Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (stored.containsKey(e.getKey())) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(e.getValue().length);
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** Writes the zip to a new file in {@code dir} and opens it with the default limits; the caller closes it. */
    public PackageArchive open(Path dir) throws IOException {
        return PackageArchive.open(write(Files.createTempFile(dir, "package", ".zip")), ImportLimits.defaults());
    }

    /**
     * Rewrites the central-directory record of one entry in place.
     *
     * @param zip the zip file
     * @param name the entry's name
     * @param patch receives a little-endian buffer positioned at the record's signature (offsets as in APPNOTE
     *        4.3.12: 4 version made by, 24 uncompressed size, 38 external attributes, 46 name)
     */
    public static void patchCentralRecord(Path zip, String name, Consumer<ByteBuffer> patch) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] wanted = name.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 <= bytes.length; i++) {
            if (buf.getInt(i) == 0x02014b50 && (buf.getShort(i + 28) & 0xFFFF) == wanted.length
                    && java.util.Arrays.equals(bytes, i + 46, i + 46 + wanted.length, wanted, 0, wanted.length)) {
                patch.accept(buf.duplicate().order(ByteOrder.LITTLE_ENDIAN).position(i).slice()
                        .order(ByteOrder.LITTLE_ENDIAN));
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalArgumentException("no central record for " + name);
    }

    /** Marks an entry as a unix symbolic link (made by unix, mode 0120777). */
    public static void makeSymlink(Path zip, String name) throws IOException {
        patchCentralRecord(zip, name, b -> {
            b.putShort(4, (short) 0x0314);
            b.putInt(38, 0120777 << 16);
        });
    }

    /** Renames an entry in the central directory (same byte length), e.g. to forge a duplicate. */
    public static void renameCentral(Path zip, String name, String newName) throws IOException {
        byte[] replacement = newName.getBytes(StandardCharsets.UTF_8);
        patchCentralRecord(zip, name, b -> b.put(46, replacement));
    }
}
