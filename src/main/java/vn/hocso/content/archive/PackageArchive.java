package vn.hocso.content.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import vn.hocso.content.archive.PackageRejected.Reason;

/**
 * An uploaded package zip, checked entry by entry before anything is extracted. Reads through
 * {@link ZipFile} (central directory, ZIP64) and reads the central directory itself for the unix modes.
 *
 * <p>{@link #open} refuses (with {@link PackageRejected}): a file that is not a zip ({@code zip.notZip}), unsafe
 * names ({@code zip.unsafePath}, see {@link SafeNames}), symbolic links ({@code zip.symlink}), devices/FIFOs/sockets
 * ({@code zip.specialFile}), more entries than allowed ({@code zip.tooManyEntries}), a declared total size over the
 * limit ({@code zip.tooLarge}), an entry compressed more than the ratio limit ({@code zip.ratio}) and names that occur
 * twice or as both file and folder ({@code zip.duplicate}). Names that differ only in letter case are accepted with a
 * warning. {@link #extractTo} and {@link #readEntry} count the bytes actually inflated, so a size header that lies is
 * caught too ({@code zip.sizeMismatch}, {@code zip.tooLarge}, {@code zip.ratio}).
 *
 * <p>Not thread-safe. Close it to release the file.
 */
public final class PackageArchive implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final ZipFile zip;
    private final ImportLimits limits;
    private final Map<String, ZipEntry> entries;
    private final List<String> fileNames;
    private final List<String> warnings;
    private final long declaredTotal;

    private PackageArchive(ZipFile zip, ImportLimits limits, Map<String, ZipEntry> entries, List<String> warnings,
            long declaredTotal) {
        this.zip = zip;
        this.limits = limits;
        this.entries = entries;
        this.fileNames = entries.values().stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).toList();
        this.warnings = List.copyOf(warnings);
        this.declaredTotal = declaredTotal;
    }

    /**
     * Opens and validates a zip. Nothing is extracted.
     *
     * @param path the uploaded file
     * @param limits the limits to enforce
     * @return the validated archive; the caller closes it
     * @throws PackageRejected when the zip breaks a rule listed in the class comment
     * @throws IOException when the file cannot be read
     */
    public static PackageArchive open(Path path, ImportLimits limits) throws IOException {
        List<CentralDirectory.Record> records = CentralDirectory.read(path, limits.maxEntries());
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new PackageRejected(Reason.NOT_ZIP, e, String.valueOf(e.getMessage()));
        }
        try {
            return validate(zip, records, limits);
        } catch (RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static PackageArchive validate(ZipFile zip, List<CentralDirectory.Record> records, ImportLimits limits) {
        List<? extends ZipEntry> list = Collections.list(zip.entries());
        if (list.size() != records.size()) {
            throw new PackageRejected(Reason.NOT_ZIP, "the central directory is inconsistent");
        }
        Map<String, ZipEntry> byName = new LinkedHashMap<>();
        Map<String, String> byLowerName = new HashMap<>();
        List<String> warnings = new ArrayList<>();
        long total = 0;
        for (int i = 0; i < list.size(); i++) {
            ZipEntry entry = list.get(i);
            String name = entry.getName();
            if (!name.equals(records.get(i).name())) {
                throw new PackageRejected(Reason.NOT_ZIP, "the central directory is inconsistent");
            }
            SafeNames.requireSafe(name);
            checkType(name, records.get(i).unixMode());
            String key = stripSlash(name);
            if (byName.containsKey(key)) {
                throw new PackageRejected(Reason.DUPLICATE, key);
            }
            byName.put(key, entry);
            String other = byLowerName.putIfAbsent(key.toLowerCase(Locale.ROOT), key);
            if (other != null) {
                warnings.add("The names \"" + other + "\" and \"" + key + "\" differ only in letter case; links "
                        + "to them are served case-sensitively.");
            }
            if (entry.getSize() < 0 || entry.getCompressedSize() < 0) {
                throw new PackageRejected(Reason.NOT_ZIP, "entry sizes are missing");
            }
            checkRatio(name, entry.getSize(), entry.getCompressedSize(), limits);
            total += entry.getSize();
            if (total > limits.maxTotalUncompressedBytes() || total < 0) {
                throw new PackageRejected(Reason.TOO_LARGE, Long.toString(limits.maxTotalUncompressedBytes()));
            }
        }
        checkFileFolderConflicts(byName);
        return new PackageArchive(zip, limits, Collections.unmodifiableMap(byName), warnings, total);
    }

    private static String stripSlash(String name) {
        return name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
    }

    private static void checkType(String name, int mode) {
        int type = mode & CentralDirectory.S_IFMT;
        if (type == CentralDirectory.S_IFLNK) {
            throw new PackageRejected(Reason.SYMLINK, name);
        }
        if (type != 0 && type != CentralDirectory.S_IFREG && type != CentralDirectory.S_IFDIR) {
            throw new PackageRejected(Reason.SPECIAL_FILE, name);
        }
    }

    private static void checkRatio(String name, long size, long compressed, ImportLimits limits) {
        if (size > limits.ratioCheckMinBytes()
                && (compressed <= 0 || size / compressed > limits.maxEntryCompressionRatio())) {
            throw new PackageRejected(Reason.RATIO, name, Long.toString(limits.maxEntryCompressionRatio()));
        }
    }

    /** A file "a" and any entry "a/..." cannot both be extracted. */
    private static void checkFileFolderConflicts(Map<String, ZipEntry> byName) {
        for (String key : byName.keySet()) {
            for (int slash = key.indexOf('/'); slash > 0; slash = key.indexOf('/', slash + 1)) {
                ZipEntry parent = byName.get(key.substring(0, slash));
                if (parent != null && !parent.isDirectory()) {
                    throw new PackageRejected(Reason.DUPLICATE, key.substring(0, slash));
                }
            }
        }
    }

    /** @return the names of the file entries (folders left out), in central-directory order */
    public List<String> names() {
        return fileNames;
    }

    /**
     * @param name an entry name as it appears in the zip
     * @return whether the zip has a file (not a folder) of exactly that name
     */
    public boolean contains(String name) {
        ZipEntry entry = entries.get(name);
        return entry != null && !entry.isDirectory();
    }

    /** @return problems that do not stop the import (names differing only in letter case) */
    public List<String> warnings() {
        return warnings;
    }

    /** @return the sum of the declared uncompressed sizes, already checked against the limit */
    public long declaredUncompressedBytes() {
        return declaredTotal;
    }

    /** @return the limits this archive was opened with */
    public ImportLimits limits() {
        return limits;
    }

    /**
     * Reads one file entry into memory, counting the bytes actually inflated.
     *
     * @param name the entry name
     * @param maxBytes the most bytes accepted
     * @return the content, or empty when there is no such file entry
     * @throws PackageRejected {@code descriptor.tooLarge} over {@code maxBytes}; {@code zip.sizeMismatch} when the
     *         entry does not inflate to its declared size
     * @throws IOException when the zip cannot be read
     */
    public Optional<byte[]> readEntry(String name, int maxBytes) throws IOException {
        if (!contains(name)) {
            return Optional.empty();
        }
        ZipEntry entry = entries.get(name);
        if (entry.getSize() > maxBytes) {
            throw new PackageRejected(Reason.DESCRIPTOR_TOO_LARGE, name, Integer.toString(maxBytes));
        }
        var out = new java.io.ByteArrayOutputStream((int) entry.getSize());
        try {
            copy(entry, out, maxBytes);
        } catch (PackageRejected e) {
            if (e.reason() == Reason.TOO_LARGE) {
                throw new PackageRejected(Reason.DESCRIPTOR_TOO_LARGE, name, Integer.toString(maxBytes));
            }
            throw e;
        }
        return Optional.of(out.toByteArray());
    }

    /**
     * Writes every entry below {@code dir}. Each target is resolved, normalised and required to stay inside
     * {@code dir}, and created with {@code CREATE_NEW}. The bytes actually inflated are counted against the declared
     * sizes, the total limit and the ratio limit; on any failure everything written to {@code dir} is deleted again.
     *
     * @param dir an existing, empty directory
     * @throws PackageRejected {@code zip.sizeMismatch}, {@code zip.tooLarge}, {@code zip.ratio}, {@code zip.unsafePath}
     *         or {@code zip.duplicate} (see the class comment)
     * @throws IOException when writing fails
     * @throws IllegalArgumentException when {@code dir} is not an empty directory
     */
    public void extractTo(Path dir) throws IOException {
        Path root = dir.toAbsolutePath().normalize();
        try (Stream<Path> existing = Files.list(root)) {
            if (existing.findAny().isPresent()) {
                throw new IllegalArgumentException("extraction directory is not empty: " + root);
            }
        }
        try {
            long remaining = limits.maxTotalUncompressedBytes();
            for (ZipEntry entry : entries.values()) {
                remaining -= extractOne(root, entry, remaining);
            }
        } catch (IOException | RuntimeException e) {
            try {
                deleteContents(root);
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private long extractOne(Path root, ZipEntry entry, long remaining) throws IOException {
        Path target = root.resolve(entry.getName()).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new PackageRejected(Reason.UNSAFE_PATH, entry.getName(), "it resolves outside the package");
        }
        try {
            if (entry.isDirectory()) {
                Files.createDirectories(target);
                return 0;
            }
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                return copy(entry, out, remaining);
            }
        } catch (FileAlreadyExistsException e) {
            throw new PackageRejected(Reason.DUPLICATE, e, entry.getName());
        }
    }

    /** Copies one entry, stopping as soon as it exceeds its declared size, {@code cap} or the ratio limit. */
    private long copy(ZipEntry entry, OutputStream out, long cap) throws IOException {
        long declared = entry.getSize();
        byte[] buffer = new byte[BUFFER];
        long count = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                count += n;
                if (count > cap) {
                    throw new PackageRejected(Reason.TOO_LARGE, Long.toString(limits.maxTotalUncompressedBytes()));
                }
                if (count > declared) {
                    throw new PackageRejected(Reason.SIZE_MISMATCH, entry.getName(), Long.toString(declared));
                }
                checkRatio(entry.getName(), count, entry.getCompressedSize(), limits);
                out.write(buffer, 0, n);
            }
        } catch (ZipException e) {
            throw new PackageRejected(Reason.NOT_ZIP, e, entry.getName() + ": " + e.getMessage());
        }
        if (count != declared) {
            throw new PackageRejected(Reason.SIZE_MISMATCH, entry.getName(), Long.toString(declared));
        }
        return count;
    }

    private static void deleteContents(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(root)).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Releases the zip file. */
    @Override
    public void close() throws IOException {
        zip.close();
    }
}
