package vn.hocso.org.persistence;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.hocso.org.model.StaffImportProblem;
import vn.hocso.org.model.StaffImportRowError;
import vn.hocso.org.model.StaffPosition;

/**
 * The set-based write path of one staff import, on one connection of the current transaction: checked rows are
 * streamed into a temporary table with COPY, then a few statements check them against the stored people, classify
 * them, and insert, update, record transfers and deactivate. The temporary table disappears at the end of the
 * transaction (commit or rollback). Open with {@link #open}, feed with {@link #add}, then call {@link #endCopy} once
 * before any other method. Not thread-safe.
 */
public final class StaffImportStage implements AutoCloseable {

    /** What an imported row does to the stored person. */
    public enum Outcome { CREATED, UPDATED, TRANSFERRED, REACTIVATED, UNCHANGED }

    /** A row that goes to the staging table; see the checker in the service layer. */
    public record Row(int row, String nationalId, String fullName, String nameKey, String email,
            StaffPosition position, Long institutionId, String subject, boolean error) {
    }

    /** A person whose institution or activity changed (for {@code PersonChanged}). */
    public record Change(long personId, long previousInstitutionId, long institutionId, boolean active) {
    }

    /** An example row of an outcome. */
    public record Sample(int row, String nationalId, String fullName, String institutionCode,
            String previousInstitutionCode) {
    }

    /** A person deactivated (or who would be) because the file no longer lists them. */
    public record Deactivated(long personId, long institutionId, String nationalId, String fullName,
            String institutionCode) {
    }

    /** The institutions of the valid rows, split by whether missing people may be deactivated there. */
    public record DeactivationUnits(List<Long> eligible, List<String> skippedCodes) {
    }

    private static final String SEARCH_TEXT = "s.name_key || ' ' || s.national_id || coalesce(' ' || s.email, '')";

    private final Connection connection;
    private CopyIn copy;
    private final StringBuilder line = new StringBuilder(256);
    private final StringBuilder buffer = new StringBuilder(1 << 16);

    private StaffImportStage(Connection connection) {
        this.connection = connection;
    }

    /**
     * Creates the staging table and starts the COPY into it. The caller keeps the connection open (it belongs to the
     * current transaction) until it closes this stage.
     */
    public static StaffImportStage open(Connection connection) throws SQLException {
        StaffImportStage stage = new StaffImportStage(connection);
        try (Statement st = connection.createStatement()) {
            st.execute("""
                    CREATE TEMP TABLE staff_import_stage (
                        row_no              INTEGER NOT NULL,
                        national_id         VARCHAR(12) NOT NULL,
                        full_name           VARCHAR(200),
                        name_key            VARCHAR(400),
                        email               VARCHAR(254),
                        position            VARCHAR(8),
                        institution_id      BIGINT,
                        subject             VARCHAR(100),
                        error               BOOLEAN NOT NULL,
                        person_id           BIGINT,
                        old_institution_id  BIGINT,
                        outcome             VARCHAR(12)
                    ) ON COMMIT DROP""");
        }
        stage.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                COPY staff_import_stage (row_no, national_id, full_name, name_key, email, position, institution_id,
                                         subject, error) FROM STDIN (FORMAT csv)""");
        return stage;
    }

    /** Adds a row to the COPY stream. */
    public void add(Row r) throws SQLException {
        line.setLength(0);
        line.append(r.row()).append(',');
        csv(line, r.nationalId()).append(',');
        csv(line, r.fullName()).append(',');
        csv(line, r.nameKey()).append(',');
        csv(line, r.email()).append(',');
        csv(line, r.position() == null ? null : r.position().name()).append(',');
        line.append(r.institutionId() == null ? "" : r.institutionId().toString()).append(',');
        csv(line, r.subject()).append(',');
        line.append(r.error() ? 't' : 'f').append('\n');
        buffer.append(line);
        if (buffer.length() > (1 << 16) - 1024) {
            flush();
        }
    }

    /** Ends the COPY, indexes and analyses the staged rows. */
    public void endCopy() throws SQLException {
        flush();
        copy.endCopy();
        copy = null;
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE INDEX ON staff_import_stage (national_id)");
            st.execute("ANALYZE staff_import_stage");
        }
    }

    /**
     * Marks as errors the valid rows that the stored people contradict: a person of a unit outside {@code scopePaths}
     * (a transfer must start in the caller's scope too), an e-mail that belongs to another person.
     *
     * @return the new row errors, in row order
     */
    public List<StaffImportRowError> checkAgainstPeople(List<String> scopePaths) throws SQLException {
        List<StaffImportRowError> errors = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                UPDATE staff_import_stage s SET error = true
                FROM person p JOIN org_unit u ON u.id = p.institution_id
                WHERE NOT s.error AND p.national_id = s.national_id
                  AND NOT EXISTS (SELECT 1 FROM unnest(?::text[]) AS sp(path) WHERE starts_with(u.path, sp.path))
                RETURNING s.row_no, s.national_id""")) {
            ps.setArray(1, connection.createArrayOf("text", scopePaths.toArray()));
            collect(ps, "national_id", StaffImportProblem.PERSON_OUT_OF_SCOPE, errors);
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                UPDATE staff_import_stage s SET error = true
                FROM person p
                WHERE NOT s.error AND s.email IS NOT NULL AND lower(p.email) = s.email
                  AND p.national_id <> s.national_id
                RETURNING s.row_no, s.email""")) {
            collect(ps, "email", StaffImportProblem.EMAIL_TAKEN, errors);
        }
        errors.sort((a, b) -> Integer.compare(a.row(), b.row()));
        return errors;
    }

    /**
     * Fills the e-mail or subject of known people from their record when the file has no such column (so that an
     * absent column changes nothing).
     */
    public void keepStored(boolean email, boolean subject) throws SQLException {
        if (!email && !subject) {
            return;
        }
        String set = (email ? "email = p.email" : "") + (email && subject ? ", " : "")
                + (subject ? "subject = p.subject" : "");
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("UPDATE staff_import_stage s SET " + set
                    + " FROM person p WHERE p.national_id = s.national_id AND NOT s.error");
        }
    }

    /** Decides each valid row's outcome against the stored people; returns the count of each outcome. */
    public Map<Outcome, Integer> classify() throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("""
                    UPDATE staff_import_stage s SET person_id = p.id, old_institution_id = p.institution_id,
                        outcome = CASE
                            WHEN NOT p.active THEN 'REACTIVATED'
                            WHEN p.institution_id <> s.institution_id THEN 'TRANSFERRED'
                            WHEN p.full_name <> s.full_name OR p.email IS DISTINCT FROM s.email
                              OR p.position <> s.position OR p.subject IS DISTINCT FROM s.subject THEN 'UPDATED'
                            ELSE 'UNCHANGED' END
                    FROM person p
                    WHERE p.national_id = s.national_id AND NOT s.error""");
            st.executeUpdate("UPDATE staff_import_stage SET outcome = 'CREATED' WHERE NOT error AND person_id IS NULL");
            Map<Outcome, Integer> counts = new EnumMap<>(Outcome.class);
            for (Outcome o : Outcome.values()) {
                counts.put(o, 0);
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT outcome, count(*) FROM staff_import_stage WHERE NOT error GROUP BY outcome")) {
                while (rs.next()) {
                    counts.put(Outcome.valueOf(rs.getString(1)), rs.getInt(2));
                }
            }
            return counts;
        }
    }

    /**
     * Writes the classified rows: inserts the new people, updates the changed ones (reactivating them), records every
     * change of institution in {@code person_transfer}.
     *
     * @return the transfers and reactivations, for {@code PersonChanged}
     */
    public List<Change> apply(long importId, Long actorId) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO person (national_id, full_name, email, position, institution_id, subject, active,
                                        search_text)
                    SELECT s.national_id, s.full_name, s.email, s.position, s.institution_id, s.subject, true,
                           {search}
                    FROM staff_import_stage s WHERE s.outcome = 'CREATED' ORDER BY s.row_no"""
                    .replace("{search}", SEARCH_TEXT));
            st.executeUpdate("""
                    UPDATE person p SET full_name = s.full_name, email = s.email, position = s.position,
                        institution_id = s.institution_id, subject = s.subject, active = true, updated_at = now(),
                        search_text = {search}
                    FROM staff_import_stage s
                    WHERE s.person_id = p.id AND s.outcome IN ('UPDATED', 'TRANSFERRED', 'REACTIVATED')"""
                    .replace("{search}", SEARCH_TEXT));
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                INSERT INTO person_transfer (person_id, from_institution_id, to_institution_id, transferred_by,
                                             import_id)
                SELECT person_id, old_institution_id, institution_id, ?, ?
                FROM staff_import_stage
                WHERE person_id IS NOT NULL AND NOT error AND old_institution_id <> institution_id
                ORDER BY row_no""")) {
            if (actorId == null) {
                ps.setNull(1, java.sql.Types.BIGINT);
            } else {
                ps.setLong(1, actorId);
            }
            ps.setLong(2, importId);
            ps.executeUpdate();
        }
        List<Change> changes = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT person_id, old_institution_id, institution_id FROM staff_import_stage
                WHERE outcome IN ('TRANSFERRED', 'REACTIVATED') ORDER BY row_no""")) {
            while (rs.next()) {
                changes.add(new Change(rs.getLong(1), rs.getLong(2), rs.getLong(3), true));
            }
        }
        return changes;
    }

    /**
     * The institutions where missing people may be deactivated: those of the valid rows, except any institution named
     * by an erroneous row, the current institution of a person named by an erroneous row, and {@code excluded}.
     */
    public DeactivationUnits deactivationUnits(List<Long> excluded) throws SQLException {
        List<Long> eligible = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                WITH excluded AS (
                    SELECT institution_id AS id FROM staff_import_stage WHERE error AND institution_id IS NOT NULL
                    UNION SELECT p.institution_id FROM staff_import_stage s JOIN person p
                          ON p.national_id = s.national_id WHERE s.error
                    UNION SELECT unnest(?::bigint[]))
                SELECT u.id, u.code, u.id IN (SELECT id FROM excluded) AS skipped
                FROM org_unit u
                WHERE u.id IN (SELECT institution_id FROM staff_import_stage WHERE NOT error)
                ORDER BY u.code""")) {
            ps.setArray(1, connection.createArrayOf("bigint", excluded.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(3)) {
                        skipped.add(rs.getString(2));
                    } else {
                        eligible.add(rs.getLong(1));
                    }
                }
            }
        }
        return new DeactivationUnits(eligible, skipped);
    }

    /**
     * Deactivates (or, with {@code apply} false, only finds) the active people of {@code units} whom the file does not
     * name, in national-id order.
     *
     * @return who was (or would be) deactivated
     */
    public List<Deactivated> deactivateMissing(List<Long> units, boolean apply) throws SQLException {
        String where = """
                p.active AND p.institution_id = ANY(?)
                AND NOT EXISTS (SELECT 1 FROM staff_import_stage s WHERE s.national_id = p.national_id)""";
        String sql = apply ? "WITH gone AS (UPDATE person p SET active = false, updated_at = now() WHERE " + where
                + " RETURNING p.id, p.national_id, p.full_name, p.institution_id) "
                + "SELECT g.id, g.institution_id, g.national_id, g.full_name, u.code FROM gone g JOIN org_unit u "
                + "ON u.id = g.institution_id ORDER BY g.national_id"
                : "SELECT p.id, p.institution_id, p.national_id, p.full_name, u.code FROM person p JOIN org_unit u "
                        + "ON u.id = p.institution_id WHERE " + where + " ORDER BY p.national_id";
        List<Deactivated> people = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            Array ids = connection.createArrayOf("bigint", units.toArray());
            ps.setArray(1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    people.add(new Deactivated(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return people;
    }

    /** The first {@code limit} rows of an outcome, in row order. */
    public List<Sample> samples(Outcome outcome, int limit) throws SQLException {
        List<Sample> samples = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT s.row_no, s.national_id, s.full_name, u.code, o.code
                FROM staff_import_stage s JOIN org_unit u ON u.id = s.institution_id
                     LEFT JOIN org_unit o ON o.id = s.old_institution_id AND o.id <> s.institution_id
                WHERE s.outcome = ? ORDER BY s.row_no LIMIT ?""")) {
            ps.setString(1, outcome.name());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    samples.add(new Sample(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return samples;
    }

    /** Ends an unfinished COPY (after a failure); the connection stays the caller's. */
    @Override
    public void close() throws SQLException {
        if (copy != null && copy.isActive()) {
            copy.cancelCopy();
        }
        copy = null;
    }

    private void flush() throws SQLException {
        if (buffer.length() > 0) {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        }
    }

    private static void collect(PreparedStatement ps, String column, StaffImportProblem problem,
            List<StaffImportRowError> into) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                into.add(new StaffImportRowError(rs.getInt(1), column, rs.getString(2), problem, null));
            }
        }
    }

    /** A CSV field for COPY: null is an empty unquoted field, text is quoted with quotes doubled. */
    static StringBuilder csv(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            out.append(c);
        }
        return out.append('"');
    }
}
