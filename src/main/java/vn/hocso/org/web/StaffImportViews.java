package vn.hocso.org.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.hocso.org.model.StaffImport;
import vn.hocso.org.model.StaffImportRowError;
import vn.hocso.org.model.StaffImportStatus;
import vn.hocso.org.persistence.StaffImportStage;
import vn.hocso.org.service.StaffImportResult;
import vn.hocso.platform.i18n.AppMessages;

/** JSON (and page) views of staff imports, with messages in the reader's language. */
public final class StaffImportViews {

    private StaffImportViews() {
    }

    /** Counts of an import; {@code errors} counts rows with at least one error (skipped rows). */
    public record Counts(int created, int updated, int transferred, int reactivated, int deactivated, int unchanged,
            int errors) {
    }

    /** One example row; {@code previousInstitutionCode} is set for transfers. */
    public record SampleView(Integer row, String nationalId, String fullName, String institutionCode,
            String previousInstitutionCode) {
    }

    /** One row error, its message in the reader's language. */
    public record ErrorView(int row, String column, String value, String message) {
    }

    /** The example rows of one outcome ({@code created}, {@code transferred}, …, {@code deactivated}). */
    public record SampleGroup(String kind, List<SampleView> rows) {
    }

    /**
     * An import report.
     *
     * @param id the stored record (null for a dry run)
     * @param summary one sentence on what happened, e.g. that rows with errors were skipped and the valid ones imported
     * @param samples the first rows of each outcome (only in the answer to the import itself)
     * @param errorsNote set when {@code errors} does not list every error
     * @param errorsCsv where to download every error as CSV (null for a dry run)
     */
    public record Report(Long id, boolean dryRun, StaffImportStatus status, String statusText, String summary,
            String fileName, String format, boolean deactivateMissing, boolean allOrNothing, Instant importedAt,
            String importedBy, int totalRows, Counts counts, Map<String, List<SampleView>> samples,
            List<String> deactivationSkipped, boolean deactivationSkippedAll, String deactivationNote,
            List<ErrorView> errors, String errorsNote, String errorsCsv, List<String> ignoredColumns,
            long durationMs) {

        /** The non-empty sample groups, in a fixed order (for the page). */
        public List<SampleGroup> sampleGroups() {
            List<SampleGroup> groups = new ArrayList<>();
            samples.forEach((kind, rows) -> {
                if (!rows.isEmpty()) {
                    groups.add(new SampleGroup(kind, rows));
                }
            });
            return groups;
        }
    }

    /** The report of an import that just ran. */
    public static Report of(StaffImportResult result, AppMessages m) {
        Map<String, List<SampleView>> samples = new LinkedHashMap<>();
        result.samples().forEach((outcome, rows) -> samples.put(outcome.name().toLowerCase(java.util.Locale.ROOT),
                rows.stream().map(StaffImportViews::sample).toList()));
        samples.put("deactivated", result.deactivated().stream()
                .map(d -> new SampleView(null, d.nationalId(), d.fullName(), d.institutionCode(), null)).toList());
        List<ErrorView> errors = result.errors().stream().map(e -> error(e, m)).toList();
        return report(result.record(), result.dryRun(), samples, errors, result.errorEntries(),
                result.ignoredColumns(), m);
    }

    /** The report of a stored import, with its first errors ({@code errorEntries} errors in all). */
    public static Report of(StaffImport record, List<StaffImportRowError> firstErrors, int errorEntries,
            AppMessages m) {
        List<ErrorView> errors = new ArrayList<>();
        firstErrors.forEach(e -> errors.add(error(e, m)));
        return report(record, false, Map.of(), errors, errorEntries, List.of(), m);
    }

    public static ErrorView error(StaffImportRowError e, AppMessages m) {
        return new ErrorView(e.row(), e.column(), e.value(), e.problem().message(m, e.detail()));
    }

    private static Report report(StaffImport r, boolean dryRun, Map<String, List<SampleView>> samples,
            List<ErrorView> errors, int errorEntries, List<String> ignored, AppMessages m) {
        int valid = r.totalRows - r.errors;
        String summary = switch (r.status) {
            case COMPLETED -> m.staffImport_summaryCompleted(r.totalRows);
            case COMPLETED_WITH_ERRORS -> m.staffImport_summaryWithErrors(r.errors, valid);
            case ABORTED -> m.staffImport_summaryAborted(r.errors);
        };
        if (dryRun) {
            summary = m.staffImport_summaryDryRun(r.status == StaffImportStatus.ABORTED ? 0 : valid, r.errors)
                    + (r.status == StaffImportStatus.ABORTED ? " " + m.staffImport_summaryAborted(r.errors) : "");
        }
        boolean skippedAll = "*".equals(r.deactivationSkipped);
        List<String> skipped = r.deactivationSkippedCodes();
        String deactivationNote = skippedAll ? m.staffImport_deactivationSkippedAll()
                : skipped.isEmpty() ? null : m.staffImport_deactivationSkipped(String.join(", ", skipped));
        String errorsNote = errors.size() < errorEntries ? m.staffImport_errorsTruncated(errors.size(), errorEntries)
                : null;
        return new Report(r.id, dryRun, r.status, m.staffImport_status(r.status), summary, r.fileName, r.fileFormat,
                r.deactivateMissing, r.allOrNothing, r.importedAt, r.importedByName, r.totalRows,
                new Counts(r.created, r.updated, r.transferred, r.reactivated, r.deactivated, r.unchanged, r.errors),
                samples, skipped, skippedAll, deactivationNote, errors, errorsNote,
                r.id == null || r.errors == 0 ? null : "/api/v1/staff-imports/" + r.id + "/errors.csv", ignored,
                r.durationMs);
    }

    private static SampleView sample(StaffImportStage.Sample s) {
        return new SampleView(s.row(), s.nationalId(), s.fullName(), s.institutionCode(), s.previousInstitutionCode());
    }
}
