package vn.hocso.reporting.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * A report snapshot as an Excel workbook: «Tổng hợp» (every target), «Theo đơn vị» (each target in each child unit),
 * «Theo chức vụ» (each target by position) and, for a monthly report, «Bồi dưỡng mới trong tháng». Header rows bold on
 * grey and frozen; rates are numbers formatted as percentages.
 */
final class ReportXlsx {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private ReportXlsx() {
    }

    static byte[] write(ReportData d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocSo", "1.0");
            Worksheet sum = wb.newWorksheet("Tổng hợp");
            sum.value(0, 0, d.title());
            sum.style(0, 0).bold().fontSize(14).set();
            sum.value(1, 0, "Đơn vị: " + d.unitName() + " (" + d.unitCode() + ") · Số liệu đến ngày "
                    + DAY.format(d.asOf()) + " · Lần " + d.sequence() + " · Người lập: " + d.issuedBy() + ", "
                    + TIME.format(d.issuedAt()));
            int r = header(sum, 3, "Mã", "Chỉ tiêu", "Chủ đề", "Mức", "Năm", "Chức vụ", "Cấp học", "Mục tiêu",
                    "Đã bồi dưỡng", "Tổng số", "Tỉ lệ", "Tình trạng");
            for (ReportData.TargetRow t : d.targets()) {
                sum.value(r, 0, t.code());
                sum.value(r, 1, t.description());
                sum.value(r, 2, t.topic());
                sum.value(r, 3, ReportData.level(t.level()));
                sum.value(r, 4, t.year());
                sum.value(r, 5, String.join(", ", t.positions().stream().map(ReportData::position).toList()));
                sum.value(r, 6, t.schoolLevels().isEmpty() ? "Tất cả" : String.join(", ", t.schoolLevels()));
                percent(sum, r, 7, t.goal());
                sum.value(r, 8, t.numerator());
                sum.value(r, 9, t.denominator());
                percent(sum, r, 10, t.rate());
                sum.value(r, 11, t.denominator() == 0 ? "Không có đối tượng" : t.met() ? "Đạt" : "Chưa đạt");
                r++;
            }
            widths(sum, 14, 70, 30, 10, 7, 30, 16, 10, 13, 10, 10, 16);
            sum.freezePane(0, 4);

            Worksheet units = wb.newWorksheet("Theo đơn vị");
            r = header(units, 0, "Mã đơn vị", "Đơn vị", "Chỉ tiêu", "Đã bồi dưỡng", "Tổng số", "Tỉ lệ", "Tình trạng");
            for (ReportData.UnitRow u : d.units()) {
                units.value(r, 0, u.unitCode());
                units.value(r, 1, u.unitName());
                units.value(r, 2, u.target());
                units.value(r, 3, u.numerator());
                units.value(r, 4, u.denominator());
                percent(units, r, 5, u.rate());
                units.value(r, 6, u.denominator() == 0 ? "Không có đối tượng" : u.met() ? "Đạt" : "Chưa đạt");
                r++;
            }
            widths(units, 16, 45, 14, 13, 10, 10, 18);
            units.freezePane(0, 1);

            Worksheet pos = wb.newWorksheet("Theo chức vụ");
            r = header(pos, 0, "Chỉ tiêu", "Chức vụ", "Đã bồi dưỡng", "Tổng số", "Tỉ lệ");
            for (ReportData.PositionRow p : d.positions()) {
                pos.value(r, 0, p.target());
                pos.value(r, 1, ReportData.position(p.position()));
                pos.value(r, 2, p.numerator());
                pos.value(r, 3, p.denominator());
                percent(pos, r, 4, p.rate());
                r++;
            }
            widths(pos, 14, 24, 13, 10, 10);
            pos.freezePane(0, 1);

            if (d.newlyTrained() != null) {
                Worksheet m = wb.newWorksheet("Bồi dưỡng mới trong tháng");
                r = header(m, 0, "Chủ đề", "Mức", "Số người");
                for (ReportData.NewlyTrained n : d.newlyTrained()) {
                    m.value(r, 0, n.topicName());
                    m.value(r, 1, ReportData.level(n.level()));
                    m.value(r, 2, n.people());
                    r++;
                }
                widths(m, 60, 12, 12);
            }
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Writes a bold grey header row at {@code row}; returns the next row. */
    private static int header(Worksheet ws, int row, String... names) {
        for (int c = 0; c < names.length; c++) {
            ws.value(row, c, names[c]);
        }
        ws.range(row, 0, row, names.length - 1).style().bold().fillColor("D9E2F3").wrapText(true).set();
        return row + 1;
    }

    private static void percent(Worksheet ws, int row, int col, BigDecimal value) {
        if (value != null) {
            ws.value(row, col, value.movePointLeft(2));
            ws.style(row, col).format("0.0%").set();
        }
    }

    private static void widths(Worksheet ws, double... widths) {
        for (int c = 0; c < widths.length; c++) {
            ws.width(c, widths[c]);
        }
    }
}
