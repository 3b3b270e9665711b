package vn.hocso.lrs.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.hocso.lrs.persistence.StatementStore;

/**
 * Hands out statement storage ids from blocks of the database sequence. Callers take ids and their stored time under
 * this object's monitor ({@code synchronized (ids)}), so that ids and stored times grow together; ids left in a
 * block when the process stops are simply never used.
 */
@ApplicationScoped
public class StatementIds {

    @Inject
    StatementStore store;

    private long next;
    private long end;

    /** {@code n} fresh, increasing ids. Call while holding this object's monitor. */
    public long[] take(int n) {
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) {
            if (next == end) {
                next = store.nextIdBlock();
                end = next + StatementStore.ID_BLOCK;
            }
            ids[i] = next++;
        }
        return ids;
    }
}
