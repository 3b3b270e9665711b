package vn.hocso.content.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** A file in a {@link ContentStore}, as found by {@link ContentStore#open(String)}. */
public interface StoredFile {

    /** @return the key it was stored under */
    String key();

    /** @return its size in bytes */
    long size();

    /** @return when it was last written */
    Instant lastModified();

    /**
     * @return a new stream over the whole content; the caller closes it
     * @throws IOException when the content cannot be read (e.g. deleted since {@code open})
     */
    InputStream openStream() throws IOException;

    /**
     * Opens a byte range (HTTP range requests, video seeking). The default skips through {@link #openStream()};
     * stores that can seek or ask for a range override it.
     *
     * @param offset first byte, 0 ≤ offset ≤ size
     * @param length most bytes to read
     * @return a stream of at most {@code length} bytes starting at {@code offset}; the caller closes it
     * @throws IOException when the content cannot be read
     * @throws IllegalArgumentException when offset or length is negative or offset exceeds the size
     */
    default InputStream openRange(long offset, long length) throws IOException {
        if (offset < 0 || length < 0 || offset > size()) {
            throw new IllegalArgumentException("bad range " + offset + "+" + length + " of " + size());
        }
        InputStream in = openStream();
        in.skipNBytes(offset);
        return new BoundedInputStream(in, length);
    }

    /**
     * @return the local file holding the content, when the store keeps one (zero-copy / sendfile serving); empty
     *         for remote stores. Callers must only read it.
     */
    default Optional<Path> localPath() {
        return Optional.empty();
    }
}
