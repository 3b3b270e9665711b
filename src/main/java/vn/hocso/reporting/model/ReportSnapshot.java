package vn.hocso.reporting.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A report as issued (without its files): what, for which unit, its sequence among the reports of that period and
 * unit, the generation status with progress, and the SHA-256 of the frozen files once DONE.
 */
public record ReportSnapshot(long id, ReportKind kind, int year, Integer month, long orgUnitId, String orgUnitName,
        String orgUnitPath, int sequence, LocalDate asOf, Status status, int progress, String step, String failure,
        String issuedByName, Instant issuedAt, Instant finishedAt, String xlsxSha256, String pdfSha256) {

    /** Generation status; DONE snapshots are frozen. */
    public enum Status { QUEUED, RUNNING, DONE, FAILED }

    /** The period as people write it: "2026" or "11/2026". */
    public String period() {
        return month == null ? String.valueOf(year) : String.format("%02d/%d", month, year);
    }

    public boolean working() {
        return status == Status.QUEUED || status == Status.RUNNING;
    }
}
