package vn.hocso.competency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * One version of a competency framework, the CASE 1.1 CFDocument. Versions of the same framework share a
 * {@link #code}. A version is a draft while {@link #publishedAt} is null; once published it is immutable (the service
 * answers 409, a database trigger refuses the write) except for its {@link #adoptionStatus} becoming Deprecated.
 */
@Entity
@Table(name = "competency_framework")
public class Framework {

    /** CASE adoption statuses (column check constraint). */
    public static final String DRAFT = "Draft";
    public static final String ADOPTED = "Adopted";
    public static final String DEPRECATED = "Deprecated";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** CASE identifier of this version (CFDocument.identifier). */
    @Column(nullable = false, unique = true)
    public UUID identifier;

    /** Stable code shared by all versions, e.g. {@code UNESCO-ICT-CFT}. */
    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public String version;

    @Column(nullable = false)
    public String title;

    @Column(name = "title_en")
    public String titleEn;

    @Column(nullable = false)
    public String creator;

    public String publisher;

    public String description;

    @Column(nullable = false)
    public String language = "vi";

    @Column(name = "official_source_url")
    public String officialSourceUrl;

    @Column(name = "licence_uri")
    public String licenceUri;

    /** Attribution, licence and source notes shown with the framework. */
    @Column(name = "licence_note")
    public String licenceNote;

    @Column(name = "adoption_status", nullable = false)
    public String adoptionStatus = DRAFT;

    /** A profile administrators maintain themselves: editing makes a new draft version. */
    @Column(nullable = false)
    public boolean editable;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "last_change", nullable = false)
    public Instant lastChange = Instant.now();

    @Column(name = "created_by")
    public Long createdBy;

    public boolean published() {
        return publishedAt != null;
    }
}
