package vn.hocso.lrs.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;
import vn.hocso.lrs.web.XapiException;

/**
 * Group commit for single-statement writes: requests that each carry one statement (the usual case for content) are
 * queued, and one writer thread stores whatever has queued up (up to {@value #MAX_GROUP}) in one transaction. Every
 * caller is answered only after that transaction has committed, so durability is unchanged; a statement that
 * conflicts with a stored one gets its own 409 without affecting the others. If a group fails as a whole, its
 * statements are retried one transaction each, so one bad request cannot fail its neighbours.
 */
@ApplicationScoped
public class StatementGroupWriter {

    /** Most statements committed together. */
    static final int MAX_GROUP = 200;
    private static final Logger LOG = Logger.getLogger(StatementGroupWriter.class);

    /** One queued statement and the caller waiting for it. */
    record Pending(StatementService.Incoming incoming, CompletableFuture<Void> done) {
    }

    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private volatile Thread writer;
    private volatile boolean stopping;

    @Inject
    StatementService statements;

    /**
     * Stores one prepared statement in the next group and waits until its transaction has committed.
     *
     * @throws XapiException 409 when a different statement with the same id is stored, 503 when the writer is
     *         stopping or does not answer within 60 s
     */
    void write(StatementService.Incoming incoming) {
        startIfNeeded();
        Pending p = new Pending(incoming, new CompletableFuture<>());
        queue.add(p);
        try {
            p.done().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new XapiException(503, "The statement could not be stored in time; it may be retried");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new XapiException(503, "Interrupted while storing the statement");
        }
    }

    private synchronized void startIfNeeded() {
        if (writer == null && !stopping) {
            writer = new Thread(this::loop, "lrs-statement-writer");
            writer.setDaemon(true);
            writer.start();
        }
    }

    private void loop() {
        while (!stopping) {
            List<Pending> group = new ArrayList<>();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            queue.drainTo(group, MAX_GROUP - 1);
            try {
                List<RuntimeException> outcomes = QuarkusTransaction.requiringNew()
                        .call(() -> statements.persist(group.stream().map(Pending::incoming).toList()));
                for (int i = 0; i < group.size(); i++) {
                    finish(group.get(i), outcomes.get(i));
                }
            } catch (RuntimeException groupFailure) {
                LOG.debugf(groupFailure, "A group of %d statements failed; storing them one by one", group.size());
                for (Pending p : group) {
                    try {
                        RuntimeException outcome = QuarkusTransaction.requiringNew()
                                .call(() -> statements.persist(List.of(p.incoming())).get(0));
                        finish(p, outcome);
                    } catch (RuntimeException single) {
                        p.done().completeExceptionally(single);
                    }
                }
            }
        }
    }

    private static void finish(Pending p, RuntimeException outcome) {
        if (outcome == null) {
            p.done().complete(null);
        } else {
            p.done().completeExceptionally(outcome);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        Thread w = writer;
        if (w != null) {
            w.interrupt();
        }
        Pending p;
        while ((p = queue.poll()) != null) {
            p.done().completeExceptionally(new XapiException(503, "The LRS is stopping"));
        }
    }
}
