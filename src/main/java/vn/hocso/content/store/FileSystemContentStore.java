package vn.hocso.content.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import vn.hocso.content.archive.SafeNames;

/**
 * A {@link ContentStore} in a local directory: files under {@code root/objects/<key>}, work in progress under
 * {@code root/staging/}. Writes are staged and then renamed into place ({@code ATOMIC_MOVE}), so a failed write
 * leaves nothing under its key or prefix, and a prefix is deleted by first renaming it away. {@code root} must be
 * outside the application's static-resource roots and on one file system.
 */
public final class FileSystemContentStore implements ContentStore {

    private final Path objects;
    private final Path staging;

    /**
     * @param root the store's directory; created if missing
     * @throws IOException when the directories cannot be created
     */
    public FileSystemContentStore(Path root) throws IOException {
        Path base = root.toAbsolutePath().normalize();
        this.objects = Files.createDirectories(base.resolve("objects"));
        this.staging = Files.createDirectories(base.resolve("staging"));
    }

    @Override
    public void put(String key, Path source) throws IOException {
        Path target = resolve(key);
        Path temp = staging.resolve(UUID.randomUUID() + ".tmp");
        try {
            Files.copy(source, temp);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void putDirectory(String prefix, Path dir) throws IOException {
        Path target = resolve(prefix);
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            throw new FileAlreadyExistsException(prefix);
        }
        Path source = dir.toAbsolutePath().normalize();
        Path temp = staging.resolve(UUID.randomUUID().toString());
        try {
            copyTree(source, temp);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(temp);
        }
    }

    private static void copyTree(Path source, Path temp) throws IOException {
        Files.createDirectories(temp);
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(p -> !p.equals(source)).toList()) {
                String relative = source.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
                requireKey(relative);
                if (Files.isSymbolicLink(p)) {
                    throw new IllegalArgumentException("symbolic links cannot be stored: " + relative);
                }
                Path copy = temp.resolve(relative);
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy.getParent());
                    Files.copy(p, copy);
                }
            }
        }
    }

    @Override
    public Optional<StoredFile> open(String key) throws IOException {
        Path path = resolve(key);
        try {
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            return Optional.of(new LocalFile(key, path, attributes.size(),
                    attributes.lastModifiedTime().toInstant()));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean exists(String key) throws IOException {
        return open(key).isPresent();
    }

    @Override
    public void deletePrefix(String prefix) throws IOException {
        Path path = resolve(prefix);
        Path doomed = staging.resolve(UUID.randomUUID() + ".deleted");
        try {
            Files.move(path, doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return;
        }
        deleteTree(doomed);
    }

    private Path resolve(String key) {
        requireKey(key);
        Path path = objects.resolve(key).normalize();
        if (!path.startsWith(objects) || path.equals(objects)) {
            throw new IllegalArgumentException("unsafe key: " + SafeNames.printable(key));
        }
        return path;
    }

    private static void requireKey(String key) {
        Optional<String> problem = SafeNames.problem(key);
        if (problem.isPresent() || key.endsWith("/")) {
            throw new IllegalArgumentException("unsafe key \"" + SafeNames.printable(key) + "\": "
                    + problem.orElse("it ends with '/'"));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path p : paths) {
            Files.deleteIfExists(p);
        }
    }

    /** A stored file backed by a local path; ranges are read with a positioned channel. */
    private record LocalFile(String key, Path path, long size, Instant lastModified) implements StoredFile {

        @Override
        public InputStream openStream() throws IOException {
            return Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        }

        @Override
        public InputStream openRange(long offset, long length) throws IOException {
            if (offset < 0 || length < 0 || offset > size) {
                throw new IllegalArgumentException("bad range " + offset + "+" + length + " of " + size);
            }
            FileChannel channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            channel.position(offset);
            return new BoundedInputStream(Channels.newInputStream(channel), length);
        }

        @Override
        public Optional<Path> localPath() {
            return Optional.of(path);
        }
    }
}
