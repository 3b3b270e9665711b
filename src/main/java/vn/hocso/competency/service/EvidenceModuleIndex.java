package vn.hocso.competency.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.hocso.competency.persistence.ModuleRuleStore;
import vn.hocso.lrs.config.LrsConfig;

/**
 * In memory: the packages some module rule maps, and the activity IRIs their statements use, so that the LRS write path
 * can drop a statement that no rule can use without touching the database. Rebuilt on first use after a rule change
 * ({@link #invalidate()}) and every few minutes (rule changes made by another node).
 */
@ApplicationScoped
public class EvidenceModuleIndex {

    /** One immutable snapshot. */
    record Snapshot(Set<Long> packageIds, Set<String> activityIris) {
        static final Snapshot EMPTY = new Snapshot(Set.of(), Set.of());
    }

    @Inject
    ModuleRuleStore rules;

    @Inject
    LrsConfig lrsConfig;

    private volatile Snapshot snapshot;
    /** Bumped by every invalidation, so that a snapshot loaded before a rule change is not kept after it. */
    private final java.util.concurrent.atomic.AtomicLong generation = new java.util.concurrent.atomic.AtomicLong();
    private volatile String packagePrefix;

    /** The prefix of HocSo's package activity IRIs ({@code {accountHomePage}/xapi/activities/package/}). */
    public String packagePrefix() {
        String p = packagePrefix;
        if (p == null) {
            p = lrsConfig.accountHomePage().replaceAll("/+$", "") + "/xapi/activities/package/";
            packagePrefix = p;
        }
        return p;
    }

    /** The package's own activity IRI (SCORM course grouping, cmi5 course). */
    public String packageIri(long packageId) {
        return packagePrefix() + packageId;
    }

    /** The current snapshot, rebuilt (in the caller's transaction) when a rule changed. */
    Snapshot current() {
        Snapshot s = snapshot;
        if (s == null) {
            long g = generation.get();
            s = load();
            synchronized (this) {
                if (generation.get() == g) {
                    snapshot = s;
                }
            }
        }
        return s;
    }

    /** Whether no rule maps any package (the LRS path then does nothing at all). */
    public boolean isEmpty() {
        return current().packageIds().isEmpty();
    }

    /** Whether a package is mapped by some rule. */
    public boolean mapped(long packageId) {
        return current().packageIds().contains(packageId);
    }

    /** Whether an activity IRI is that of a mapped package (its own IRI, an IRI below it, or a tincan activity id). */
    public boolean mappedActivity(String iri) {
        if (iri == null) {
            return false;
        }
        Snapshot s = current();
        String prefix = packagePrefix();
        if (iri.startsWith(prefix)) {
            int end = prefix.length();
            while (end < iri.length() && Character.isDigit(iri.charAt(end))) {
                end++;
            }
            if (end > prefix.length() && end - prefix.length() < 19) {
                return s.packageIds().contains(Long.parseLong(iri.substring(prefix.length(), end)));
            }
            return false;
        }
        return s.activityIris().contains(iri);
    }

    /** Forgets the snapshot: the next use rebuilds it. Call after a rule change has committed. */
    public synchronized void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
    }

    /** A course's packages may have changed: rules naming the course now map other packages. */
    void onCourseChanged(@jakarta.enterprise.event.Observes(during = jakarta.enterprise.event.TransactionPhase
            .AFTER_SUCCESS) vn.hocso.catalog.service.CourseChanged event) {
        invalidate();
    }

    @Scheduled(every = "5m", delayed = "5m")
    void refreshPeriodically() {
        invalidate();
    }

    private Snapshot load() {
        List<ModuleRuleStore.MappedPackage> mapped = rules.mappedPackages();
        if (mapped.isEmpty()) {
            return Snapshot.EMPTY;
        }
        Set<Long> ids = new HashSet<>();
        Set<String> iris = new HashSet<>();
        for (ModuleRuleStore.MappedPackage p : mapped) {
            ids.add(p.id());
            if ("XAPI".equals(p.standard()) && p.identifier() != null) {
                iris.add(p.identifier());
            }
        }
        return new Snapshot(Set.copyOf(ids), Set.copyOf(iris));
    }
}
