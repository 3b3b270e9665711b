package vn.hocso.content.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One uploaded version of a package: immutable once imported, so running attempts keep the files and structure they
 * started with. {@link #descriptor} is the JSON of the parsed {@link PackageDescriptor}.
 */
@Entity
@Table(name = "content_package_version")
public class PackageVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "package_id")
    public ContentPackage contentPackage;

    /** 1, 2, … within the package. */
    @Column(nullable = false)
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Standard standard;

    public String edition;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String descriptor;

    /** Key prefix of the extracted files in the content store. */
    @Column(name = "storage_prefix", nullable = false)
    public String storagePrefix;

    @Column(name = "file_count", nullable = false)
    public int fileCount;

    @Column(name = "total_bytes", nullable = false)
    public long totalBytes;

    @Column(name = "original_filename")
    public String originalFilename;

    /** SHA-256 (hex) of the uploaded archive. */
    @Column(nullable = false)
    public String sha256;

    @Column(name = "uploaded_by")
    public Long uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    public Instant uploadedAt = Instant.now();
}
