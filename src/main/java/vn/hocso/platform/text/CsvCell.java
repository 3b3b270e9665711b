package vn.hocso.platform.text;

/** Cells of the CSV files HocSo writes (RFC 4180, opened by spreadsheets). */
public final class CsvCell {

    private CsvCell() {
    }

    /**
     * The value as a quoted CSV field; a leading =, +, - or @ is prefixed with ' so that a spreadsheet does not run it
     * as a formula. Null is the empty (unquoted) field.
     */
    public static String of(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
