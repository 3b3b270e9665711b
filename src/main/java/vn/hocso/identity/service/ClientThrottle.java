package vn.hocso.identity.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import vn.hocso.identity.config.IdentityConfig;

/**
 * Counts failed logins per client address in fixed windows, to slow down password guessing across many accounts.
 * Kept in memory: a restart forgets the counts, which only gives an attacker one more window.
 */
@ApplicationScoped
public class ClientThrottle {

    private record Window(Instant start, int failures) {
    }

    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    @Inject
    IdentityConfig config;

    /** How long the client must wait, or {@link Duration#ZERO} when it may try now. */
    public Duration waitFor(String client, Instant now) {
        Window w = windows.get(client);
        if (w == null || expired(w, now) || w.failures() < config.maxFailuresPerClient()) {
            return Duration.ZERO;
        }
        return Duration.between(now, w.start().plus(config.clientWindow()));
    }

    public void recordFailure(String client, Instant now) {
        windows.compute(client, (k, w) -> w == null || expired(w, now) ? new Window(now, 1)
                : new Window(w.start(), w.failures() + 1));
    }

    @Scheduled(every = "10m", delayed = "10m")
    void forgetOldWindows() {
        Instant now = Instant.now();
        windows.values().removeIf(w -> expired(w, now));
    }

    private boolean expired(Window w, Instant now) {
        return !w.start().plus(config.clientWindow()).isAfter(now);
    }
}
