package vn.hocso.content.archive;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a zip's central directory (plain and ZIP64) for what {@link java.util.zip.ZipFile} does not expose: each
 * entry's external attributes (unix mode). Entries come back in central-directory order, the order in which
 * {@code ZipFile.entries()} enumerates them.
 */
final class CentralDirectory {

    /** One central-directory record. */
    record Record(String name, int versionMadeBy, long externalAttributes) {

        /** @return the unix mode from the upper 16 bits of the external attributes (0 when none) */
        int unixMode() {
            return (int) ((externalAttributes >>> 16) & 0xFFFF);
        }
    }

    static final int S_IFMT = 0170000;
    static final int S_IFLNK = 0120000;
    static final int S_IFREG = 0100000;
    static final int S_IFDIR = 0040000;

    private static final int EOCD_SIG = 0x06054b50;
    private static final int ZIP64_LOCATOR_SIG = 0x07064b50;
    private static final int ZIP64_EOCD_SIG = 0x06064b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int EOCD_LEN = 22;
    private static final int CEN_LEN = 46;
    /** A central directory larger than this is refused (20,000 entries need ~2 MB with ordinary names). */
    private static final long MAX_CEN_BYTES = 256L * 1024 * 1024;

    private CentralDirectory() {
    }

    /**
     * @param zip the zip file
     * @param maxEntries entry limit, checked against the declared count before any record is read
     * @return the records in order
     * @throws PackageRejected zip.notZip, zip.tooManyEntries or zip.tooLarge
     * @throws IOException when the file cannot be read
     */
    static List<Record> read(Path zip, int maxEntries) throws IOException {
        try (FileChannel ch = FileChannel.open(zip, StandardOpenOption.READ)) {
            long size = ch.size();
            long eocd = findEocd(ch, size);
            ByteBuffer end = readAt(ch, eocd, EOCD_LEN);
            long count = end.getShort(10) & 0xFFFF;
            long cenSize = end.getInt(12) & 0xFFFFFFFFL;
            long endOfCen = eocd;
            if (eocd >= 20) {
                ByteBuffer loc = readAt(ch, eocd - 20, 20);
                if (loc.getInt(0) == ZIP64_LOCATOR_SIG) {
                    long z64 = loc.getLong(8);
                    ByteBuffer rec = z64 >= 0 && z64 + 56 <= size ? readAt(ch, z64, 56) : null;
                    if (rec == null || rec.getInt(0) != ZIP64_EOCD_SIG) {
                        throw notZip("the ZIP64 end record is missing");
                    }
                    count = rec.getLong(32);
                    cenSize = rec.getLong(40);
                    endOfCen = z64;
                }
            }
            if (count < 0 || count > maxEntries) {
                throw new PackageRejected(PackageRejected.Reason.TOO_MANY_ENTRIES, Long.toUnsignedString(count),
                        Integer.toString(maxEntries));
            }
            if (cenSize < 0 || cenSize > MAX_CEN_BYTES) {
                throw new PackageRejected(PackageRejected.Reason.NOT_ZIP, "the central directory is too large");
            }
            long cenStart = endOfCen - cenSize;
            if (cenStart < 0) {
                throw notZip("the central directory is truncated");
            }
            return parse(readAt(ch, cenStart, (int) cenSize), (int) count);
        }
    }

    private static List<Record> parse(ByteBuffer cen, int count) {
        List<Record> records = new ArrayList<>(count);
        int pos = 0;
        for (int i = 0; i < count; i++) {
            if (pos + CEN_LEN > cen.limit() || cen.getInt(pos) != CEN_SIG) {
                throw notZip("central directory record " + i + " is damaged");
            }
            int madeBy = cen.getShort(pos + 4) & 0xFFFF;
            int flags = cen.getShort(pos + 8) & 0xFFFF;
            int nameLen = cen.getShort(pos + 28) & 0xFFFF;
            int extraLen = cen.getShort(pos + 30) & 0xFFFF;
            int commentLen = cen.getShort(pos + 32) & 0xFFFF;
            long external = cen.getInt(pos + 38) & 0xFFFFFFFFL;
            int next = pos + CEN_LEN + nameLen + extraLen + commentLen;
            if (next > cen.limit()) {
                throw notZip("central directory record " + i + " is truncated");
            }
            byte[] nameBytes = new byte[nameLen];
            cen.get(pos + CEN_LEN, nameBytes);
            records.add(new Record(decodeName(nameBytes, flags), madeBy, external));
            pos = next;
        }
        return records;
    }

    /** Names are decoded as UTF-8 whatever the language-encoding flag says, as {@code new ZipFile(path)} does. */
    private static String decodeName(byte[] bytes, int flags) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw notZip("an entry name is not valid UTF-8");
        }
    }

    private static long findEocd(FileChannel ch, long size) throws IOException {
        if (size < EOCD_LEN) {
            throw notZip("the file is too short");
        }
        int window = (int) Math.min(size, EOCD_LEN + 0xFFFFL);
        ByteBuffer tail = readAt(ch, size - window, window);
        for (int i = window - EOCD_LEN; i >= 0; i--) {
            if (tail.getInt(i) == EOCD_SIG && i + EOCD_LEN + (tail.getShort(i + 20) & 0xFFFF) <= window) {
                return size - window + i;
            }
        }
        throw notZip("no end of central directory record");
    }

    private static ByteBuffer readAt(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(len).order(ByteOrder.LITTLE_ENDIAN);
        while (buf.hasRemaining()) {
            if (ch.read(buf, pos + buf.position()) < 0) {
                throw notZip("unexpected end of file");
            }
        }
        return buf.flip();
    }

    private static PackageRejected notZip(String detail) {
        return new PackageRejected(PackageRejected.Reason.NOT_ZIP, detail);
    }
}
