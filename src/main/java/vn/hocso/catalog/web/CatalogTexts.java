package vn.hocso.catalog.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page texts of this feature, in Vietnamese ({@code messages/cat_vi.properties}, the default) and English
 * ({@code messages/cat_en.properties}); templates use {@code {cat:key}}. A bundle of its own because one Qute
 * bundle must stay under 300 keys; texts that Java code needs (errors) stay in {@code AppMessages}.
 */
@MessageBundle(value = "cat", locale = "vi")
public interface CatalogTexts {

    @Message String catalog_nav();
    @Message String catalog_navCampaigns();
    @Message String catalog_title();
    @Message String catalog_intro();
    @Message String catalog_search();
    @Message String catalog_searchHint();
    @Message String catalog_filters();
    @Message String catalog_trackLabel();
    @Message String catalog_track(vn.hocso.catalog.model.Track track);
    @Message String catalog_allTracks();
    @Message String catalog_positionLabel();
    @Message String catalog_allPositions();
    @Message String catalog_levelLabel();
    @Message String catalog_allLevels();
    @Message String catalog_durationLabel();
    @Message String catalog_anyDuration();
    @Message String catalog_upToHours(int hours);
    @Message String catalog_filter();
    @Message String catalog_count(long count);
    @Message String catalog_none();
    @Message String catalog_hours(String hours);
    @Message String catalog_selfEnrolOpen();
    @Message String catalog_pagination();
    @Message String catalog_previous();
    @Message String catalog_next();
    @Message String catalog_pageOf(int page, int pages);
    @Message String catalog_forEveryone();
    @Message String catalog_targets();
    @Message String catalog_status(vn.hocso.catalog.model.Course.Status status);
    @Message String catalog_packages();
    @Message String catalog_packageState(vn.hocso.catalog.service.PackageProgress.State state);
    @Message String catalog_start();
    @Message String catalog_continue();
    @Message String catalog_review();
    @Message String catalog_optional();
    @Message String catalog_enrol();
    @Message String catalog_enrolledSelf();
    @Message String catalog_enrolledAssigned();
    @Message String catalog_justEnrolled();
    @Message String catalog_notEnrolled();
    @Message String catalog_due(String due);
    @Message String catalog_daysLeft(long days);
    @Message String catalog_overdueBy(long days);
    @Message String catalog_overdue();
    @Message String catalog_progress(int done, int needed);
    @Message String catalog_courseCompleted();
    @Message String catalog_ruleAll();
    @Message String catalog_ruleRequired();
    @Message String catalog_ruleNofM(int n, int m);
    @Message String catalog_homeAssigned();
    @Message String catalog_homeInProgress();
    @Message String catalog_homeCompleted();
    @Message String catalog_homeNoAssigned();
    @Message String catalog_homeNoInProgress();
    @Message String catalog_homeNoCompleted();
    @Message String catalog_homeBrowse();
    @Message String catalog_campaignsTitle();
    @Message String catalog_campaignsIntro();
    @Message String catalog_campaignNew();
    @Message String catalog_campaignCourse();
    @Message String catalog_campaignChooseCourse();
    @Message String catalog_campaignName();
    @Message String catalog_campaignNameHint();
    @Message String catalog_campaignDue();
    @Message String catalog_campaignCohort();
    @Message String catalog_campaignCriteriaHint();
    @Message String catalog_campaignPositions();
    @Message String catalog_campaignLevels();
    @Message String catalog_campaignDistricts();
    @Message String catalog_campaignInstitutions();
    @Message String catalog_campaignInstitutionsHint();
    @Message String catalog_campaignList();
    @Message String catalog_campaignListHint();
    @Message String catalog_campaignPreview();
    @Message String catalog_campaignLaunch();
    @Message String catalog_campaignPreviewResult(long matching, long already);
    @Message String catalog_campaignUnknownIds(int count, String ids);
    @Message String catalog_campaignWithoutAccount(int count, String ids);
    @Message String catalog_campaignLaunched(String name, long created, long upgraded);
    @Message String catalog_campaignErrors();
    @Message String catalog_campaignExisting();
    @Message String catalog_campaignNone();
    @Message String catalog_campaignColName();
    @Message String catalog_campaignColDue();
    @Message String catalog_campaignColEnrolled();
    @Message String catalog_campaignColCreated();
    @Message String catalog_inboxTitle();
    @Message String catalog_inboxIntro(int total);
    @Message String catalog_inboxTo();
    @Message String catalog_inboxShow();
    @Message String catalog_inboxNone();
    @Message String catalog_inboxSubject();
}
