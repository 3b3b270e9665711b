package vn.hocso.org.model;

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

/** A member of staff of an institution (or of the Sở / a Phòng, which are units too). */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Mã định danh cá nhân: 12 digits, unique. */
    @Column(name = "national_id", nullable = false, unique = true)
    public String nationalId;

    /** Full name in Unicode NFC. */
    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public StaffPosition position;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "institution_id", nullable = false)
    public OrgUnit institution;

    public String subject;

    @Column(nullable = false)
    public boolean active = true;

    /** Lower-case, diacritic-free name, id and e-mail, maintained by the service for search. */
    @Column(name = "search_text", nullable = false)
    public String searchText;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt = Instant.now();
}
