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
import vn.hocso.org.model.OrgUnit;

/** A content package as trainers manage it: a title and a series of uploaded versions ({@link PackageVersion}). */
@Entity
@Table(name = "content_package")
public class ContentPackage {

    /** ACTIVE packages can be launched; ARCHIVED ones keep their data but are no longer offered. */
    public enum Status { ACTIVE, ARCHIVED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Learners of this unit's subtree may take it; trainers and administrators of the subtree manage it. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    public OrgUnit orgUnit;

    /** Title of the latest version. */
    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Standard standard;

    /** The identifier its descriptor gives it (manifest identifier, cmi5 course id, tincan activity id), or null. */
    public String identifier;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.ACTIVE;

    /** When an xAPI package counts as completed, judged from the LRS. */
    public enum CompletionRule { COMPLETED, PASSED, BOTH }

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule", nullable = false)
    public CompletionRule completionRule = CompletionRule.COMPLETED;

    @Column(name = "latest_version", nullable = false)
    public int latestVersion;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
