package vn.hocso.catalog.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Which reminders are due and which were sent (plain SQL, caller's transaction). */
@ApplicationScoped
public class ReminderStore {

    /** A reminder to send: the enrolment, its kind, the learner's address and name, the course. */
    public record Due(long enrolmentId, long courseId, long accountId, LocalDate dueDate, String kind, String email,
            String fullName, String courseTitle) {
    }

    @Inject
    DataSource dataSource;

    /**
     * The reminders due on {@code today}, earliest due date first: for an open assignment with {@code n} days left
     * (0 ≤ n), {@code BEFORE_d} for the smallest configured {@code d ≥ n}; when overdue by {@code k ≥ 1} days,
     * {@code OVERDUE_w} with {@code w = (k − 1) / overdueEvery}. Reminders already sent, learners without an active
     * account or an e-mail address, completed enrolments and archived courses are left out.
     */
    public List<Due> due(LocalDate today, List<Integer> daysBefore, int overdueEvery, int limit) {
        String sql = """
                SELECT e.id, e.course_id, e.account_id, e.due_date, k.kind, p.email, p.full_name, c.title
                FROM enrolment e
                JOIN course c ON c.id = e.course_id AND c.status <> 'ARCHIVED'
                JOIN user_account ua ON ua.id = e.account_id AND ua.active
                JOIN person p ON p.id = ua.person_id AND p.active AND p.email IS NOT NULL
                CROSS JOIN LATERAL (SELECT CASE
                    WHEN e.due_date < ?::date THEN 'OVERDUE_' || ((?::date - e.due_date - 1) / ?)
                    ELSE (SELECT 'BEFORE_' || d FROM unnest(?::int[]) d
                          WHERE d >= e.due_date - ?::date ORDER BY d LIMIT 1) END AS kind) k
                WHERE e.due_date IS NOT NULL AND e.completed_at IS NULL AND k.kind IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM sent_reminder s WHERE s.enrolment_id = e.id AND s.kind = k.kind)
                ORDER BY e.due_date, e.id
                LIMIT ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            Date day = Date.valueOf(today);
            ps.setDate(1, day);
            ps.setDate(2, day);
            ps.setInt(3, overdueEvery);
            ps.setArray(4, c.createArrayOf("integer", daysBefore.toArray()));
            ps.setDate(5, day);
            ps.setInt(6, limit);
            List<Due> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Records a reminder as sent; false when it already was (then it must not be sent). */
    public boolean claim(long enrolmentId, String kind, String recipient) {
        String sql = "INSERT INTO sent_reminder (enrolment_id, kind, recipient) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, enrolmentId);
            ps.setString(2, kind);
            ps.setString(3, recipient);
            return ps.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The addresses of the latest reminders, newest first, at most {@code limit} (for the development inbox). */
    @jakarta.transaction.Transactional
    public List<String> recentRecipients(int limit) {
        String sql = "SELECT recipient FROM sent_reminder GROUP BY recipient ORDER BY max(sent_at) DESC LIMIT ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
