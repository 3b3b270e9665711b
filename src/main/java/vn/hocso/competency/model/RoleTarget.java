package vn.hocso.competency.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import vn.hocso.org.model.StaffPosition;

/** The level a framework version expects of a staff position for one of its items (the role's target profile). */
@Entity
@Table(name = "competency_role_target")
@IdClass(RoleTarget.Key.class)
public class RoleTarget {

    /** Primary key: one target per version, position and item. */
    public static class Key implements Serializable {
        public Long frameworkId;
        public StaffPosition position;
        public Long itemId;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(frameworkId, k.frameworkId) && position == k.position
                    && Objects.equals(itemId, k.itemId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(frameworkId, position, itemId);
        }
    }

    @Id
    @Column(name = "framework_id")
    public Long frameworkId;

    @Id
    @Enumerated(EnumType.STRING)
    public StaffPosition position;

    @Id
    @Column(name = "item_id")
    public Long itemId;

    @Column(name = "level_id", nullable = false)
    public Long levelId;
}
