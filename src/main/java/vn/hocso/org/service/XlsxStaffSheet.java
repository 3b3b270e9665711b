package vn.hocso.org.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.hocso.platform.i18n.AppMessages;
import vn.hocso.platform.web.DomainException;

/**
 * The first sheet of an Excel workbook (.xlsx), streamed row by row (fastexcel-reader). Numbers are read as written,
 * without exponent or trailing ".0" (an id typed as a number stays digits; its lost leading zero is reported).
 */
final class XlsxStaffSheet implements StaffSheet {

    private final ReadableWorkbook workbook;
    private final Stream<Row> rows;
    private final Iterator<Row> iterator;

    /**
     * @throws DomainException 422 when the workbook cannot be read
     */
    XlsxStaffSheet(Path file) {
        try {
            workbook = new ReadableWorkbook(file.toFile());
            rows = workbook.getFirstSheet().openStream();
            iterator = rows.iterator();
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public SheetRow next() {
        try {
            while (iterator.hasNext()) {
                Row row = iterator.next();
                List<String> cells = new ArrayList<>(row.getCellCount());
                boolean any = false;
                for (int i = 0; i < row.getCellCount(); i++) {
                    String text = text(row.getCell(i));
                    cells.add(text);
                    any |= text != null && !text.isBlank();
                }
                if (any) {
                    return new SheetRow(row.getRowNum(), cells);
                }
            }
            return null;
        } catch (UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            throw unreadable();
        } catch (RuntimeException e) {
            if (e.getClass().getName().startsWith("org.dhatim")) {
                throw unreadable();
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            rows.close();
        } finally {
            workbook.close();
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        String raw = cell.getRawValue();
        switch (cell.getType()) {
            case NUMBER:
                try {
                    return new BigDecimal(raw).stripTrailingZeros().toPlainString();
                } catch (RuntimeException e) {
                    return raw;
                }
            case EMPTY:
                return null;
            case STRING:
                return cell.getText();
            default:
                return raw == null ? cell.getText() : raw;
        }
    }

    private static DomainException unreadable() {
        return new DomainException(422, AppMessages::staffImport_badXlsx);
    }
}
