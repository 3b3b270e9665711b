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
 * A CASE CFAssociation stored with the version that states it. Its origin is usually an item of that version; its
 * destination an item (of this or another version: a crosswalk), a proficiency level ({@code hasSkillLevel}), the
 * document itself ({@code isChildOf} of a top-level item) or an outside URI. The URIs are kept as received so that
 * outside nodes survive export.
 */
@Entity
@Table(name = "competency_association")
public class CompetencyAssociation {

    /** Association types HocSo understands (CASE 1.1 {@code associationType}); others are kept as received. */
    public static final String IS_CHILD_OF = "isChildOf";
    public static final String EXACT_MATCH_OF = "exactMatchOf";
    public static final String IS_RELATED_TO = "isRelatedTo";
    public static final String HAS_SKILL_LEVEL = "hasSkillLevel";
    public static final String REPLACED_BY = "replacedBy";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true)
    public UUID identifier;

    @Column(name = "framework_id", nullable = false)
    public Long frameworkId;

    @Column(name = "association_type", nullable = false)
    public String associationType;

    @Column(name = "origin_item_id")
    public Long originItemId;

    @Column(name = "origin_uri", nullable = false)
    public String originUri;

    @Column(name = "destination_item_id")
    public Long destinationItemId;

    @Column(name = "destination_level_id")
    public Long destinationLevelId;

    @Column(name = "destination_uri", nullable = false)
    public String destinationUri;

    @Column(name = "sequence_number")
    public Integer sequenceNumber;

    @Column(name = "last_change", nullable = false)
    public Instant lastChange = Instant.now();
}
