package vn.hocso.certification.model;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.hocso.org.model.OrgUnit;

/**
 * A certificate definition: the achievement it certifies (names, description, criteria), its rule (all
 * {@link #requirements} attained), how it is issued, how long it is valid, and the subtree of people it applies to.
 */
@Entity
@Table(name = "certificate_type")
public class CertificateType {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stable id of the OB 3.0 Achievement ({@code urn:uuid:…}). */
    @Column(name = "achievement_id", nullable = false, unique = true, updatable = false)
    public UUID achievementId;

    @Column(nullable = false)
    public String name;

    @Column(name = "name_en")
    public String nameEn;

    @Column(nullable = false)
    public String description;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "criteria_narrative", nullable = false)
    public String criteriaNarrative;

    @Enumerated(EnumType.STRING)
    @Column(name = "issuance_mode", nullable = false)
    public IssuanceMode issuanceMode;

    /** Months a certificate stays valid after issue; null = no expiry. */
    @Column(name = "validity_months")
    public Integer validityMonths;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "org_unit_id", nullable = false)
    public OrgUnit orgUnit;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();

    @OneToMany(mappedBy = "type", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    public List<CertificateRequirement> requirements = new ArrayList<>();
}
