package vn.hocso.org.persistence;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.StaffImport;
import vn.hocso.org.model.StaffImportProblem;
import vn.hocso.org.model.StaffImportRowError;

/** Import records and their row errors. */
@ApplicationScoped
public class StaffImportRepository implements PanacheRepository<StaffImport> {

    @Inject
    DataSource dataSource;

    /** The most recent imports whose importer's scope lies within {@code scope}, newest first. */
    public List<StaffImport> recent(OrgScope scope, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        // Few records per day: filter the newest ones in Java rather than encode scope containment in SQL.
        List<StaffImport> visible = new ArrayList<>();
        for (StaffImport i : findAll(Sort.descending("importedAt", "id")).page(0, limit * 10).list()) {
            if (visibleTo(i, scope) && visible.size() < limit) {
                visible.add(i);
            }
        }
        return visible;
    }

    /** True when every subtree the importer administered lies within {@code scope}. */
    public static boolean visibleTo(StaffImport record, OrgScope scope) {
        return record.scope().paths().stream().allMatch(scope::covers);
    }

    /** Stores the row errors of an import (in the current transaction), numbered in the given order. */
    public void saveErrors(long importId, List<StaffImportRowError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "COPY staff_import_error (import_id, seq, row_no, column_name, cell_value, problem, detail) "
                            + "FROM STDIN (FORMAT csv)");
            StringBuilder out = new StringBuilder(1 << 16);
            int seq = 0;
            for (StaffImportRowError e : errors) {
                out.append(importId).append(',').append(++seq).append(',').append(e.row()).append(',');
                StaffImportStage.csv(out, e.column()).append(',');
                StaffImportStage.csv(out, e.value()).append(',');
                StaffImportStage.csv(out, e.problem().name()).append(',');
                StaffImportStage.csv(out, e.detail()).append('\n');
                if (out.length() > 60_000 || seq == errors.size()) {
                    byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
                    copy.writeToCopy(bytes, 0, bytes.length);
                    out.setLength(0);
                }
            }
            copy.endCopy();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the import's row errors", e);
        }
    }

    /** How many row errors an import has. */
    public int errorCount(long importId) {
        return ((Number) getEntityManager().createNativeQuery(
                "SELECT count(*) FROM staff_import_error WHERE import_id = ?1").setParameter(1, importId)
                .getSingleResult()).intValue();
    }

    /** Streams the row errors of an import in row order to {@code sink}; at most {@code limit} (0 = all). */
    public void errors(long importId, int limit, Consumer<StaffImportRowError> sink) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                SELECT row_no, column_name, cell_value, problem, detail FROM staff_import_error
                WHERE import_id = ? ORDER BY seq""" + (limit > 0 ? " LIMIT " + limit : ""))) {
            ps.setLong(1, importId);
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sink.accept(new StaffImportRowError(rs.getInt(1), rs.getString(2), rs.getString(3),
                            StaffImportProblem.valueOf(rs.getString(4)), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the import's row errors", e);
        }
    }
}
