package vn.hocso.org.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.hocso.org.model.OrgScope;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffImportProblem;
import vn.hocso.org.model.StaffImportRowError;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.org.persistence.StaffImportStage;
import vn.hocso.platform.text.VietnameseText;

/**
 * Checks the rows of one staff file in Java, with the rules of {@link PersonService} (12-digit national id, NFC name
 * up to 200 characters, lower-case e-mail, position, subject up to 100) plus the file's own: the institution exists
 * and lies in the caller's write scope, a given school level and ownership agree with the institution's, and a
 * national id or e-mail does not repeat an earlier row. What needs the stored people (e-mail of another person, a
 * person of a unit outside the scope) is checked afterwards in SQL ({@code StaffImportStage}). Not thread-safe: one
 * checker per file.
 */
final class StaffRowChecker {

    /** What the checker needs to know about an org unit. */
    record Unit(long id, String code, String path, SchoolLevel level, Ownership ownership) {
    }

    /**
     * The outcome for one row.
     *
     * @param staged what to stage: valid, or with {@code error} set, kept so that the person it names is not
     *        taken for missing (null when the row names no valid national id and has errors)
     * @param errors the row's errors (empty when valid)
     * @param errorUnitId the known unit of an erroneous row, null when none or valid
     * @param unattributed an erroneous row that names neither a known unit nor a valid national id, so that the
     *        person it meant cannot be told apart from the missing ones
     */
    record Checked(StaffImportStage.Row staged, List<StaffImportRowError> errors, Long errorUnitId, boolean unattributed) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    private static final Pattern NATIONAL_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern SHORT_DIGITS = Pattern.compile("[0-9]{9,11}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Map<String, StaffPosition> POSITIONS = new HashMap<>();
    private static final Map<String, SchoolLevel> LEVELS = new HashMap<>();
    private static final Map<String, Ownership> OWNERSHIPS = new HashMap<>();

    static {
        for (StaffPosition p : StaffPosition.values()) {
            POSITIONS.put(p.name().toLowerCase(Locale.ROOT), p);
        }
        POSITIONS.put("canboquanly", StaffPosition.CBQL);
        POSITIONS.put("totruongchuyenmon", StaffPosition.TTCM);
        POSITIONS.put("giaovien", StaffPosition.GV);
        POSITIONS.put("nhanvien", StaffPosition.NV);
        POSITIONS.put("cntt", StaffPosition.IT);
        POSITIONS.put("canbocntt", StaffPosition.IT);
        for (SchoolLevel l : SchoolLevel.values()) {
            LEVELS.put(StaffColumn.compact(l.name()), l);
        }
        LEVELS.put("mamnon", SchoolLevel.MN);
        LEVELS.put("tieuhoc", SchoolLevel.TH);
        LEVELS.put("trunghoccoso", SchoolLevel.THCS);
        LEVELS.put("trunghocphothong", SchoolLevel.THPT);
        LEVELS.put("giaoducthuongxuyen", SchoolLevel.GDTX);
        LEVELS.put("giaoducnghenghiep", SchoolLevel.GDNN);
        LEVELS.put("giaoducchuyenbiet", SchoolLevel.CHUYEN_BIET);
        OWNERSHIPS.put("public", Ownership.PUBLIC);
        OWNERSHIPS.put("conglap", Ownership.PUBLIC);
        OWNERSHIPS.put("nonpublic", Ownership.NON_PUBLIC);
        OWNERSHIPS.put("ngoaiconglap", Ownership.NON_PUBLIC);
        OWNERSHIPS.put("tuthuc", Ownership.NON_PUBLIC);
        OWNERSHIPS.put("danlap", Ownership.NON_PUBLIC);
    }

    private final EnumMap<StaffColumn, Integer> columns;
    private final Map<String, Unit> unitsByCode;
    private final OrgScope scope;
    private final Map<String, Integer> nationalIdRows = new HashMap<>();
    private final Map<String, Integer> emailRows = new HashMap<>();

    /**
     * @param columns the index of each column present in the file
     * @param unitsByCode every org unit by code
     * @param scope the caller's write scope
     */
    StaffRowChecker(EnumMap<StaffColumn, Integer> columns, Map<String, Unit> unitsByCode, OrgScope scope) {
        this.columns = columns;
        this.unitsByCode = unitsByCode;
        this.scope = scope;
    }

    /** Checks one data row. Rows must come in file order (later duplicates are the errors). */
    Checked check(StaffSheet.SheetRow row) {
        List<StaffImportRowError> errors = new ArrayList<>();
        int n = row.number();

        String rawId = cell(row, StaffColumn.NATIONAL_ID);
        String nationalId = null;
        if (rawId == null) {
            errors.add(error(n, StaffColumn.NATIONAL_ID, null, StaffImportProblem.REQUIRED, null));
        } else if (!NATIONAL_ID.matcher(rawId).matches()) {
            errors.add(error(n, StaffColumn.NATIONAL_ID, rawId, SHORT_DIGITS.matcher(rawId).matches()
                    ? StaffImportProblem.NATIONAL_ID_LEADING_ZERO : StaffImportProblem.NATIONAL_ID_FORMAT, null));
        } else {
            Integer first = nationalIdRows.putIfAbsent(rawId, n);
            if (first != null) {
                errors.add(error(n, StaffColumn.NATIONAL_ID, rawId, StaffImportProblem.DUPLICATE_NATIONAL_ID,
                        Integer.toString(first)));
            } else {
                nationalId = rawId;
            }
        }

        String fullName = VietnameseText.nfc(cell(row, StaffColumn.FULL_NAME));
        if (fullName == null || fullName.isEmpty()) {
            errors.add(error(n, StaffColumn.FULL_NAME, null, StaffImportProblem.REQUIRED, null));
        } else if (fullName.length() > 200) {
            errors.add(error(n, StaffColumn.FULL_NAME, fullName, StaffImportProblem.NAME_TOO_LONG, null));
        }

        String rawEmail = cell(row, StaffColumn.EMAIL);
        String email = rawEmail == null ? null : rawEmail.toLowerCase(Locale.ROOT);
        if (email != null) {
            if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
                errors.add(error(n, StaffColumn.EMAIL, rawEmail, StaffImportProblem.EMAIL_FORMAT, null));
            } else {
                Integer first = emailRows.putIfAbsent(email, n);
                if (first != null) {
                    errors.add(error(n, StaffColumn.EMAIL, rawEmail, StaffImportProblem.DUPLICATE_EMAIL,
                            Integer.toString(first)));
                }
            }
        }

        String rawPosition = cell(row, StaffColumn.POSITION);
        StaffPosition position = rawPosition == null ? null : POSITIONS.get(StaffColumn.compact(rawPosition));
        if (rawPosition == null) {
            errors.add(error(n, StaffColumn.POSITION, null, StaffImportProblem.REQUIRED, null));
        } else if (position == null) {
            errors.add(error(n, StaffColumn.POSITION, rawPosition, StaffImportProblem.POSITION, null));
        }

        Unit unit = checkUnit(row, errors);

        String subject = VietnameseText.nfc(cell(row, StaffColumn.SUBJECT));
        if (subject != null && subject.length() > 100) {
            errors.add(error(n, StaffColumn.SUBJECT, subject, StaffImportProblem.SUBJECT_TOO_LONG, null));
        }

        boolean valid = errors.isEmpty();
        StaffImportStage.Row staged = nationalId == null ? null : new StaffImportStage.Row(n, nationalId, valid ? fullName : null,
                valid ? VietnameseText.searchKey(fullName) : null, valid ? email : null, valid ? position : null,
                unit == null ? null : unit.id(), valid ? (subject == null || subject.isEmpty() ? null : subject) : null,
                !valid);
        String code = cell(row, StaffColumn.INSTITUTION_CODE);
        boolean unitUnknown = code == null || !unitsByCode.containsKey(code.toUpperCase(Locale.ROOT));
        boolean unattributed = !valid && unitUnknown && (rawId == null || !NATIONAL_ID.matcher(rawId).matches());
        return new Checked(staged, errors, valid || unit == null ? null : unit.id(), unattributed);
    }

    /** The row's institution if it exists and is in scope; the level and ownership checks add their errors. */
    private Unit checkUnit(StaffSheet.SheetRow row, List<StaffImportRowError> errors) {
        int n = row.number();
        String rawCode = cell(row, StaffColumn.INSTITUTION_CODE);
        if (rawCode == null) {
            errors.add(error(n, StaffColumn.INSTITUTION_CODE, null, StaffImportProblem.REQUIRED, null));
            return null;
        }
        Unit unit = unitsByCode.get(rawCode.toUpperCase(Locale.ROOT));
        if (unit == null) {
            errors.add(error(n, StaffColumn.INSTITUTION_CODE, rawCode, StaffImportProblem.INSTITUTION_UNKNOWN, null));
            return null;
        }
        if (!scope.covers(unit.path())) {
            errors.add(error(n, StaffColumn.INSTITUTION_CODE, rawCode, StaffImportProblem.INSTITUTION_OUT_OF_SCOPE,
                    null));
            return null;
        }
        String rawLevel = cell(row, StaffColumn.SCHOOL_LEVEL);
        if (rawLevel != null) {
            SchoolLevel level = LEVELS.get(StaffColumn.compact(rawLevel));
            if (level == null) {
                errors.add(error(n, StaffColumn.SCHOOL_LEVEL, rawLevel, StaffImportProblem.SCHOOL_LEVEL, null));
            } else if (level != unit.level()) {
                errors.add(error(n, StaffColumn.SCHOOL_LEVEL, rawLevel, StaffImportProblem.SCHOOL_LEVEL_MISMATCH,
                        unit.level() == null ? "—" : unit.level().name()));
            }
        }
        String rawOwnership = cell(row, StaffColumn.OWNERSHIP);
        if (rawOwnership != null) {
            Ownership ownership = OWNERSHIPS.get(StaffColumn.compact(rawOwnership));
            if (ownership == null) {
                errors.add(error(n, StaffColumn.OWNERSHIP, rawOwnership, StaffImportProblem.OWNERSHIP, null));
            } else if (ownership != unit.ownership()) {
                errors.add(error(n, StaffColumn.OWNERSHIP, rawOwnership, StaffImportProblem.OWNERSHIP_MISMATCH,
                        unit.ownership() == null ? "—" : unit.ownership().name()));
            }
        }
        return unit;
    }

    private String cell(StaffSheet.SheetRow row, StaffColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : row.cell(index);
    }

    private static StaffImportRowError error(int row, StaffColumn column, String value, StaffImportProblem problem,
            String detail) {
        return new StaffImportRowError(row, column.key(), value, problem, detail);
    }
}
