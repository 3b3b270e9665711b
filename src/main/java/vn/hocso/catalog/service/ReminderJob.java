package vn.hocso.catalog.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Runs {@link ReminderService#sendDue} on the cron {@code hocso.catalog.reminders.cron} (07:00 every day by default;
 * {@code off} in tests, which call the service with their own clock). Runs never overlap.
 */
@ApplicationScoped
public class ReminderJob {

    @Inject
    ReminderService reminders;

    @Scheduled(identity = "catalog-reminders", cron = "${hocso.catalog.reminders.cron:0 0 7 * * ?}",
            timeZone = "Asia/Ho_Chi_Minh", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        reminders.sendDue(Instant.now());
    }
}
