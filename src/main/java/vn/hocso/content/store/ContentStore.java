package vn.hocso.content.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where extracted package files live: a flat key space of {@code /}-separated keys (e.g.
 * {@code packages/42/v3/shared/launchpage.html}). Keys follow {@link vn.hocso.content.archive.SafeNames} (no
 * {@code ..}, no leading {@code /}, no backslash, colon or control characters); a bad key is an
 * {@link IllegalArgumentException}. Content is data only: a store never executes or interprets what it holds.
 *
 * <p>Implementations: {@link FileSystemContentStore}; an S3-compatible store can implement the same interface (the
 * {@code Path} parameters are local sources to upload; {@link StoredFile#localPath()} is an optional fast path).
 */
public interface ContentStore {

    /**
     * Stores one file under a key, replacing any file already there. Readers see either the old or the new content,
     * never a partial one.
     *
     * @param key the key
     * @param source a local file to copy
     * @throws IOException when the copy fails (the key is then unchanged)
     * @throws IllegalArgumentException for an unsafe key
     */
    void put(String key, Path source) throws IOException;

    /**
     * Stores every regular file below a local directory under {@code prefix + "/" + relative path}, all or nothing:
     * when it fails, no key under the prefix exists. Symbolic links in the directory are refused.
     *
     * @param prefix a key prefix that holds nothing yet (a new package version)
     * @param dir the directory to copy (e.g. the output of
     *        {@link vn.hocso.content.archive.PackageArchive#extractTo(Path)})
     * @throws java.nio.file.FileAlreadyExistsException when something is already stored under the prefix
     * @throws IOException when the copy fails
     * @throws IllegalArgumentException for an unsafe prefix or a file name that would make an unsafe key
     */
    void putDirectory(String prefix, Path dir) throws IOException;

    /**
     * @param key the key
     * @return the stored file, or empty when none is stored under that key (folders are not files)
     * @throws IOException when the store cannot be asked
     * @throws IllegalArgumentException for an unsafe key
     */
    Optional<StoredFile> open(String key) throws IOException;

    /**
     * @param key the key
     * @return whether a file is stored under it
     * @throws IOException when the store cannot be asked
     * @throws IllegalArgumentException for an unsafe key
     */
    boolean exists(String key) throws IOException;

    /**
     * Deletes every file whose key is the prefix or starts with {@code prefix + "/"}. Deleting nothing is not an
     * error.
     *
     * @param prefix the prefix
     * @throws IOException when deleting fails
     * @throws IllegalArgumentException for an unsafe prefix
     */
    void deletePrefix(String prefix) throws IOException;
}
