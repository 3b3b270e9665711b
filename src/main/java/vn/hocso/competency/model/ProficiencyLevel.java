package vn.hocso.competency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A level of a version's proficiency scale (KA/KD/KC, A1–C2, CB1–CS2, Cơ bản/Nâng cao), exported as a CASE
 * CFRubricCriterionLevel. {@link #ordinal} orders the scale from 1 (lowest).
 */
@Entity
@Table(name = "proficiency_level")
public class ProficiencyLevel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID identifier;

    @Column(name = "framework_id", nullable = false)
    public Long frameworkId;

    @Column(nullable = false)
    public String code;

    @Column(nullable = false)
    public int ordinal;

    @Column(nullable = false)
    public String label;

    @Column(name = "label_en")
    public String labelEn;

    public String description;
}
