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

/**
 * A unit of the organisation tree. {@link #path} is the chain of codes from the root ({@code /HCM/Q01/Q01-TH-01/}), so
 * a unit's subtree is every unit whose path starts with this one's.
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false, unique = true, updatable = false)
    public String code;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public OrgUnitKind kind;

    @Enumerated(EnumType.STRING)
    public Division division;

    @Enumerated(EnumType.STRING)
    @Column(name = "school_level")
    public SchoolLevel schoolLevel;

    @Enumerated(EnumType.STRING)
    public Ownership ownership;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public OrgUnit parent;

    @Column(nullable = false, unique = true)
    public String path;

    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    /** Path of a child unit with the given code under this unit. */
    public String childPath(String childCode) {
        return path + childCode + "/";
    }

    /** True when {@code other} is this unit or lies below it. */
    public boolean contains(OrgUnit other) {
        return other.path.startsWith(path);
    }
}
