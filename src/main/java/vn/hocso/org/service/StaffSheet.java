package vn.hocso.org.service;

import java.io.Closeable;
import java.util.List;

/** The rows of an uploaded staff file, read one at a time, blank rows skipped. */
interface StaffSheet extends Closeable {

    /** One row: its number as a spreadsheet shows it (1 = first row) and its cells as text (null = empty). */
    record SheetRow(int number, List<String> cells) {

        /** The cell at {@code index}, trimmed; null when absent or blank. */
        String cell(int index) {
            if (index < 0 || index >= cells.size() || cells.get(index) == null) {
                return null;
            }
            String v = cells.get(index).strip();
            return v.isEmpty() ? null : v;
        }
    }

    /** The file's format name: CSV or XLSX. */
    String format();

    /**
     * The next row that has at least one non-blank cell, or null at the end.
     *
     * @throws vn.hocso.platform.web.DomainException 422 when the file turns out unreadable (e.g. not UTF-8)
     */
    SheetRow next();
}
