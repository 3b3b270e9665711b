package vn.hocso.org.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The record of one real staff import (dry runs leave none): who, when, which file, options, counts, status. */
@Entity
@Table(name = "staff_import")
public class StaffImport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "imported_by")
    public Long importedBy;

    @Column(name = "imported_by_name", nullable = false)
    public String importedByName;

    @Column(name = "imported_at", nullable = false)
    public Instant importedAt = Instant.now();

    @Column(name = "file_name")
    public String fileName;

    @Column(name = "file_format", nullable = false)
    public String fileFormat;

    @Column(name = "deactivate_missing", nullable = false)
    public boolean deactivateMissing;

    @Column(name = "all_or_nothing", nullable = false)
    public boolean allOrNothing;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StaffImportStatus status;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "created_count", nullable = false)
    public int created;

    @Column(name = "updated_count", nullable = false)
    public int updated;

    @Column(name = "transferred_count", nullable = false)
    public int transferred;

    @Column(name = "reactivated_count", nullable = false)
    public int reactivated;

    @Column(name = "deactivated_count", nullable = false)
    public int deactivated;

    @Column(name = "unchanged_count", nullable = false)
    public int unchanged;

    @Column(name = "error_count", nullable = false)
    public int errors;

    /** Codes of the institutions left out of the deactivation (comma-separated), or "*" when all were. */
    @Column(name = "deactivation_skipped")
    public String deactivationSkipped;

    /** The importer's write scope (paths, one per line). */
    @Column(name = "scope_paths", nullable = false)
    public String scopePaths;

    @Column(name = "duration_ms", nullable = false)
    public long durationMs;

    public OrgScope scope() {
        return OrgScope.of(Arrays.asList(scopePaths.split("\n")));
    }

    public List<String> deactivationSkippedCodes() {
        return deactivationSkipped == null || deactivationSkipped.isEmpty() || deactivationSkipped.equals("*")
                ? List.of() : Arrays.asList(deactivationSkipped.split(","));
    }
}
