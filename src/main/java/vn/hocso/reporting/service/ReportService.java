package vn.hocso.reporting.service;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.Enums;
import vn.hocso.platform.web.InputCheck;
import vn.hocso.reporting.model.ReportKind;
import vn.hocso.reporting.model.ReportSnapshot;
import vn.hocso.reporting.persistence.ReportSnapshotStore;

/**
 * The report pack: administrators issue the plan's periodic reports (annual, monthly) for the city or a district of
 * their scope; each is generated in the background ({@link ReportJob}, started once the issuing transaction has
 * committed) and frozen when done. Administrators and
 * auditors read the reports of their scope. Issuing is audited ({@code reporting.report.issue}).
 */
@ApplicationScoped
public class ReportService {

    /** What to issue: kind ANNUAL or MONTHLY, year, month (MONTHLY only), unit (default: top of the scope). */
    public record Request(String kind, Integer year, Integer month, Long orgUnitId) {
    }

    @Inject
    ReportSnapshotStore store;

    @Inject
    jakarta.enterprise.event.Event<ReportJob.Issued> issued;

    @Inject
    OrgService org;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    TargetAttainment attainment;

    void onStart(@Observes StartupEvent event) {
        store.failUnfinished("Máy chủ đã dừng khi đang lập báo cáo; hãy lập lại. / The server stopped while the "
                + "report was being generated; issue it again.");
    }

    /**
     * Issues a report: stores it QUEUED (next sequence number of its period and unit), audits, and starts its
     * generation in the background; returns at once.
     *
     * @throws DomainException 422 with field errors (kind, year, month, orgUnitId); 404 for a unit outside the
     *     caller's administration scope
     */
    @Transactional
    public ReportSnapshot issue(Request in) {
        InputCheck check = new InputCheck();
        Request r = in == null ? new Request(null, null, null, null) : in;
        ReportKind kind = Enums.parse(ReportKind.class, r.kind(), "kind", check);
        check.required(r.kind(), "kind");
        if (check.required(r.year(), "year")) {
            check.check(r.year() >= 2020 && r.year() <= 2100, "year", AppMessages::error_targetYear);
        }
        if (kind != null) {
            check.check(kind == ReportKind.MONTHLY ? r.month() != null && r.month() >= 1 && r.month() <= 12
                    : r.month() == null, "month", AppMessages::error_reportMonth);
        }
        OrgScope scope = user.writeScope();
        OrgUnit unit = null;
        if (r.orgUnitId() != null) {
            unit = org.get(r.orgUnitId(), scope);
        } else {
            List<OrgUnit> roots = org.roots(scope);
            unit = roots.isEmpty() ? null : roots.get(0);
        }
        check.check(unit != null && unit.kind != OrgUnitKind.INSTITUTION, "orgUnitId", AppMessages::error_reportUnit);
        check.throwIfInvalid();
        java.time.LocalDate today = attainment.today();
        java.time.LocalDate periodEnd = kind == ReportKind.ANNUAL ? java.time.LocalDate.of(r.year(), 12, 31)
                : java.time.YearMonth.of(r.year(), r.month()).atEndOfMonth();
        java.time.LocalDate asOf = periodEnd.isBefore(today) ? periodEnd : today;
        long id = store.insertQueued(kind, r.year(), r.month(), unit.id, asOf, user.id(), user.username());
        audit.recordForCaller("reporting.report.issue", "report_snapshot", String.valueOf(id), unit.path, Map.of("kind", kind.name(), "year", r.year(),
                        "month", r.month() == null ? "" : r.month(), "asOf", asOf.toString()));
        issued.fire(new ReportJob.Issued(id));
        return store.find(id).orElseThrow();
    }

    /**
     * A report of the caller's read scope.
     *
     * @throws DomainException 404 when unknown or outside the scope
     */
    public ReportSnapshot get(long id) {
        ReportSnapshot s = store.find(id).orElseThrow(DomainException::notFound);
        if (!user.readScope().covers(s.orgUnitPath())) {
            throw DomainException.notFound();
        }
        return s;
    }

    /** The reports of the caller's read scope, newest first (at most 200). */
    public List<ReportSnapshot> list() {
        OrgScope scope = user.readScope();
        return store.list(scope.paths(), 200);
    }

    /**
     * The frozen XLSX or PDF of a report.
     *
     * @throws DomainException 404 unknown / outside the scope; 409 while not DONE
     */
    public byte[] file(long id, String format) {
        ReportSnapshot s = get(id);
        return store.file(s.id(), format).orElseThrow(() -> DomainException.conflict(AppMessages::error_reportNotReady));
    }
}
