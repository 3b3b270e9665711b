package vn.hocso.org.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the staff import (prefix {@code hocso.staff-import}); see docs/staff-import.md. */
@ConfigMapping(prefix = "hocso.staff-import")
public interface StaffImportConfig {

    /** Largest upload in bytes; a larger request is answered 413 before its body is read. Default 20 MiB. */
    @WithDefault("20971520")
    long maxFileBytes();

    /** Most data rows in one file; a file with more is refused with 413 (split it). Default 200,000. */
    @WithDefault("200000")
    int maxRows();

    /**
     * Most bytes an XLSX file may expand to (sum of the uncompressed sizes of its parts), against "zip bombs".
     * Default 256 MiB.
     */
    @WithDefault("268435456")
    long maxXlsxExpandedBytes();

    /** How many rows of each outcome (created, updated, …) a report shows as examples. Default 20. */
    @WithDefault("20")
    int sampleSize();

    /** How many row errors a JSON report lists; the CSV error report always has all of them. Default 1,000. */
    @WithDefault("1000")
    int errorsShown();

    /** Transaction timeout of one import in seconds (100,000 rows take well under a minute). Default 600. */
    @WithDefault("600")
    int timeoutSeconds();
}
