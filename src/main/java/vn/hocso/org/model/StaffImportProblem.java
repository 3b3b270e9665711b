package vn.hocso.org.model;

import java.util.function.BiFunction;
import vn.hocso.platform.i18n.AppMessages;

/**
 * What can be wrong with one row of a staff file. Stored by name with the import; the message is rendered in the
 * reader's language, with {@link StaffImportRowError#detail} as its argument.
 */
public enum StaffImportProblem {
    REQUIRED((m, d) -> m.staffImport_pRequired()),
    NATIONAL_ID_FORMAT((m, d) -> m.staffImport_pNationalIdFormat()),
    NATIONAL_ID_LEADING_ZERO((m, d) -> m.staffImport_pNationalIdLeadingZero()),
    DUPLICATE_NATIONAL_ID((m, d) -> m.staffImport_pDuplicateNationalId(d)),
    NAME_TOO_LONG((m, d) -> m.error_tooLong(200)),
    EMAIL_FORMAT((m, d) -> m.error_emailFormat()),
    DUPLICATE_EMAIL((m, d) -> m.staffImport_pDuplicateEmail(d)),
    EMAIL_TAKEN((m, d) -> m.staffImport_pEmailTaken()),
    POSITION((m, d) -> m.staffImport_pPosition()),
    INSTITUTION_UNKNOWN((m, d) -> m.staffImport_pInstitutionUnknown()),
    INSTITUTION_OUT_OF_SCOPE((m, d) -> m.staffImport_pInstitutionOutOfScope()),
    PERSON_OUT_OF_SCOPE((m, d) -> m.staffImport_pPersonOutOfScope()),
    SCHOOL_LEVEL((m, d) -> m.staffImport_pSchoolLevel()),
    SCHOOL_LEVEL_MISMATCH((m, d) -> m.staffImport_pSchoolLevelMismatch(d)),
    OWNERSHIP((m, d) -> m.staffImport_pOwnership()),
    OWNERSHIP_MISMATCH((m, d) -> m.staffImport_pOwnershipMismatch(d)),
    SUBJECT_TOO_LONG((m, d) -> m.error_tooLong(100));

    private final BiFunction<AppMessages, String, String> message;

    StaffImportProblem(BiFunction<AppMessages, String, String> message) {
        this.message = message;
    }

    /** The problem explained in the language of {@code messages}. */
    public String message(AppMessages messages, String detail) {
        return message.apply(messages, detail == null ? "" : detail);
    }
}
