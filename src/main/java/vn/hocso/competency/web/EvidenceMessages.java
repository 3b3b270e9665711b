package vn.hocso.competency.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the evidence and attainment feature, in Vietnamese ({@code messages/evidence_vi.properties}, the default)
 * and English ({@code messages/evidence_en.properties}). Templates use {@code {evidence:key}}; errors reach the
 * response through {@link EvidenceText}.
 */
@MessageBundle(value = "evidence", locale = "vi")
public interface EvidenceMessages {

    // --- validation of rules and evidence
    @Message String error_itemUnknown(long id);
    @Message String error_levelUnknown(long id);
    @Message String error_levelFramework();
    @Message String error_packagesUnknown(String ids);
    @Message String error_coursesUnknown(String ids);
    @Message String error_modulesRequired();
    @Message String error_moduleKind(String kinds);
    @Message String error_moduleTwice();
    @Message String error_oneOf(String values);
    @Message String error_requiredCount(int max);
    @Message String error_requiredCountOnlyNofM();
    @Message String error_minScore();
    @Message String error_minScoreOnlyScore();
    @Message String error_validityMonths();
    @Message String error_personUnknown(long id);
    @Message String error_date();
    @Message String error_proofType();
    @Message String error_proofTooLarge(long megabytes);
    @Message String error_proofMissing();
    @Message String error_noPerson();

    // --- learner page
    @Message String profile_title();
    @Message String profile_intro();
    @Message String profile_noTarget();
    @Message String profile_targetHeading(String framework);
    @Message String profile_item();
    @Message String profile_target();
    @Message String profile_held();
    @Message String profile_state();
    @Message String profile_met();
    @Message String profile_gap();
    @Message String profile_none();
    @Message String profile_gapsHeading();
    @Message String profile_noGaps();
    @Message String profile_modulesFor(String item, String level);
    @Message String profile_noModules();
    @Message String profile_heldHeading();
    @Message String profile_nothingHeld();
    @Message String profile_expires(String date);
    @Message String profile_noExpiry();
    @Message String profile_link();

    // --- module rule page
    @Message String rules_title();
    @Message String rules_intro();
    @Message String rules_frameworksLink();
    @Message String rules_created(long id, int people);
    @Message String rules_deleted(long id);
    @Message String rules_errors();
    @Message String rules_new();
    @Message String rules_framework();
    @Message String rules_chooseFramework();
    @Message String rules_item();
    @Message String rules_level();
    @Message String rules_modules();
    @Message String rules_modulesHelp();
    @Message String rules_courses();
    @Message String rules_coursePackages(String count);
    @Message String rules_packages();
    @Message String rules_noPackages();
    @Message String rules_combinator();
    @Message String rules_combinatorName(vn.hocso.competency.model.ModuleRule.Combinator c);
    @Message String rules_requiredCount();
    @Message String rules_requiredCountHelp();
    @Message String rules_condition();
    @Message String rules_conditionName(vn.hocso.competency.model.ModuleRule.Condition c);
    @Message String rules_minScore();
    @Message String rules_minScoreHelp();
    @Message String rules_validity();
    @Message String rules_validityHelp();
    @Message String rules_save();
    @Message String rules_noFramework();
    @Message String rules_listHeading();
    @Message String rules_when();
    @Message String rules_validityCol();
    @Message String rules_holders();
    @Message String rules_actions();
    @Message String rules_courseTag();
    @Message String rules_archived();
    @Message String rules_months(int months);
    @Message String rules_noExpiry();
    @Message String rules_delete();
    @Message String rules_deleteWarning(long holders);
    @Message String rules_deleteConfirm();
    @Message String rules_none();
    @Message String rules_link();
}
