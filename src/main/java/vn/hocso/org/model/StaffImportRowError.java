package vn.hocso.org.model;

/**
 * One problem of one row of an imported file.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1 in a CSV file)
 * @param column the canonical column ({@code national_id}, {@code email}, …), null for the whole row
 * @param value the cell as read (cut to 300 characters), null when empty
 * @param problem what is wrong
 * @param detail the problem's argument (e.g. the row of the first occurrence, the institution's school level)
 */
public record StaffImportRowError(int row, String column, String value, StaffImportProblem problem, String detail) {

    public StaffImportRowError {
        if (value != null && value.length() > 300) {
            value = value.substring(0, 300);
        }
        if (detail != null && detail.length() > 300) {
            detail = detail.substring(0, 300);
        }
    }
}
