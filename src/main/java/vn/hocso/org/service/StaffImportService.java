package vn.hocso.org.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.narayana.jta.QuarkusTransactionException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.org.config.StaffImportConfig;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.PersonChanged;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffImport;
import vn.hocso.org.model.StaffImportOptions;
import vn.hocso.org.model.StaffImportRowError;
import vn.hocso.org.model.StaffImportStatus;
import vn.hocso.org.persistence.StaffImportRepository;
import vn.hocso.org.persistence.StaffImportStage;
import vn.hocso.org.persistence.StaffImportStage.Outcome;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * Staff import from CSV or XLSX: an idempotent upsert of people by national id, within the caller's write scope.
 *
 * <p>The file is streamed and checked row by row in Java ({@link StaffRowChecker}); checked rows are copied into a
 * staging table and written with a few set-based statements ({@link StaffImportStage}). Everything happens in one
 * transaction, so a row is either fully stored or not at all, and imports are serialised (an advisory lock). A change
 * of institution is a transfer, kept in {@code person_transfer}; people are never deleted, only deactivated (option)
 * and reactivated when a file lists them again. {@link PersonChanged} is fired for every transfer, deactivation and
 * reactivation (the changes identity follows: account active flag, roles on the old institution); plain field
 * updates fire nothing, as they change nothing for its observers. Each real import is recorded with its row errors
 * and audited ({@code org.staff.import}); a dry run does all the same work except firing events, then rolls it
 * back.
 */
@ApplicationScoped
public class StaffImportService {

    /** The uploaded file (a temporary file of the request) and the name the client gave it. */
    public record Upload(Path file, String fileName) {
    }

    /** Who imports. */
    public record Importer(Long id, String username) {
    }

    /** Serialises staff imports: the advisory-lock key (arbitrary, unique in HocSo). */
    private static final long LOCK_KEY = 0x5354_4146_4649_4d50L;

    @Inject
    StaffImportConfig config;

    @Inject
    StaffImportRepository imports;

    @Inject
    DataSource dataSource;

    @Inject
    Event<PersonChanged> changes;

    @Inject
    AuditLog audit;

    /**
     * Imports a staff file.
     *
     * @param scope the caller's write scope: rows of institutions outside it are row errors, and so are people who
     *        belong to a unit outside it
     * @return the outcome; for a real import its record is stored (status ABORTED when all-or-nothing met an error,
     *         in which case no person was changed)
     * @throws DomainException 403 with an empty scope; 415 when the file is neither CSV nor XLSX; 413 when it has more
     *         rows than allowed or an XLSX expands too much; 422 when it has no recognisable header row, no data
     *         rows, is not UTF-8 (CSV) or cannot be read (XLSX)
     */
    public StaffImportResult importFile(Upload upload, StaffImportOptions options, OrgScope scope,
            Importer importer) {
        if (scope.isEmpty()) {
            throw DomainException.forbidden();
        }
        try {
            if (java.nio.file.Files.size(upload.file()) > config.maxFileBytes()) {
                long mb = config.maxFileBytes() / (1024 * 1024);
                throw new DomainException(413, m -> m.staffImport_tooLarge(mb));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long started = System.nanoTime();
        StaffSheet sheet = StaffFiles.open(upload.file(), config.maxXlsxExpandedBytes());
        try (sheet) {
            Header header = Header.read(sheet);
            return QuarkusTransaction.requiringNew().timeout(config.timeoutSeconds())
                    .call(() -> run(sheet, header, upload, options, scope, importer, started));
        } catch (DryRunDone done) {
            return done.result;
        } catch (QuarkusTransactionException e) {
            if (e.getCause() instanceof DryRunDone done) {
                return done.result;
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stored record of an import, if the caller's scope covers the importer's.
     *
     * @throws DomainException 404 otherwise
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StaffImport get(long id, OrgScope scope) {
        StaffImport record = imports.findById(id);
        if (record == null || scope.isEmpty() || !StaffImportRepository.visibleTo(record, scope)) {
            throw DomainException.notFound();
        }
        return record;
    }

    /** The first {@code limit} row errors of an import (0 = all), streamed in row order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void errors(StaffImport record, int limit, Consumer<StaffImportRowError> sink) {
        imports.errors(record.id, limit, sink);
    }

    /** How many row errors an import has. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public int errorCount(StaffImport record) {
        return imports.errorCount(record.id);
    }

    /** The latest imports the caller may see. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StaffImport> recent(OrgScope scope, int limit) {
        return imports.recent(scope, limit);
    }

    private StaffImportResult run(StaffSheet sheet, Header header, Upload upload, StaffImportOptions options,
            OrgScope scope, Importer importer, long started) throws SQLException {
        StaffImport record = newRecord(upload, sheet.format(), options, scope, importer);
        imports.persistAndFlush(record);
        List<StaffImportRowError> errors = new ArrayList<>();
        Set<Long> errorUnits = new HashSet<>();
        boolean unattributed = false;
        int rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
            }
            StaffRowChecker checker = new StaffRowChecker(header.columns(), units(connection), scope);
            try (StaffImportStage stage = StaffImportStage.open(connection)) {
                for (StaffSheet.SheetRow row = sheet.next(); row != null; row = sheet.next()) {
                    if (++rows > config.maxRows()) {
                        int max = config.maxRows();
                        throw new DomainException(413, m -> m.staffImport_tooManyRows(max));
                    }
                    StaffRowChecker.Checked checked = checker.check(row);
                    if (checked.staged() != null) {
                        stage.add(checked.staged());
                    }
                    errors.addAll(checked.errors());
                    if (checked.errorUnitId() != null) {
                        errorUnits.add(checked.errorUnitId());
                    }
                    unattributed |= checked.unattributed();
                }
                if (rows == 0) {
                    throw new DomainException(422, AppMessages::staffImport_noRows);
                }
                stage.endCopy();
                errors.addAll(stage.checkAgainstPeople(scope.paths()));
                errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
                stage.keepStored(!header.columns().containsKey(StaffColumn.EMAIL),
                        !header.columns().containsKey(StaffColumn.SUBJECT));
                Map<Outcome, Integer> counts = stage.classify();
                boolean aborted = options.allOrNothing() && !errors.isEmpty();
                List<StaffImportStage.Change> moved = aborted ? List.of() : stage.apply(record.id, importer.id());
                List<StaffImportStage.Deactivated> deactivated = List.of();
                if (options.deactivateMissing() && !aborted) {
                    if (unattributed) {
                        record.deactivationSkipped = "*";
                    } else {
                        StaffImportStage.DeactivationUnits units = stage.deactivationUnits(List.copyOf(errorUnits));
                        deactivated = stage.deactivateMissing(units.eligible(), !aborted);
                        record.deactivationSkipped = units.skippedCodes().isEmpty() ? null
                                : String.join(",", units.skippedCodes());
                    }
                }
                Map<Outcome, List<StaffImportStage.Sample>> samples = new EnumMap<>(Outcome.class);
                for (Outcome o : Outcome.values()) {
                    samples.put(o, aborted ? List.of() : stage.samples(o, config.sampleSize()));
                }
                complete(record, rows, counts, deactivated.size(), aborted, started);
                if (!options.dryRun() && !aborted) {
                    moved.forEach(c -> changes.fire(new PersonChanged(c.personId(), c.previousInstitutionId(),
                            c.institutionId(), true)));
                    deactivated.forEach(d -> changes.fire(new PersonChanged(d.personId(), d.institutionId(),
                            d.institutionId(), false)));
                }
                List<StaffImportRowError> shown = errors;
                if (options.dryRun()) {
                    imports.getEntityManager().detach(record);
                    record.id = null;
                    throw new DryRunDone(new StaffImportResult(record, true, samples, deactivated.subList(0,
                            Math.min(deactivated.size(), config.sampleSize())), List.copyOf(errors), errors.size(),
                            header.ignored()));
                } else {
                    imports.saveErrors(record.id, errors);
                    audit.recordForCaller("org.staff.import", "staff_import", record.id.toString(),
                            scope.paths().size() == 1 ? scope.paths().get(0) : null, auditDetails(record));
                    shown = errors.subList(0, Math.min(errors.size(), config.errorsShown()));
                }
                return new StaffImportResult(record, options.dryRun(), samples,
                        deactivated.subList(0, Math.min(deactivated.size(), config.sampleSize())), List.copyOf(shown),
                        errors.size(), header.ignored());
            }
        }
    }

    /** Ends a dry run: thrown out of its transaction so that everything it wrote is rolled back. */
    private static final class DryRunDone extends RuntimeException {
        final transient StaffImportResult result;

        DryRunDone(StaffImportResult result) {
            super("dry run", null, false, false);
            this.result = result;
        }
    }

    private static StaffImport newRecord(Upload upload, String format, StaffImportOptions options, OrgScope scope,
            Importer importer) {
        StaffImport record = new StaffImport();
        record.importedBy = importer.id();
        record.importedByName = importer.username();
        String name = upload.fileName() == null ? null : upload.fileName().strip();
        record.fileName = name == null || name.isEmpty() ? null : name.length() > 255 ? name.substring(0, 255) : name;
        record.fileFormat = format;
        record.deactivateMissing = options.deactivateMissing();
        record.allOrNothing = options.allOrNothing();
        record.status = StaffImportStatus.COMPLETED;
        record.scopePaths = String.join("\n", scope.paths());
        return record;
    }

    /** Fills in the counts; {@code errors} is the number of rows with errors (a row may have several). */
    private static void complete(StaffImport record, int rows, Map<Outcome, Integer> counts, int deactivated,
            boolean aborted, long started) {
        int valid = counts.values().stream().mapToInt(Integer::intValue).sum();
        int errors = rows - valid;
        if (aborted) {
            counts = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                counts.put(o, 0);
            }
            deactivated = 0;
        }
        record.totalRows = rows;
        record.created = counts.get(Outcome.CREATED);
        record.updated = counts.get(Outcome.UPDATED);
        record.transferred = counts.get(Outcome.TRANSFERRED);
        record.reactivated = counts.get(Outcome.REACTIVATED);
        record.unchanged = counts.get(Outcome.UNCHANGED);
        record.deactivated = deactivated;
        record.errors = errors;
        record.status = aborted ? StaffImportStatus.ABORTED
                : errors > 0 ? StaffImportStatus.COMPLETED_WITH_ERRORS : StaffImportStatus.COMPLETED;
        record.durationMs = (System.nanoTime() - started) / 1_000_000;
    }

    private static Map<String, Object> auditDetails(StaffImport r) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("file", String.valueOf(r.fileName));
        d.put("format", r.fileFormat);
        d.put("status", r.status.name());
        d.put("deactivateMissing", r.deactivateMissing);
        d.put("allOrNothing", r.allOrNothing);
        d.put("rows", r.totalRows);
        d.put("created", r.created);
        d.put("updated", r.updated);
        d.put("transferred", r.transferred);
        d.put("reactivated", r.reactivated);
        d.put("deactivated", r.deactivated);
        d.put("unchanged", r.unchanged);
        d.put("errors", r.errors);
        return d;
    }

    /** Every org unit by code (a few thousand at most), for the row checks. */
    private static Map<String, StaffRowChecker.Unit> units(Connection connection) throws SQLException {
        Map<String, StaffRowChecker.Unit> units = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT id, code, path, school_level, ownership FROM org_unit")) {
            while (rs.next()) {
                String level = rs.getString(4);
                String ownership = rs.getString(5);
                units.put(rs.getString(2), new StaffRowChecker.Unit(rs.getLong(1), rs.getString(2), rs.getString(3),
                        level == null ? null : SchoolLevel.valueOf(level),
                        ownership == null ? null : Ownership.valueOf(ownership)));
            }
        }
        return units;
    }

    /** The header row: which column is where, and the cells that name none. */
    record Header(EnumMap<StaffColumn, Integer> columns, List<String> ignored) {

        /**
         * Reads the first non-blank row as the header.
         *
         * @throws DomainException 422 when a required column is missing or a column is named twice
         */
        static Header read(StaffSheet sheet) {
            StaffSheet.SheetRow first = sheet.next();
            EnumMap<StaffColumn, Integer> columns = new EnumMap<>(StaffColumn.class);
            List<String> ignored = new ArrayList<>();
            if (first != null) {
                for (int i = 0; i < first.cells().size(); i++) {
                    String cell = first.cell(i);
                    if (cell == null) {
                        continue;
                    }
                    StaffColumn column = StaffColumn.recognise(cell);
                    if (column == null) {
                        ignored.add(cell);
                    } else if (columns.putIfAbsent(column, i) != null) {
                        throw new DomainException(422, m -> m.staffImport_duplicateColumn(column.label()));
                    }
                }
            }
            String missing = java.util.Arrays.stream(StaffColumn.values())
                    .filter(c -> c.required() && !columns.containsKey(c)).map(StaffColumn::label)
                    .collect(Collectors.joining(", "));
            if (!missing.isEmpty()) {
                throw new DomainException(422, m -> m.staffImport_noHeader(missing));
            }
            return new Header(columns, List.copyOf(ignored));
        }
    }
}
