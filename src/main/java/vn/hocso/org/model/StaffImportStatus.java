package vn.hocso.org.model;

/** Result of a (real) staff import. */
public enum StaffImportStatus {
    /** Every row was imported. */
    COMPLETED,
    /** Rows with errors were skipped; every valid row was imported. */
    COMPLETED_WITH_ERRORS,
    /** All-or-nothing was asked and some row had an error: nothing was changed. */
    ABORTED
}
