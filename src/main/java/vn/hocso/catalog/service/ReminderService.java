package vn.hocso.catalog.service;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.logging.Logger;
import vn.hocso.catalog.config.CatalogConfig;
import vn.hocso.catalog.model.Course;
import vn.hocso.catalog.model.Enrolment;
import vn.hocso.catalog.persistence.CourseRepository;
import vn.hocso.catalog.persistence.EnrolmentRepository;
import vn.hocso.catalog.persistence.ReminderStore;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.i18n.Languages;

/**
 * Deadline reminders by e-mail (in Vietnamese): before the due date on the configured days, and when overdue (the day
 * after, then every {@code overdue-every-days}). Each reminder is claimed in {@code sent_reminder} in the same
 * transaction that sends it, so it goes out at most once per enrolment and kind; a failed send rolls the claim back
 * and the next run tries again. A learner found to have completed the course is marked completed instead.
 */
@ApplicationScoped
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class);

    @Inject
    ReminderStore store;

    @Inject
    EnrolmentRepository enrolments;

    @Inject
    CourseRepository courses;

    @Inject
    CourseProgress progress;

    @Inject
    Mailer mailer;

    @Inject
    CatalogConfig config;

    /** What a run did. */
    public record Result(int sent, int completed, int failed) {
    }

    /**
     * Sends the reminders due at {@code now} (the calendar day in the catalogue's zone decides), at most
     * {@code max-per-run}. Never throws for a single failed e-mail: it is logged and counted.
     */
    public Result sendDue(Instant now) {
        LocalDate today = now.atZone(config.zone()).toLocalDate();
        List<ReminderStore.Due> due = QuarkusTransaction.requiringNew().call(() -> store.due(today,
                config.reminders().daysBefore(), Math.max(1, config.reminders().overdueEveryDays()),
                config.reminders().maxPerRun()));
        int sent = 0;
        int completed = 0;
        int failed = 0;
        for (ReminderStore.Due d : due) {
            try {
                Outcome o = QuarkusTransaction.requiringNew().call(() -> send(d, today, now));
                sent += o == Outcome.SENT ? 1 : 0;
                completed += o == Outcome.COMPLETED ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                LOG.warnf(e, "Reminder %s for enrolment %d not sent", d.kind(), d.enrolmentId());
            }
        }
        if (!due.isEmpty()) {
            LOG.infof("Reminders for %s: %d sent, %d courses found completed, %d failed", today, sent, completed,
                    failed);
        }
        return new Result(sent, completed, failed);
    }

    private enum Outcome { SENT, COMPLETED, ALREADY_SENT }

    private Outcome send(ReminderStore.Due d, LocalDate today, Instant now) {
        Course course = courses.findById(d.courseId());
        CourseProgress.Progress p = progress.of(d.accountId(), course);
        if (p.completed()) {
            Enrolment e = enrolments.findById(d.enrolmentId());
            e.completedAt = now;
            return Outcome.COMPLETED;
        }
        if (!store.claim(d.enrolmentId(), d.kind(), d.email())) {
            return Outcome.ALREADY_SENT;
        }
        mailer.send(mail(d, today, p));
        return Outcome.SENT;
    }

    /** The e-mail of a reminder, in Vietnamese. */
    Mail mail(ReminderStore.Due d, LocalDate today, CourseProgress.Progress p) {
        AppMessages m = Languages.messages(Languages.VIETNAMESE);
        String due = MyCourses.DUE.format(d.dueDate());
        long daysLeft = ChronoUnit.DAYS.between(today, d.dueDate());
        String link = config.publicUrl() + "/catalog/courses/" + d.courseId();
        boolean overdue = daysLeft < 0;
        String subject = overdue ? m.catalog_mailSubjectOverdue(d.courseTitle(), due)
                : m.catalog_mailSubjectBefore(d.courseTitle(), due);
        String body = m.catalog_mailGreeting(d.fullName()) + "\n\n"
                + (overdue ? m.catalog_mailOverdue(d.courseTitle(), due, -daysLeft)
                        : m.catalog_mailBefore(d.courseTitle(), due, daysLeft)) + "\n"
                + m.catalog_mailProgress(p.done(), p.needed()) + "\n"
                + m.catalog_mailLink(link) + "\n\n"
                + m.catalog_mailSignature() + "\n";
        return Mail.withText(d.email(), subject, body);
    }
}
