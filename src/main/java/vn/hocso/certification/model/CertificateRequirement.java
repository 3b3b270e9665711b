package vn.hocso.certification.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One pair of a certificate type's rule: the competency item must be attained at least at the level. */
@Entity
@Table(name = "certificate_requirement")
public class CertificateRequirement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "type_id", nullable = false)
    public CertificateType type;

    @Column(name = "item_id", nullable = false)
    public long itemId;

    @Column(name = "min_level_id", nullable = false)
    public long minLevelId;
}
