package vn.hocso.competency.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What proof files of prior qualifications may be: PDF, PNG or JPEG, recognised by their first bytes (the name and
 * the declared type are not trusted), at most {@link #MAX_BYTES}.
 */
public final class EvidenceProofs {

    /** Largest proof file accepted: 10 MiB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** An accepted type: media type, file extension and signature. */
    public enum Type {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff});

        public final String mediaType;
        public final String extension;
        private final byte[] signature;

        Type(String mediaType, String extension, byte[] signature) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.signature = signature;
        }
    }

    private EvidenceProofs() {
    }

    /**
     * The type of a file by its content.
     *
     * @return empty when it is none of the accepted types
     * @throws IOException when the file cannot be read
     */
    public static Optional<Type> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        for (Type t : Type.values()) {
            if (head.length >= t.signature.length
                    && Arrays.equals(Arrays.copyOf(head, t.signature.length), t.signature)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
