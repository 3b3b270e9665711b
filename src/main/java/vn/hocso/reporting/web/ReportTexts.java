package vn.hocso.reporting.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page texts of plan targets and dashboards, in Vietnamese ({@code messages/rep_vi.properties}, the default) and
 * English ({@code messages/rep_en.properties}); templates use {@code {rep:key}}. A bundle of its own because one Qute
 * bundle must stay under 300 keys.
 */
@MessageBundle(value = "rep", locale = "vi")
public interface ReportTexts {

    @Message String nav();
    @Message String dashboard_title();
    @Message String dashboard_heading(String name);
    @Message String dashboard_intro();
    @Message String dashboard_breadcrumb();
    @Message String dashboard_year();
    @Message String dashboard_allYears();
    @Message String dashboard_asOf();
    @Message String dashboard_inactive();
    @Message String dashboard_show();
    @Message String dashboard_summary(long met, long total);
    @Message String dashboard_asOfNow();
    @Message String dashboard_asOfDay(String day);
    @Message String dashboard_colCode();
    @Message String dashboard_colTarget();
    @Message String dashboard_colWho();
    @Message String dashboard_colGoal();
    @Message String dashboard_colTrained();
    @Message String dashboard_colRate();
    @Message String dashboard_colChart();
    @Message String dashboard_colStatus();
    @Message String dashboard_met();
    @Message String dashboard_behind();
    @Message String dashboard_nobody();
    @Message String dashboard_missing(long count);
    @Message String dashboard_chartLabel(String rate, String goal);
    @Message String dashboard_children();
    @Message String dashboard_childMet(long met, long total);
    @Message String dashboard_noChildren();
    @Message String dashboard_none();
    @Message String dashboard_json();
    @Message String dashboard_catalogue();
    @Message String dashboard_allLevels();
    @Message String target_heading(String code, String description);
    @Message String target_meta(String topic, String level, int year, String kind, String source);
    @Message String target_total();
    @Message String target_byPosition();
    @Message String target_bySchoolLevel();
    @Message String target_byOwnership();
    @Message String target_byUnit();
    @Message String target_office();
    @Message String target_chartTitle(String goal);
    @Message String target_untrained();
    @Message String target_back();
    @Message String target_pooled();
    @Message String level(vn.hocso.reporting.model.TrainingLevel level);
    @Message String kind(vn.hocso.reporting.model.TargetKind kind);
    @Message String untrained_heading(String code, String unit);
    @Message String untrained_count(long count);
    @Message String untrained_csv();
    @Message String untrained_colId();
    @Message String untrained_colName();
    @Message String untrained_colPosition();
    @Message String untrained_colUnit();
    @Message String untrained_colEmail();
    @Message String untrained_none();
    @Message String untrained_paging();
    @Message String untrained_pageOf(int page, int pages);
    @Message String untrained_previous();
    @Message String untrained_next();
    @Message String catalogue_title();
    @Message String catalogue_intro();
    @Message String catalogue_saved(String code);
    @Message String catalogue_errors();
    @Message String catalogue_new();
    @Message String catalogue_edit(String code);
    @Message String catalogue_editLink();
    @Message String catalogue_code();
    @Message String catalogue_topic();
    @Message String catalogue_level();
    @Message String catalogue_year();
    @Message String catalogue_kind();
    @Message String catalogue_percent();
    @Message String catalogue_positions();
    @Message String catalogue_schoolLevels();
    @Message String catalogue_ownerships();
    @Message String catalogue_description();
    @Message String catalogue_descriptionEn();
    @Message String catalogue_source();
    @Message String catalogue_active();
    @Message String catalogue_inactive();
    @Message String catalogue_save();
    @Message String catalogue_cancel();
    @Message String catalogue_colStatus();
    @Message String catalogue_colVersion();
    @Message String catalogue_dashboard();
}
