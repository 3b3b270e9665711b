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
 * A competency (or grouping: domain, aspect, area) of a framework version, the CASE CFItem. {@link #parentId} mirrors
 * the item's {@code isChildOf} association inside its version; null = a top-level item.
 */
@Entity
@Table(name = "competency_item")
public class CompetencyItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID identifier;

    @Column(name = "framework_id", nullable = false)
    public Long frameworkId;

    @Column(name = "parent_id")
    public Long parentId;

    /** CASE humanCodingScheme, unique within the version, e.g. {@code UCFT3.1.KA}. */
    @Column(name = "human_code", nullable = false)
    public String humanCode;

    /** CASE CFItemType, e.g. Aspect, Area, Domain, Competency. */
    @Column(name = "item_type", nullable = false)
    public String itemType;

    @Column(name = "full_statement", nullable = false)
    public String fullStatement;

    @Column(name = "full_statement_en")
    public String fullStatementEn;

    @Column(name = "abbreviated_statement")
    public String abbreviatedStatement;

    @Column(name = "list_enumeration")
    public Integer listEnumeration;

    @Column(name = "education_level")
    public String educationLevel;

    public String notes;

    @Column(name = "last_change", nullable = false)
    public Instant lastChange = Instant.now();
}
