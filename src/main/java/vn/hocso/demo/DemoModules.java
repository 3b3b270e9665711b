package vn.hocso.demo;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.certification.model.IssuanceMode;
import vn.hocso.certification.service.CertificateTypes;
import vn.hocso.competency.service.ModuleRuleService;
import vn.hocso.content.model.PackageVersion;
import vn.hocso.content.service.PackageService;
import vn.hocso.identity.persistence.UserAccountRepository;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.persistence.OrgUnitRepository;

/**
 * With the demo data (the start-up that loads it), imports HocSo's own four modules — the zips the build makes from
 * {@code content-packages/} — into the configured unit as the demo trainer, maps each to its competency of the
 * city's framework (HCM-KNLS, level Cơ bản) and creates an automatic certificate type requiring all four. A module
 * missing from the build (a build that skipped the frontend step) is skipped with a warning.
 */
@ApplicationScoped
public class DemoModules {

    private static final Logger LOG = Logger.getLogger(DemoModules.class);

    /** Who the audit log names for the demo's rules and certificate type. */
    private static final AuditLog.Actor DEMO = new AuditLog.Actor(null, "demo");

    /** zip, competency code in HCM-KNLS, rule condition (cmi5 courses are "completed" when satisfied). */
    private record Module(String zip, String competency, String condition) {
    }

    private static final List<Module> MODULES = List.of(
            new Module("du-lieu-so.zip", "KNLS.1", "PASSED"),
            new Module("an-toan-thong-tin.zip", "KNLS.3", "PASSED"),
            new Module("bai-giang-tuong-tac.zip", "KNLS.5", "PASSED"),
            new Module("ai-lap-trinh.zip", "KNLS.7", "COMPLETED"));

    @Inject
    DemoConfig config;

    @Inject
    DemoDataLoader demo;

    @Inject
    OrgUnitRepository units;

    @Inject
    UserAccountRepository accounts;

    @Inject
    PackageService packages;

    @Inject
    ModuleRuleService rules;

    @Inject
    CertificateTypes certificateTypes;

    @Inject
    DataSource dataSource;

    /** Runs after the demo data, the framework seeding and the other start-up work. */
    void onStart(@Observes @Priority(jakarta.interceptor.Interceptor.Priority.LIBRARY_AFTER + 100) StartupEvent ev) {
        if (!config.enabled() || !demo.loadedNow()) {
            return;
        }
        OrgUnit unit = units.findByCode(config.modulesUnit()).orElse(null);
        long trainer = accounts.findByUsername("giangvien").map(a -> a.id).orElse(-1L);
        if (unit == null || trainer < 0) {
            LOG.warnf("Demo modules not imported: no unit %s or no demo trainer", config.modulesUnit());
            return;
        }
        OrgScope scope = OrgScope.of(List.of(units.findByCode("HCM").orElseThrow().path));
        List<CertificateTypes.RequirementInput> requirements = new ArrayList<>();
        for (Module m : MODULES) {
            long[] target = competency(m.competency());
            Long packageId = importZip(m.zip(), unit, trainer, scope);
            if (packageId == null || target == null) {
                continue;
            }
            rules.create(new ModuleRuleService.Draft(target[0], target[1], "ALL", null, m.condition(),
                    (BigDecimal) null, null, List.of(new ModuleRuleService.ModuleInput("PACKAGE", packageId))),
                    DEMO);
            requirements.add(new CertificateTypes.RequirementInput(target[0], target[1]));
        }
        if (requirements.size() == MODULES.size()) {
            certificateTypes.create(new CertificateTypes.TypeInput("Chứng nhận năng lực số cơ bản",
                    "Basic digital competency certificate",
                    "Hoàn thành bốn học phần kỹ năng số của HocSo: dữ liệu số, an toàn thông tin, bài giảng tương "
                            + "tác, AI và lập trình.",
                    "Completed HocSo's four digital-skills modules.",
                    "Đạt mức Cơ bản ở các năng lực KNLS.1, KNLS.3, KNLS.5 và KNLS.7 của Khung năng lực số TP.HCM.",
                    IssuanceMode.AUTOMATIC, 36, unit.id, true, requirements), scope, DEMO);
        }
        LOG.infof("Demo modules imported into %s: %d mapped to competencies", unit.code, requirements.size());
    }

    /** Imports one built module; null (with a warning) when the build did not make it. */
    private Long importZip(String zip, OrgUnit unit, long trainer, OrgScope scope) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("content-packages/" + zip)) {
            if (in == null) {
                LOG.warnf("Demo module %s is not in the build (content-packages/); skipped", zip);
                return null;
            }
            Path file = Files.createTempFile("hocso-demo-", ".zip");
            try {
                Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                PackageVersion v = packages.create(file, zip, unit.id, new PackageService.Uploader(trainer, scope));
                return v.contentPackage.id;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {item id, level id} of a competency of the latest published HCM-KNLS at its lowest level, or null. */
    private long[] competency(String code) {
        String sql = """
                SELECT i.id, l.id FROM competency_item i
                JOIN competency_framework f ON f.id = i.framework_id
                JOIN proficiency_level l ON l.framework_id = f.id
                WHERE f.code = 'HCM-KNLS' AND f.published_at IS NOT NULL AND i.human_code = ?
                ORDER BY f.published_at DESC, l.ordinal LIMIT 1""";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
