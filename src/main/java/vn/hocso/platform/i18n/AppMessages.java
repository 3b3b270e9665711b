package vn.hocso.platform.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.hocso.org.model.OrgUnitKind;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;

/**
 * Every text HocSo shows, in Vietnamese ({@code messages/msg_vi.properties}, the default) and English
 * ({@code messages/msg_en.properties}). Templates use {@code {msg:key}}; Java code gets the bundle of a locale from
 * {@link Languages#messages}. The build fails when a template names a missing key.
 */
@MessageBundle(value = "msg", locale = "vi")
public interface AppMessages {

    // --- layout and navigation
    @Message String app_name();
    @Message String app_tagline();
    @Message String nav_label();
    @Message String nav_skip();
    @Message String nav_home();
    @Message String nav_admin();
    @Message String nav_logout();
    @Message String nav_signedInAs(String name);
    @Message String lang_label();
    @Message String footer_text();

    // --- login
    @Message String login_title();
    @Message String login_intro();
    @Message String login_username();
    @Message String login_password();
    @Message String login_submit();
    @Message String login_help();
    @Message String login_invalid();
    @Message String login_missing();
    @Message String login_locked(long minutes);
    @Message String login_throttled(long minutes);
    @Message String login_disabled();
    @Message String login_loggedOut();

    // --- learner home
    @Message String home_title();
    @Message String home_greeting(String name);
    @Message String home_myCourses();
    @Message String home_noCourses();

    // --- administration
    @Message String admin_title();
    @Message String admin_tree();
    @Message String admin_breadcrumb();
    @Message String admin_children();
    @Message String admin_noChildren();
    @Message String admin_peopleIn(String unit);
    @Message String admin_peopleCount(long count);
    @Message String admin_search();
    @Message String admin_searchHint();
    @Message String admin_position();
    @Message String admin_allPositions();
    @Message String admin_filter();
    @Message String admin_colName();
    @Message String admin_colNationalId();
    @Message String admin_colPosition();
    @Message String admin_colInstitution();
    @Message String admin_colEmail();
    @Message String admin_colStatus();
    @Message String admin_active();
    @Message String admin_inactive();
    @Message String admin_noPeople();
    @Message String admin_pageOf(int page, int pages);
    @Message String admin_previous();
    @Message String admin_next();
    @Message String admin_paging();

    // --- labels of enumerations
    @Message String kind(OrgUnitKind kind);
    @Message String schoolLevel(SchoolLevel level);
    @Message String ownership(Ownership ownership);
    @Message String position(StaffPosition position);

    // --- errors
    @Message String error_title(int status);
    @Message String error_backHome();
    @Message String error_notFound();
    @Message String error_forbidden();
    @Message String error_unauthorized();
    @Message String error_badRequest();
    @Message String error_badParameter();
    @Message String error_methodNotAllowed();
    @Message String error_notAcceptable();
    @Message String error_tooLarge();
    @Message String error_unsupportedMediaType();
    @Message String error_internal();
    @Message String error_internalWithId(String id);
    @Message String error_malformedJson(String line, String column);
    @Message String error_jsonFieldValue(String field, String value);
    @Message String error_jsonFieldType(String field);
    @Message String error_jsonBodyType();
    @Message String error_conflict();
    @Message String error_validation();
    @Message String error_fieldRequired();
    @Message String error_tooLong(int max);
    @Message String error_orgCodeFormat();
    @Message String error_orgKindCity();
    @Message String error_orgParentKind();
    @Message String error_orgCodeTaken(String code);
    @Message String error_nationalIdFormat();
    @Message String error_nationalIdTaken(String nationalId);
    @Message String error_emailFormat();
    @Message String error_emailTaken(String email);
    @Message String error_unitNotInScope();
    @Message String error_usernameFormat();
    @Message String error_usernameTaken(String username);
    @Message String error_passwordPolicy(int min);
    @Message String error_localeUnsupported();
    @Message String error_rolesRequired();
    @Message String error_personHasAccount();
    @Message String error_lrsScopes(String known);
    @Message String error_inThePast();

    // --- content packages, SCORM player
    @Message String nav_content();
    @Message String content_title();
    @Message String content_upload();
    @Message String content_uploadHelp();
    @Message String content_file();
    @Message String content_orgUnit();
    @Message String content_uploadSubmit();
    @Message String content_sending();
    @Message String content_processing();
    @Message String content_done();
    @Message String content_failed();
    @Message String content_packages();
    @Message String content_colTitle();
    @Message String content_colStandard();
    @Message String content_colVersion();
    @Message String content_colUnit();
    @Message String content_colStatus();
    @Message String content_none();
    @Message String home_available();
    @Message String learn_start();
    @Message String learn_resume();
    @Message String learn_newAttempt();
    @Message String learn_attempts();
    @Message String learn_attemptNo(int number);
    @Message String learn_completion(String status);
    @Message String learn_success(String status);
    @Message String learn_completionLabel();
    @Message String learn_successLabel();
    @Message String learn_score();
    @Message String learn_time();
    @Message String learn_minutes(long minutes);
    @Message String learn_back();
    @Message String player_toc();
    @Message String player_previous();
    @Message String player_continue();
    @Message String player_exit();
    @Message String player_saving();
    @Message String player_saved();
    @Message String player_offline();
    @Message String player_rejected();
    @Message String player_launchExpired();
    @Message String error_packageStandardChanged(String was, String now);
    @Message String error_packageHasAttempts();
    @Message String error_packageOrgUnitRequired();
    @Message String error_packageOrgUnitOutOfScope();
    @Message String error_packageArchived();
    @Message String error_packageNotScorm();
    @Message String error_packageFileMissing();
    @Message String error_attemptClosed();
    @Message String error_packageRejected(String code, String a, String b, String english);
    @Message String learn_xapiDone();
    @Message String learn_xapiInProgress();
    @Message String error_packageNotXapi();
    @Message String error_packageNotCmi5();
    @Message String error_cmi5LaunchMode();
    @Message String error_cmi5Actor();
    @Message String error_cmi5Registration();
    @Message String error_cmi5WaiveReason(String reasons);

    // --- audit: LRS query page
    @Message String nav_statements();
    @Message String explorer_personRequired();

    // --- catalog: courses, catalogue, enrolments, campaigns, reminders (vn.hocso.catalog)
    @Message String catalog_field(String field);
    @Message String catalog_fieldError(String field, String message);
    @Message String catalog_errorUnknownValue(String value, String known);
    @Message String catalog_errorDuration();
    @Message String catalog_errorCompletionMin(int max);
    @Message String catalog_errorNoRequired();
    @Message String catalog_errorCompetencyUnknown(long id);
    @Message String catalog_errorPackagesRequired();
    @Message String catalog_errorPackageUnknown(long id);
    @Message String catalog_errorPackageTwice(long id);
    @Message String catalog_errorSelfEnrolClosed();
    @Message String catalog_errorCourseNotAssignable();
    @Message String catalog_errorDueInPast();
    @Message String catalog_errorDateFormat();
    @Message String catalog_errorDistrictUnknown(long id);
    @Message String catalog_errorInstitutionUnknown(long id);
    @Message String catalog_errorInstitutionCode(String code);
    @Message String catalog_errorNationalIdLines(String lines);
    @Message String catalog_errorNationalIdsEmpty();
    @Message String catalog_errorNationalIdsTooMany(int max);
    @Message String catalog_mailSubjectBefore(String title, String due);
    @Message String catalog_mailSubjectOverdue(String title, String due);
    @Message String catalog_mailGreeting(String name);
    @Message String catalog_mailBefore(String title, String due, long days);
    @Message String catalog_mailOverdue(String title, String due, long days);
    @Message String catalog_mailProgress(int done, int needed);
    @Message String catalog_mailLink(String link);
    @Message String catalog_mailSignature();
    // --- certificates (vn.hocso.certification)
    @Message String certificate_reasonValid();
    @Message String certificate_reasonExpired();
    @Message String certificate_reasonRevoked(String reason);
    @Message String certificate_reasonForeignKey();
    @Message String certificate_reasonForeignIssuer();
    @Message String certificate_reasonBadSignature();
    @Message String certificate_reasonChanged();
    @Message String certificate_reasonUnknown();
    @Message String certificate_reasonStatusList();
    @Message String certificate_errorNotACredential();
    @Message String certificate_errorNotPending();
    @Message String certificate_errorNotIssued();
    @Message String certificate_errorValidity();
    @Message String certificate_errorRequirements();
    @Message String certificate_errorUnknownItem();
    @Message String certificate_errorUnknownLevel();
    @Message String certificate_errorDuplicateItem();
    @Message String certificate_errorOrgUnitRequired();
    @Message String explorer_verb();
    @Message String explorer_activity();
    @Message String explorer_registration();
    @Message String explorer_from();
    @Message String explorer_to();
    @Message String explorer_search();
    @Message String explorer_results();
    @Message String explorer_exportCsv();
    @Message String explorer_exportJson();
    @Message String explorer_colTime();
    @Message String explorer_colActor();
    @Message String explorer_colVerb();
    @Message String explorer_colObject();
    @Message String explorer_colResult();
    @Message String explorer_voided();
    @Message String explorer_next();
    @Message String explorer_none();
    @Message String explorer_statement();
    @Message String explorer_back();

    // --- competency frameworks
    @Message String framework_atRow(int row, String problem);
    @Message String framework_invalidFile(int count);
    @Message String framework_fieldRequired();
    @Message String framework_notText();
    @Message String framework_notUuid(String value);
    @Message String framework_notDateTime(String value);
    @Message String framework_tooLong(int max);
    @Message String framework_notObject();
    @Message String framework_notArray();
    @Message String framework_notPackage();
    @Message String framework_malformedJson(String line, String column);
    @Message String framework_badAdoptionStatus(String value);
    @Message String framework_badCode(String value);
    @Message String framework_tooMany(int max);
    @Message String framework_duplicate(String value);
    @Message String framework_twoParents(String item);
    @Message String framework_cycle(String item);
    @Message String framework_badAssociationType(String value);
    @Message String framework_unknownReference(String value);
    @Message String framework_badPosition(String value);
    @Message String framework_csvQuote();
    @Message String framework_csvEmpty();
    @Message String framework_csvColumns(int expected, int found);
    @Message String framework_csvNoFramework();
    @Message String framework_csvScaleValues();
    @Message String framework_csvScaleConfig();
    @Message String framework_csvFlag(String value);
    @Message String framework_exists(String code, String version);
    @Message String framework_published(String code, String version);
    @Message String framework_notEditable(String code);
    @Message String framework_draftExists(String code, String version);
    @Message String framework_itemHasChildren();
    @Message String framework_fileMissing();
    @Message String framework_fileType();
    // --- staff import (vn.hocso.org: StaffImportService, StaffImportResource, StaffImportPage)
    @Message String staffImport_colColumn();
    @Message String staffImport_colRow();
    @Message String staffImport_colValue();
    @Message String staffImport_colMessage();
    @Message String staffImport_status(vn.hocso.org.model.StaffImportStatus status);
    @Message String staffImport_summaryDryRun(int valid, int errors);
    @Message String staffImport_summaryCompleted(int rows);
    @Message String staffImport_summaryWithErrors(int errors, int imported);
    @Message String staffImport_summaryAborted(int errors);
    @Message String staffImport_deactivationSkipped(String codes);
    @Message String staffImport_deactivationSkippedAll();
    @Message String staffImport_errorsTruncated(int shown, int total);
    @Message String staffImport_fileMissing();
    @Message String staffImport_tooLarge(long megabytes);
    @Message String staffImport_tooManyRows(int max);
    @Message String staffImport_unsupportedType();
    @Message String staffImport_oldExcel();
    @Message String staffImport_badXlsx();
    @Message String staffImport_notUtf8();
    @Message String staffImport_noHeader(String missing);
    @Message String staffImport_duplicateColumn(String column);
    @Message String staffImport_noRows();
    @Message String staffImport_pRequired();
    @Message String staffImport_pNationalIdFormat();
    @Message String staffImport_pNationalIdLeadingZero();
    @Message String staffImport_pDuplicateNationalId(String row);
    @Message String staffImport_pDuplicateEmail(String row);
    @Message String staffImport_pEmailTaken();
    @Message String staffImport_pPosition();
    @Message String staffImport_pInstitutionUnknown();
    @Message String staffImport_pInstitutionOutOfScope();
    @Message String staffImport_pPersonOutOfScope();
    @Message String staffImport_pSchoolLevel();
    @Message String staffImport_pSchoolLevelMismatch(String level);
    @Message String staffImport_pOwnership();
    @Message String staffImport_pOwnershipMismatch(String ownership);
}
