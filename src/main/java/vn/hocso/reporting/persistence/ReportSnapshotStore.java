package vn.hocso.reporting.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.List;
import java.util.Optional;
import vn.hocso.competency.persistence.EvidenceJdbc;
import vn.hocso.reporting.model.ReportKind;
import vn.hocso.reporting.model.ReportSnapshot;

/**
 * Report snapshots (plain SQL). Outside a transaction each call commits on its own, which is how the background job
 * reports progress; the database refuses any change to a DONE snapshot and any deletion.
 */
@ApplicationScoped
public class ReportSnapshotStore {

    private static final String COLUMNS = "s.id, s.kind, s.year, s.month, s.org_unit_id, u.name, u.path, s.sequence, "
            + "s.as_of, s.status, s.progress, s.step, s.failure, s.issued_by_name, s.issued_at, s.finished_at, "
            + "s.xlsx_sha256, s.pdf_sha256 FROM report_snapshot s JOIN org_unit u ON u.id = s.org_unit_id";

    @Inject
    EvidenceJdbc jdbc;

    /** Stores a QUEUED snapshot with the next sequence number of its period and unit; returns its id. */
    public long insertQueued(ReportKind kind, int year, Integer month, long unitId, java.time.LocalDate asOf,
            Long issuedBy, String issuedByName) {
        return jdbc.one("""
                INSERT INTO report_snapshot (kind, year, month, org_unit_id, sequence, as_of, status, issued_by,
                                             issued_by_name, step)
                SELECT ?, ?, ?, ?, coalesce(max(sequence), 0) + 1, ?, 'QUEUED', ?, ?, 'queued'
                  FROM report_snapshot WHERE kind = ? AND year = ? AND month IS NOT DISTINCT FROM ? AND org_unit_id = ?
                RETURNING id
                """, ps -> {
                    ps.setString(1, kind.name());
                    ps.setInt(2, year);
                    ps.setObject(3, month, Types.INTEGER);
                    ps.setLong(4, unitId);
                    ps.setObject(5, asOf);
                    ps.setObject(6, issuedBy, Types.BIGINT);
                    ps.setString(7, issuedByName);
                    ps.setString(8, kind.name());
                    ps.setInt(9, year);
                    ps.setObject(10, month, Types.INTEGER);
                    ps.setLong(11, unitId);
                }, rs -> rs.getLong(1)).orElseThrow();
    }

    public Optional<ReportSnapshot> find(long id) {
        return jdbc.one("SELECT " + COLUMNS + " WHERE s.id = ?", ps -> ps.setLong(1, id), ReportSnapshotStore::read);
    }

    /** The snapshots of units under any of the paths (null = all), newest first, at most {@code limit}. */
    public List<ReportSnapshot> list(List<String> paths, int limit) {
        return jdbc.list("SELECT " + COLUMNS + (paths == null ? "" : " WHERE u.path LIKE ANY (?)")
                + " ORDER BY s.issued_at DESC, s.id DESC LIMIT ?", ps -> {
                    int i = 1;
                    if (paths != null) {
                        ps.setArray(i++, EvidenceJdbc.array(ps, "varchar", paths.stream()
                                .map(TargetCube::like).toArray()));
                    }
                    ps.setInt(i, limit);
                }, ReportSnapshotStore::read);
    }

    /** Progress of a snapshot being generated. */
    public void progress(long id, int percent, String step) {
        jdbc.update("UPDATE report_snapshot SET status = 'RUNNING', progress = ?, step = ? WHERE id = ?", ps -> {
            ps.setInt(1, percent);
            ps.setString(2, step);
            ps.setLong(3, id);
        });
    }

    /** Freezes a snapshot: its data and files, DONE. */
    public void finish(long id, String data, byte[] xlsx, byte[] pdf, String xlsxSha, String pdfSha) {
        jdbc.update("UPDATE report_snapshot SET status = 'DONE', progress = 100, step = 'done', data = ?, xlsx = ?, "
                + "pdf = ?, xlsx_sha256 = ?, pdf_sha256 = ?, finished_at = now() WHERE id = ?", ps -> {
                    ps.setString(1, data);
                    ps.setBytes(2, xlsx);
                    ps.setBytes(3, pdf);
                    ps.setString(4, xlsxSha);
                    ps.setString(5, pdfSha);
                    ps.setLong(6, id);
                });
    }

    public void fail(long id, String message) {
        jdbc.update("UPDATE report_snapshot SET status = 'FAILED', step = 'failed', failure = ?, finished_at = now() "
                + "WHERE id = ? AND status <> 'DONE'", ps -> {
                    ps.setString(1, message.length() > 1000 ? message.substring(0, 1000) : message);
                    ps.setLong(2, id);
                });
    }

    /** Marks snapshots a stopped server left QUEUED or RUNNING as FAILED; returns how many. */
    public int failUnfinished(String message) {
        return jdbc.update("UPDATE report_snapshot SET status = 'FAILED', step = 'failed', failure = ?, "
                + "finished_at = now() WHERE status IN ('QUEUED', 'RUNNING')", ps -> ps.setString(1, message));
    }

    /** The XLSX or PDF bytes of a snapshot ({@code column} is xlsx or pdf). */
    public Optional<byte[]> file(long id, String column) {
        if (!"xlsx".equals(column) && !"pdf".equals(column)) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.one("SELECT " + column + " FROM report_snapshot WHERE id = ? AND status = 'DONE'",
                ps -> ps.setLong(1, id), rs -> rs.getBytes(1));
    }

    private static ReportSnapshot read(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp(16);
        return new ReportSnapshot(rs.getLong(1), ReportKind.valueOf(rs.getString(2)), rs.getInt(3),
                (Integer) rs.getObject(4), rs.getLong(5), rs.getString(6), rs.getString(7), rs.getInt(8),
                rs.getObject(9, java.time.LocalDate.class), ReportSnapshot.Status.valueOf(rs.getString(10)),
                rs.getInt(11), rs.getString(12), rs.getString(13), rs.getString(14),
                rs.getTimestamp(15).toInstant(), finished == null ? null : finished.toInstant(), rs.getString(17),
                rs.getString(18));
    }
}
