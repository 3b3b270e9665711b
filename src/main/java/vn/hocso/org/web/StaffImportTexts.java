package vn.hocso.org.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.SchoolLevel;

/**
 * Page texts of this feature, in Vietnamese ({@code messages/staff_vi.properties}, the default) and English
 * ({@code messages/staff_en.properties}); templates use {@code {staff:key}}. A bundle of its own because one Qute
 * bundle must stay under 300 keys; texts that Java code needs (errors) stay in {@code AppMessages}.
 */
@MessageBundle(value = "staff", locale = "vi")
public interface StaffImportTexts {

    @Message String staffImport_link();
    @Message String staffImport_title();
    @Message String staffImport_intro();
    @Message String staffImport_file();
    @Message String staffImport_fileHelp();
    @Message String staffImport_deactivateMissing();
    @Message String staffImport_deactivateMissingHelp();
    @Message String staffImport_allOrNothing();
    @Message String staffImport_allOrNothingHelp();
    @Message String staffImport_preview();
    @Message String staffImport_confirm();
    @Message String staffImport_working();
    @Message String staffImport_failed();
    @Message String staffImport_previewHeading();
    @Message String staffImport_resultHeading();
    @Message String staffImport_columnsHeading();
    @Message String staffImport_columnsIntro();
    @Message String staffImport_colNames();
    @Message String staffImport_colRule();
    @Message String staffImport_ruleNationalId();
    @Message String staffImport_ruleFullName();
    @Message String staffImport_ruleEmail();
    @Message String staffImport_rulePosition();
    @Message String staffImport_ruleInstitution();
    @Message String staffImport_ruleSchoolLevel();
    @Message String staffImport_ruleOwnership();
    @Message String staffImport_ruleSubject();
    @Message String staffImport_recent();
    @Message String staffImport_none();
    @Message String staffImport_colWhen();
    @Message String staffImport_colBy();
    @Message String staffImport_colFile();
    @Message String staffImport_colStatus();
    @Message String staffImport_colName();
    @Message String staffImport_colInstitution();
    @Message String staffImport_created();
    @Message String staffImport_updated();
    @Message String staffImport_transferred();
    @Message String staffImport_reactivated();
    @Message String staffImport_deactivated();
    @Message String staffImport_unchanged();
    @Message String staffImport_errors();
    @Message String staffImport_errorsCsv();
}
