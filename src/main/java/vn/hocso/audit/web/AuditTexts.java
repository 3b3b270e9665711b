package vn.hocso.audit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page texts of this feature, in Vietnamese ({@code messages/audit_vi.properties}, the default) and English
 * ({@code messages/audit_en.properties}); templates use {@code {audit:key}}. A bundle of its own because one Qute
 * bundle must stay under 300 keys; texts that Java code needs (errors) stay in {@code AppMessages}.
 */
@MessageBundle(value = "audit", locale = "vi")
public interface AuditTexts {

    @Message String explorer_title();
    @Message String explorer_intro();
    @Message String explorer_filters();
    @Message String explorer_person();
    @Message String explorer_personHelp();
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
}
