package vn.hocso.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One package of a course; {@code required} marks the subset that the REQUIRED completion rule asks for. */
@Embeddable
public class CourseItem {

    @Column(name = "package_id", nullable = false)
    public long packageId;

    @Column(nullable = false)
    public boolean required = true;

    public CourseItem() {
    }

    public CourseItem(long packageId, boolean required) {
        this.packageId = packageId;
        this.required = required;
    }
}
