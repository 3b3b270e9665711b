package vn.hocso.lrs.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out {@code stored} times and knows up to when every statement is visible: the
 * {@code X-Experience-API-Consistent-Through} time is just before the earliest stored time of a write still in
 * progress in this process, or now when there is none.
 */
@ApplicationScoped
public class ConsistencyClock {

    private final ConcurrentSkipListMap<Long, Instant> inFlight = new ConcurrentSkipListMap<>();
    private final AtomicLong tickets = new AtomicLong();
    private final AtomicLong lastMillis = new AtomicLong();

    /** A write in progress with its stored time; close it when the transaction has ended. */
    public final class Write implements AutoCloseable {
        private final long ticket;
        private final Instant stored;

        private Write(long ticket, Instant stored) {
            this.ticket = ticket;
            this.stored = stored;
        }

        public Instant stored() {
            return stored;
        }

        @Override
        public void close() {
            inFlight.remove(ticket);
        }
    }

    /** Starts a write: its stored time (millisecond precision, never earlier than an earlier write's). */
    public Write begin() {
        long now = Instant.now().toEpochMilli();
        long millis = lastMillis.accumulateAndGet(now, Math::max);
        Instant stored = Instant.ofEpochMilli(millis);
        long ticket = tickets.incrementAndGet();
        inFlight.put(ticket, stored);
        return new Write(ticket, stored);
    }

    /** Every statement stored at or before this time is visible to queries. */
    public Instant consistentThrough() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return inFlight.values().stream().min(Instant::compareTo).map(t -> t.minusMillis(1)).orElse(now);
    }
}
