package vn.hocso.catalog.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A learner's place in a course: self-enrolled, or assigned by a campaign with a due date (a calendar day in the
 * catalogue's time zone). One per learner and course; an assignment upgrades a self-enrolment.
 */
@Entity
@Table(name = "enrolment")
public class Enrolment {

    /** How the learner came to the course. */
    public enum Origin { SELF, ASSIGNED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "course_id", nullable = false)
    public long courseId;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Origin origin;

    @Column(name = "campaign_id")
    public Long campaignId;

    /** Due date of an assignment; null for self-enrolments. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "enrolled_at", nullable = false)
    public Instant enrolledAt = Instant.now();

    /** When completion of the course was first observed; null while not completed. */
    @Column(name = "completed_at")
    public Instant completedAt;
}
