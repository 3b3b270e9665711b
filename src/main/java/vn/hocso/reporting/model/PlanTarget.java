package vn.hocso.reporting.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A target of the plan: {@link #percent} of the active staff in {@link #positions} (pooled; optionally only at
 * institutions of {@link #schoolLevels} and {@link #ownerships}, empty = all) trained on {@link #topicCode} at
 * {@link #trainingLevel}, counted as {@link #kind} says, by {@link #year}. Edited by city administrators;
 * {@link #version} counts the edits.
 */
@Entity
@Table(name = "plan_target")
public class PlanTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public String code;

    @Column(name = "topic_code", nullable = false)
    public String topicCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "training_level", nullable = false)
    public TrainingLevel trainingLevel;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetKind kind;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal percent;

    /** Staff positions (CBQL, TTCM, GV, NV, IT), at least one. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(8)[]")
    public String[] positions;

    /** School levels of the institutions counted; empty = all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "school_levels", nullable = false, columnDefinition = "varchar(16)[]")
    public String[] schoolLevels = new String[0];

    /** PUBLIC / NON_PUBLIC institutions counted; empty = both. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "varchar(16)[]")
    public String[] ownerships = new String[0];

    @Column(nullable = false)
    public String description;

    @Column(name = "description_en")
    public String descriptionEn;

    /** Where the target comes from, e.g. "Đề án 000:285". */
    @Column(name = "source_ref")
    public String sourceRef;

    @Column(nullable = false)
    public boolean active = true;

    @Column(nullable = false)
    public int version;

    @Column(name = "updated_by")
    public Long updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    /** The description in the language ({@code en} falls back to Vietnamese). */
    public String description(String language) {
        return "en".equals(language) && descriptionEn != null ? descriptionEn : description;
    }
}
