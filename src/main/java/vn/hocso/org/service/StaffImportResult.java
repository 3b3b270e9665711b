package vn.hocso.org.service;

import java.util.List;
import java.util.Map;
import vn.hocso.org.model.StaffImport;
import vn.hocso.org.model.StaffImportRowError;
import vn.hocso.org.persistence.StaffImportStage;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param record the counts, status and options; for a dry run a record that was never stored ({@code id} null)
 * @param dryRun nothing was written
 * @param samples the first rows of each outcome
 * @param deactivated the first people deactivated because the file no longer lists them
 * @param errors row errors in row order: all of them for a dry run, otherwise at most the configured number (the
 *        stored report has all)
 * @param errorEntries how many row errors there are in all
 * @param ignoredColumns header cells that name no known column
 */
public record StaffImportResult(StaffImport record, boolean dryRun,
        Map<StaffImportStage.Outcome, List<StaffImportStage.Sample>> samples,
        List<StaffImportStage.Deactivated> deactivated, List<StaffImportRowError> errors,
        int errorEntries, List<String> ignoredColumns) {
}
