package vn.hocso.competency.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Page texts of this feature, in Vietnamese ({@code messages/fw_vi.properties}, the default) and English
 * ({@code messages/fw_en.properties}); templates use {@code {fw:key}}. A bundle of its own because one Qute
 * bundle must stay under 300 keys; texts that Java code needs (errors) stay in {@code AppMessages}.
 */
@MessageBundle(value = "fw", locale = "vi")
public interface FrameworkTexts {

    @Message String framework_nav();
    @Message String framework_listTitle();
    @Message String framework_listIntro();
    @Message String framework_colFramework();
    @Message String framework_colVersion();
    @Message String framework_colStatus();
    @Message String framework_colItems();
    @Message String framework_colCode();
    @Message String framework_colStatement();
    @Message String framework_colType();
    @Message String framework_colLevel();
    @Message String framework_colPosition();
    @Message String framework_colRelation();
    @Message String framework_colTarget();
    @Message String framework_draft();
    @Message String framework_editable();
    @Message String framework_source();
    @Message String framework_creator();
    @Message String framework_officialSource();
    @Message String framework_items();
    @Message String framework_levels();
    @Message String framework_crosswalks();
    @Message String framework_incoming();
    @Message String framework_roleTargets();
    @Message String framework_none();
    @Message String framework_nothing();
    @Message String framework_back();
    @Message String framework_caseJson();
    @Message String framework_importLink();
    @Message String framework_importTitle();
    @Message String framework_importHelp();
    @Message String framework_importFile();
    @Message String framework_importSubmit();
    @Message String framework_importFailed();
    @Message String framework_colWhere();
    @Message String framework_colProblem();
}
