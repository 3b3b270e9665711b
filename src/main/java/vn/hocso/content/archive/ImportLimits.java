package vn.hocso.content.archive;

/**
 * Resource limits applied to an uploaded package before and while it is extracted.
 *
 * @param maxEntries most entries (files and folders) a zip may hold
 * @param maxTotalUncompressedBytes most bytes all entries may hold together once extracted; checked against the
 *        central directory's declared sizes before extraction and against the bytes actually inflated during it
 * @param maxEntryCompressionRatio highest uncompressed/compressed ratio an entry may have (zip-bomb guard)
 * @param ratioCheckMinBytes the ratio is only checked for entries larger than this many uncompressed bytes, so that
 *        small, highly compressible files (e.g. an empty-looking CSS file) pass
 * @param maxDescriptorBytes most bytes a descriptor ({@code imsmanifest.xml}, {@code cmi5.xml}, {@code tincan.xml})
 *        may hold
 */
public record ImportLimits(int maxEntries, long maxTotalUncompressedBytes, long maxEntryCompressionRatio,
        long ratioCheckMinBytes, int maxDescriptorBytes) {

    /** Default entry limit: 20,000 entries. */
    public static final int DEFAULT_MAX_ENTRIES = 20_000;
    /** Default total size limit: 2 GiB. */
    public static final long DEFAULT_MAX_TOTAL_BYTES = 2L * 1024 * 1024 * 1024;
    /** Default per-entry compression ratio limit: 100. */
    public static final long DEFAULT_MAX_RATIO = 100;
    /** Default size above which the ratio is checked: 1 MiB. */
    public static final long DEFAULT_RATIO_CHECK_MIN_BYTES = 1024 * 1024;
    /** Default descriptor size limit: 8 MiB. */
    public static final int DEFAULT_MAX_DESCRIPTOR_BYTES = 8 * 1024 * 1024;

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a limit is zero or negative (the ratio threshold may be zero)
     */
    public ImportLimits {
        if (maxEntries <= 0 || maxTotalUncompressedBytes <= 0 || maxEntryCompressionRatio <= 0
                || ratioCheckMinBytes < 0 || maxDescriptorBytes <= 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** @return the default limits (20,000 entries, 2 GiB, ratio 100 above 1 MiB, 8 MiB descriptors) */
    public static ImportLimits defaults() {
        return new ImportLimits(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_BYTES, DEFAULT_MAX_RATIO,
                DEFAULT_RATIO_CHECK_MIN_BYTES, DEFAULT_MAX_DESCRIPTOR_BYTES);
    }

    /** @return a copy with another entry limit */
    public ImportLimits withMaxEntries(int value) {
        return new ImportLimits(value, maxTotalUncompressedBytes, maxEntryCompressionRatio, ratioCheckMinBytes,
                maxDescriptorBytes);
    }

    /** @return a copy with another total size limit */
    public ImportLimits withMaxTotalUncompressedBytes(long value) {
        return new ImportLimits(maxEntries, value, maxEntryCompressionRatio, ratioCheckMinBytes, maxDescriptorBytes);
    }

    /** @return a copy with another ratio limit and ratio threshold */
    public ImportLimits withRatio(long maxRatio, long checkMinBytes) {
        return new ImportLimits(maxEntries, maxTotalUncompressedBytes, maxRatio, checkMinBytes, maxDescriptorBytes);
    }

    /** @return a copy with another descriptor size limit */
    public ImportLimits withMaxDescriptorBytes(int value) {
        return new ImportLimits(maxEntries, maxTotalUncompressedBytes, maxEntryCompressionRatio, ratioCheckMinBytes,
                value);
    }
}
