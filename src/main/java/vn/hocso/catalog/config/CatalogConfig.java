package vn.hocso.catalog.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;
import java.util.List;

/** Settings of the course catalogue, campaigns and reminders (prefix {@code hocso.catalog}). */
@ConfigMapping(prefix = "hocso.catalog")
public interface CatalogConfig {

    /** Deadline reminders by e-mail. */
    Reminders reminders();

    /**
     * The LMS as learners reach it, used for links in e-mails, e.g. {@code https://hocso.edu.vn} (no trailing
     * slash).
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** Time zone in which due dates are calendar days and are shown (dd/MM/yyyy). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

    /** Largest number of national ids one campaign list may carry. */
    @WithDefault("150000")
    int maxNationalIds();

    /** Deadline reminders. */
    interface Reminders {

        /**
         * Quartz-style cron of the reminder job (the scheduler reads {@code hocso.catalog.reminders.cron}); {@code off}
         * disables it (tests run the job directly).
         */
        @WithDefault("0 0 7 * * ?")
        String cron();

        /**
         * Days before the due date on which a reminder is sent, e.g. 7 and 1. A learner assigned late gets the reminder
         * of the first window they are in, then the next ones.
         */
        @WithDefault("7,1")
        List<Integer> daysBefore();

        /** After the due date: one reminder the day after, then one every this many days. */
        @WithDefault("7")
        int overdueEveryDays();

        /** Largest number of reminders one run sends (the rest go out on the next run). */
        @WithDefault("20000")
        int maxPerRun();
    }
}
