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
}
