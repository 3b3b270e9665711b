package vn.hocso.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.hocso.content.archive.ImportLimits;
import vn.hocso.content.archive.PackageArchive;
import vn.hocso.content.archive.PackageRejected;
import vn.hocso.content.config.ContentConfig;
import vn.hocso.content.descriptor.DescriptorReader;
import vn.hocso.content.model.PackageDescriptor;
import vn.hocso.content.store.ContentStore;
import vn.hocso.platform.web.DomainException;

/**
 * Turns an uploaded archive into stored package files: checks the archive (paths, links, sizes), reads and checks
 * its descriptor, extracts it to a private working directory and hands the files to the content store under a fresh
 * prefix. No database work: callers record the result and call {@link #discard} if that fails.
 */
@ApplicationScoped
public class PackageImporter {

    /** What an import produced. */
    public record Imported(PackageDescriptor descriptor, String storagePrefix, int fileCount, long totalBytes,
            String sha256) {
    }

    @Inject
    ContentStore store;

    @Inject
    ContentConfig config;

    @ConfigProperty(name = "hocso.data-dir", defaultValue = "data")
    Path dataDir;

    /**
     * Imports an archive.
     *
     * @throws DomainException 400/413/422 (nothing stored) when the archive or descriptor is unsafe or invalid, with
     *         the reason in the user's language
     * @throws UncheckedIOException when the disk fails (nothing stored)
     */
    public Imported importArchive(Path upload) {
        String sha256 = sha256(upload);
        ImportLimits limits = ImportLimits.defaults().withMaxEntries(config.limits().maxEntries())
                .withMaxTotalUncompressedBytes(config.limits().maxUncompressedBytes())
                .withRatio(config.limits().maxCompressionRatio(), ImportLimits.DEFAULT_RATIO_CHECK_MIN_BYTES);
        Path work = null;
        String prefix = "packages/" + UUID.randomUUID();
        Optional<byte[]> bareXml = bareCmi5(upload, limits.maxDescriptorBytes());
        if (bareXml.isPresent()) {
            try {
                // cmi5 allows a course structure without a zip: its AUs are absolute URLs, no files are stored
                return new Imported(DescriptorReader.readBareCmi5(bareXml.get(), limits.maxDescriptorBytes()), prefix,
                        0, 0, sha256);
            } catch (PackageRejected e) {
                throw rejected(e);
            }
        }
        try (PackageArchive archive = PackageArchive.open(upload, limits)) {
            PackageDescriptor descriptor = DescriptorReader.read(archive);
            Path imports = Files.createDirectories(dataDir.resolve("imports"));
            work = Files.createTempDirectory(imports, "import-");
            archive.extractTo(work);
            int[] files = {0};
            long[] bytes = {0};
            try (Stream<Path> walk = Files.walk(work)) {
                walk.filter(Files::isRegularFile).forEach(f -> {
                    files[0]++;
                    bytes[0] += f.toFile().length();
                });
            }
            store.putDirectory(prefix, work);
            return new Imported(descriptor, prefix, files[0], bytes[0], sha256);
        } catch (PackageRejected e) {
            deleteFiles(prefix);
            throw rejected(e);
        } catch (IOException e) {
            deleteFiles(prefix);
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(work);
        }
    }

    /**
     * The upload as a bare cmi5 course structure: an XML file (not a zip) whose root element is courseStructure,
     * within the descriptor size limit.
     */
    private static Optional<byte[]> bareCmi5(Path upload, int maxBytes) {
        try {
            if (Files.size(upload) > maxBytes) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(upload);
            if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
                return Optional.empty();
            }
            String head = new String(bytes, 0, Math.min(bytes.length, 4096), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("\uFEFF", "").strip();
            return head.startsWith("<") && head.contains("courseStructure") ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the files of an import whose rows could not be written. */
    public void discard(Imported imported) {
        deleteFiles(imported.storagePrefix());
    }

    /** Removes the files of a deleted package version. */
    public void deleteFiles(String storagePrefix) {
        try {
            store.deletePrefix(storagePrefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The refusal in the user's language (Vietnamese per reason code; English from the archive checks). */
    static DomainException rejected(PackageRejected e) {
        List<String> args = e.args();
        String a = args.isEmpty() ? "" : args.get(0);
        String b = args.size() < 2 ? "" : args.get(1);
        return new DomainException(e.status(), m -> m.error_packageRejected(e.code(), a, b, e.getMessage()));
    }

    private static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
