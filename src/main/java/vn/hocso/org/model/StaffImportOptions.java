package vn.hocso.org.model;

/**
 * How a staff file is imported.
 *
 * @param dryRun process everything, report, and change nothing
 * @param deactivateMissing deactivate (never delete) the active people of the institutions named in the file who are
 *        not in it; only institutions in the caller's write scope, and not those with row errors
 * @param allOrNothing any row error aborts the whole import (otherwise rows with errors are skipped)
 */
public record StaffImportOptions(boolean dryRun, boolean deactivateMissing, boolean allOrNothing) {
}
