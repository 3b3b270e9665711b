package vn.hocso.catalog.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;

/**
 * A course: an ordered list of content packages with a completion rule, described for the catalogue (track, target
 * positions and school levels, duration, competencies). Owned by an org unit: learners of its subtree see it once
 * published; trainers and administrators of the subtree manage it.
 */
@Entity
@Table(name = "course")
public class Course {

    /** DRAFT courses are only seen by their managers; PUBLISHED ones are in the catalogue; ARCHIVED are withdrawn. */
    public enum Status { DRAFT, PUBLISHED, ARCHIVED }

    /** When the course counts as completed, from its packages' completion. */
    public enum CompletionRule {
        /** Every package. */
        ALL,
        /** Every package marked required. */
        REQUIRED,
        /** At least {@link Course#completionMin} packages. */
        N_OF_M
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id")
    public OrgUnit orgUnit;

    @Column(nullable = false)
    public String title;

    @Column(name = "title_en")
    public String titleEn;

    public String description;

    @Column(name = "description_en")
    public String descriptionEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Track track;

    @Column(name = "duration_hours", nullable = false, precision = 5, scale = 1)
    public BigDecimal durationHours;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status = Status.DRAFT;

    @Column(name = "self_enrol", nullable = false)
    public boolean selfEnrol;

    @Enumerated(EnumType.STRING)
    @Column(name = "completion_rule", nullable = false)
    public CompletionRule completionRule = CompletionRule.ALL;

    @Column(name = "completion_min")
    public Integer completionMin;

    @Column(name = "search_text", nullable = false)
    public String searchText;

    @ElementCollection
    @CollectionTable(name = "course_package", joinColumns = @JoinColumn(name = "course_id"))
    @OrderColumn(name = "ordinal")
    public List<CourseItem> items = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "course_position", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "position", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<StaffPosition> positions = EnumSet.noneOf(StaffPosition.class);

    @ElementCollection
    @CollectionTable(name = "course_school_level", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "school_level", nullable = false)
    @Enumerated(EnumType.STRING)
    public Set<SchoolLevel> schoolLevels = EnumSet.noneOf(SchoolLevel.class);

    @ElementCollection
    @CollectionTable(name = "course_competency", joinColumns = @JoinColumn(name = "course_id"))
    @Column(name = "competency_item_id", nullable = false)
    public Set<Long> competencyIds = new LinkedHashSet<>();

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt = Instant.now();

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    /** The title in the language {@code lang} ("en" falls back to Vietnamese when no English title is set). */
    public String titleIn(String lang) {
        return "en".equals(lang) && titleEn != null ? titleEn : title;
    }

    /** The description in the language {@code lang}, with the same fallback as {@link #titleIn}. */
    public String descriptionIn(String lang) {
        return "en".equals(lang) && descriptionEn != null ? descriptionEn : description;
    }
}
