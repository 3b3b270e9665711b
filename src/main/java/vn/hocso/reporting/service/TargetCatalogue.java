package vn.hocso.reporting.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hocso.audit.service.AuditLog;
import vn.hocso.identity.security.CurrentUser;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.service.OrgService;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.web.DomainException;
import vn.hocso.platform.web.Enums;
import vn.hocso.platform.web.InputCheck;
import vn.hocso.reporting.model.PlanTarget;
import vn.hocso.reporting.model.PlanTopic;
import vn.hocso.reporting.model.TargetKind;
import vn.hocso.reporting.model.TrainingLevel;
import vn.hocso.reporting.persistence.PlanTargetRepository;
import vn.hocso.reporting.persistence.PlanTopicRepository;

/**
 * The target catalogue: read by administrators and auditors, changed only by city administrators (an ADMIN role on the
 * city itself). Every change is validated as a whole (422 listing the fields; nothing stored), checked against the
 * version the client read (409 when someone changed it meanwhile), and written to the audit log
 * ({@code reporting.target.create} / {@code reporting.target.update}) in the same transaction. Targets are never
 * deleted: {@code active = false} takes one off the dashboards and keeps its history.
 */
@ApplicationScoped
public class TargetCatalogue {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{0,39}$");
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_SOURCE = 200;

    @Inject
    PlanTargetRepository targets;

    @Inject
    PlanTopicRepository topics;

    @Inject
    OrgService org;

    @Inject
    CurrentUser user;

    @Inject
    AuditLog audit;

    @Inject
    TrainingFacts facts;

    /** The targets, active ones first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanTarget> list(boolean withInactive) {
        return targets.listOrdered(!withInactive);
    }

    /**
     * One target.
     *
     * @throws DomainException 404 when there is none with that id
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PlanTarget get(long id) {
        PlanTarget t = targets.findById(id);
        if (t == null) {
            throw DomainException.notFound();
        }
        return t;
    }

    /** The plan's topics in plan order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanTopic> topics() {
        return topics.ordered();
    }

    /** True when the caller may change the catalogue (ADMIN on the city). */
    public boolean mayEdit() {
        return org.roots(user.writeScope()).stream().anyMatch(u -> u.parent == null);
    }

    /**
     * Adds a target.
     *
     * @throws DomainException 403 for anyone but a city administrator; 422 with field errors for invalid input or a
     *     code already used
     */
    @Transactional
    public PlanTarget create(TargetInput in) {
        requireCityAdmin();
        PlanTarget t = new PlanTarget();
        apply(t, in, true);
        targets.persist(t);
        audit.recordForCaller("reporting.target.create", "plan_target", t.code, null, snapshot(t));
        return t;
    }

    /**
     * Replaces a target's fields (its code may change too, if still unique).
     *
     * @throws DomainException 403 for anyone but a city administrator; 404 unknown id; 409 when {@code version} is
     *     not the current one; 422 with field errors
     */
    @Transactional
    public PlanTarget update(long id, TargetInput in) {
        requireCityAdmin();
        PlanTarget t = get(id);
        if (in != null && in.version() != null && in.version() != t.version) {
            throw DomainException.conflict(m -> m.error_targetStale(t.version));
        }
        Map<String, Object> before = snapshot(t);
        apply(t, in, in == null || in.version() == null);
        t.version++;
        audit.recordForCaller("reporting.target.update", "plan_target", t.code, null,
                Map.of("before", before, "after", snapshot(t)));
        return t;
    }

    /**
     * Derives the training facts from competency attainment again (after changing how topics are measured, or to
     * repair); audited as {@code reporting.facts.rebuild}.
     *
     * @return the number of fact rows
     * @throws DomainException 403 for anyone but a city administrator
     */
    @Transactional
    public int rebuildFacts() {
        requireCityAdmin();
        int rows = facts.rebuild();
        audit.recordForCaller("reporting.facts.rebuild", "person_training", "*", null, Map.of("rows", rows));
        return rows;
    }

    private void requireCityAdmin() {
        if (!mayEdit()) {
            throw new DomainException(403, AppMessages::error_targetCityOnly);
        }
    }

    private void apply(PlanTarget t, TargetInput in, boolean versionMissing) {
        InputCheck check = new InputCheck();
        if (in == null) {
            check.required(null, "code");
            check.throwIfInvalid();
        }
        check.check(t.id == null || !versionMissing, "version", AppMessages::error_fieldRequired);
        String code = in.code() == null ? null : in.code().strip();
        if (check.required(code, "code") && check.check(CODE.matcher(code).matches(), "code",
                AppMessages::error_targetCodeFormat)) {
            check.check(targets.findByCode(code).filter(o -> !o.id.equals(t.id)).isEmpty(), "code",
                    m -> m.error_targetCodeTaken(code));
        }
        if (check.required(in.topic(), "topic")) {
            check.check(topics.findByIdOptional(in.topic().strip()).isPresent(), "topic",
                    m -> m.catalog_errorUnknownValue(in.topic(), String.join(", ",
                            topics.ordered().stream().map(p -> p.code).toList())));
        }
        TrainingLevel level = Enums.parse(TrainingLevel.class, in.level(), "level", check);
        check.required(in.level(), "level");
        TargetKind kind = Enums.parse(TargetKind.class, in.kind(), "kind", check);
        check.required(in.kind(), "kind");
        if (check.required(in.year(), "year")) {
            check.check(in.year() >= 2020 && in.year() <= 2100, "year", AppMessages::error_targetYear);
        }
        BigDecimal percent = in.percent();
        if (check.required(percent, "percent")) {
            check.check(percent.signum() > 0 && percent.compareTo(BigDecimal.valueOf(100)) <= 0
                    && percent.stripTrailingZeros().scale() <= 2, "percent", AppMessages::error_targetPercent);
        }
        List<StaffPosition> positions = Enums.parseAll(StaffPosition.class, in.positions(), "positions", check);
        check.check(in.positions() != null && !in.positions().isEmpty(), "positions", AppMessages::error_fieldRequired);
        List<SchoolLevel> levels = Enums.parseAll(SchoolLevel.class, in.schoolLevels(), "schoolLevels", check);
        List<Ownership> ownerships = Enums.parseAll(Ownership.class, in.ownerships(), "ownerships", check);
        String description = text(in.description(), "description", MAX_DESCRIPTION, check);
        check.required(description, "description");
        String descriptionEn = text(in.descriptionEn(), "descriptionEn", MAX_DESCRIPTION, check);
        String source = text(in.sourceRef(), "sourceRef", MAX_SOURCE, check);
        check.throwIfInvalid();
        t.code = code;
        t.topicCode = in.topic().strip();
        t.trainingLevel = level;
        t.kind = kind;
        t.year = in.year();
        t.percent = percent;
        t.positions = positions.stream().map(Enum::name).toArray(String[]::new);
        t.schoolLevels = levels.stream().map(Enum::name).toArray(String[]::new);
        t.ownerships = ownerships.stream().map(Enum::name).toArray(String[]::new);
        t.description = description;
        t.descriptionEn = descriptionEn;
        t.sourceRef = source;
        t.active = in.active() == null || in.active();
        t.updatedBy = user.id();
        t.updatedAt = Instant.now();
    }

    private static String text(String value, String field, int max, InputCheck check) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = VietnameseText.nfc(value.strip());
        check.check(v.length() <= max, field, m -> m.error_tooLong(max));
        return v;
    }

    /** The fields of a target, for the audit log. */
    static Map<String, Object> snapshot(PlanTarget t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", t.code);
        m.put("topic", t.topicCode);
        m.put("level", t.trainingLevel.name());
        m.put("year", t.year);
        m.put("kind", t.kind.name());
        m.put("percent", t.percent.toPlainString());
        m.put("positions", List.of(t.positions));
        m.put("schoolLevels", List.of(t.schoolLevels));
        m.put("ownerships", List.of(t.ownerships));
        m.put("description", t.description);
        m.put("active", t.active);
        return m;
    }
}
