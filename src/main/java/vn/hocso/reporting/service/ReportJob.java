package vn.hocso.reporting.service;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.arc.Arc;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;
import vn.hocso.platform.text.Hashes;
import vn.hocso.reporting.model.PlanTopic;
import vn.hocso.reporting.model.ReportKind;
import vn.hocso.reporting.model.ReportSnapshot;
import vn.hocso.reporting.persistence.PlanTopicRepository;
import vn.hocso.reporting.persistence.ReportSnapshotStore;
import vn.hocso.reporting.persistence.TargetCube;

/**
 * Generates issued reports on a background thread of its own (one at a time, never on a request or event-loop
 * thread): measures the targets in the unit at the report's date, builds the XLSX and the PDF, stores them with the
 * data they were made from and marks the snapshot DONE (frozen) — writing progress and the current step as it goes
 * (each write commits on its own, so pages see it). A failure marks the snapshot FAILED with the reason.
 */
@ApplicationScoped
public class ReportJob {

    /** CDI event: a report was issued; generation starts after that transaction committed. */
    public record Issued(long snapshotId) {
    }

    private static final Logger LOG = Logger.getLogger(ReportJob.class);
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hocso-report-job");
        t.setDaemon(true);
        return t;
    });

    @Inject
    ReportSnapshotStore store;

    @Inject
    TargetAttainment attainment;

    @Inject
    TargetCube cube;

    @Inject
    PlanTopicRepository topics;

    @Inject
    OrgUnitRepository units;

    void onIssued(@Observes(during = TransactionPhase.AFTER_SUCCESS) Issued event) {
        executor.submit(() -> run(event.snapshotId()));
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Generates one snapshot (on the job thread; activates a request context for the ORM reads). */
    void run(long id) {
        var context = Arc.container().requestContext();
        context.activate();
        try {
            ReportSnapshot s = store.find(id).orElseThrow();
            store.progress(id, 5, "measuring");
            ReportData data = data(s);
            store.progress(id, 50, "xlsx");
            byte[] xlsx = ReportXlsx.write(data);
            store.progress(id, 75, "pdf");
            byte[] pdf = ReportPdf.write(data);
            store.progress(id, 95, "storing");
            store.finish(id, JSON.writeValueAsString(data), xlsx, pdf, Hashes.sha256Hex(xlsx), Hashes.sha256Hex(pdf));
            LOG.infof("Report %d (%s %s, %s) done: XLSX %d bytes, PDF %d bytes", id, s.kind(), s.period(),
                    s.orgUnitName(), xlsx.length, pdf.length);
        } catch (Exception | LinkageError e) {
            LOG.errorf(e, "Report %d failed", id);
            store.fail(id, e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            context.terminate();
        }
    }

    private ReportData data(ReportSnapshot s) {
        OrgUnit unit = units.findById(s.orgUnitId());
        TargetAttainment.Dashboard d = attainment.measure(unit, s.asOf(), false);
        store.progress(s.id(), 30, "tables");
        Map<String, PlanTopic> byCode = new java.util.HashMap<>();
        topics.ordered().forEach(t -> byCode.put(t.code, t));
        List<ReportData.TargetRow> targets = new ArrayList<>();
        List<ReportData.UnitRow> unitRows = new ArrayList<>();
        List<ReportData.PositionRow> positions = new ArrayList<>();
        for (TargetResult r : d.results()) {
            var t = r.target();
            targets.add(new ReportData.TargetRow(t.code, t.description, r.topic().name, t.trainingLevel.name(),
                    t.kind.name(), t.year, List.of(t.positions), List.of(t.schoolLevels), t.percent,
                    r.total().numerator(), r.total().denominator(), r.total().percent(), r.met()));
            r.byPosition().forEach((p, m) -> positions.add(new ReportData.PositionRow(t.code, p, m.numerator(),
                    m.denominator(), m.percent())));
        }
        Map<String, List<ReportData.UnitRow>> byUnit = new java.util.LinkedHashMap<>();
        for (TargetResult r : d.results()) {
            for (TargetResult.UnitMeasure u : r.byUnit()) {
                String code = u.unit() == null ? "" : u.unit().code;
                byUnit.computeIfAbsent(code, k -> new ArrayList<>()).add(new ReportData.UnitRow(code,
                        u.unit() == null ? "Cơ quan quản lý (văn phòng)" : u.unit().name, r.target().code,
                        u.measure().numerator(), u.measure().denominator(), u.measure().percent(),
                        u.measure().meets(r.target().percent)));
            }
        }
        byUnit.values().forEach(unitRows::addAll);
        List<ReportData.NewlyTrained> newly = null;
        if (s.kind() == ReportKind.MONTHLY) {
            ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
            LocalDate first = LocalDate.of(s.year(), s.month(), 1);
            newly = new ArrayList<>();
            for (Object[] row : cube.firstTrainedBetween(unit.path, first.atStartOfDay(zone).toInstant(),
                    first.plusMonths(1).atStartOfDay(zone).toInstant())) {
                PlanTopic topic = byCode.get((String) row[0]);
                newly.add(new ReportData.NewlyTrained((String) row[0], topic == null ? (String) row[0] : topic.name,
                        (String) row[1], (Long) row[2]));
            }
        }
        return new ReportData(s.kind().name(), s.year(), s.month(), unit.code, unit.name, s.asOf(), s.sequence(),
                s.issuedByName(), s.issuedAt() == null ? Instant.now() : s.issuedAt(), targets, unitRows, positions,
                newly);
    }
}
