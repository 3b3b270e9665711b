package vn.hocso.content.delivery;

/** The one byte range of an HTTP {@code Range} header that the content server honours. */
final class ByteRange {

    private ByteRange() {
    }

    /**
     * Parses {@code bytes=a-b}, {@code bytes=a-} or {@code bytes=-n} against a resource of {@code size} bytes.
     *
     * @return {first, last} (inclusive) for a satisfiable single range; an empty array when the header should be
     *         ignored (not bytes, several ranges, malformed: serve the whole file); null when unsatisfiable (416)
     */
    static long[] parse(String header, long size) {
        String h = header.trim();
        if (!h.startsWith("bytes=") || h.indexOf(',') >= 0) {
            return new long[0];
        }
        String spec = h.substring(6).trim();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return new long[0];
        }
        try {
            String a = spec.substring(0, dash).trim();
            String b = spec.substring(dash + 1).trim();
            long first;
            long last;
            if (a.isEmpty()) {
                long suffix = Long.parseLong(b);
                if (suffix <= 0) {
                    return null;
                }
                first = Math.max(0, size - suffix);
                last = size - 1;
            } else {
                first = Long.parseLong(a);
                last = b.isEmpty() ? size - 1 : Math.min(Long.parseLong(b), size - 1);
                if (last < first) {
                    return first >= size ? null : new long[0];
                }
            }
            return first >= size || size == 0 ? null : new long[] {first, last};
        } catch (NumberFormatException e) {
            return new long[0];
        }
    }
}
