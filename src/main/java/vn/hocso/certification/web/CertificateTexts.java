package vn.hocso.certification.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page texts of this feature, in Vietnamese ({@code messages/cert_vi.properties}, the default) and English
 * ({@code messages/cert_en.properties}); templates use {@code {cert:key}}. A bundle of its own because one Qute
 * bundle must stay under 300 keys; texts that Java code needs (errors) stay in {@code AppMessages}.
 */
@MessageBundle(value = "cert", locale = "vi")
public interface CertificateTexts {

    @Message String certificate_navMine();
    @Message String certificate_navAdmin();
    @Message String certificate_mineTitle();
    @Message String certificate_mineIntro();
    @Message String certificate_mineNone();
    @Message String certificate_colName();
    @Message String certificate_colHolder();
    @Message String certificate_colIssued();
    @Message String certificate_colValidUntil();
    @Message String certificate_colStatus();
    @Message String certificate_colCode();
    @Message String certificate_colActions();
    @Message String certificate_noExpiry();
    @Message String certificate_downloadPdf();
    @Message String certificate_downloadJson();
    @Message String certificate_downloadJwt();
    @Message String certificate_verifyLink();
    @Message String certificate_downloadsOf(String name);
    @Message String certificate_status(vn.hocso.certification.model.CertificateStatus status);
    @Message String certificate_expired();
    @Message String certificate_adminTitle();
    @Message String certificate_queue();
    @Message String certificate_queueNone();
    @Message String certificate_issued();
    @Message String certificate_issuedNone();
    @Message String certificate_approve();
    @Message String certificate_reject();
    @Message String certificate_revoke();
    @Message String certificate_reason();
    @Message String certificate_reasonHelp();
    @Message String certificate_done(String done);
    @Message String certificate_export();
    @Message String certificate_exportUnit();
    @Message String certificate_exportSubmit();
    @Message String certificate_verifyTitle();
    @Message String certificate_verifyResult(String result);
    @Message String certificate_holder();
    @Message String certificate_achievement();
    @Message String certificate_issuer();
    @Message String certificate_validFrom();
    @Message String certificate_validUntil();
    @Message String certificate_code();
    @Message String certificate_verifyNote();

    // --- certificate types page
    @Message String types_title();
    @Message String types_intro();
    @Message String types_backToCertificates();
    @Message String types_saved(long id, int people);
    @Message String types_errors();
    @Message String types_new();
    @Message String types_edit(String name);
    @Message String types_framework();
    @Message String types_chooseFramework();
    @Message String types_frameworkHelp();
    @Message String types_name();
    @Message String types_nameEn();
    @Message String types_description();
    @Message String types_descriptionEn();
    @Message String types_criteria();
    @Message String types_criteriaHelp();
    @Message String types_mode();
    @Message String types_modeName(String mode);
    @Message String types_validity();
    @Message String types_validityHelp();
    @Message String types_unit();
    @Message String types_unitHelp();
    @Message String types_active();
    @Message String types_requirements();
    @Message String types_requirementsHelp();
    @Message String types_competency();
    @Message String types_minLevel();
    @Message String types_notRequired();
    @Message String types_noFramework();
    @Message String types_save();
    @Message String types_cancel();
    @Message String types_listHeading();
    @Message String types_status();
    @Message String types_isActive();
    @Message String types_isInactive();
    @Message String types_months(int months);
    @Message String types_editLink();
    @Message String types_none();
    @Message String types_link();
}
