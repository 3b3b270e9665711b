package vn.hocso.reporting.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hocso.platform.pdf.PdfText;

/**
 * A report snapshot as a PDF: A4 landscape, Vietnamese (embedded DejaVu fonts), the header block, the table of
 * targets, the child units' table and the position table, each paginated with its header row repeated, and
 * «Trang x/y» on every page.
 */
final class ReportPdf {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final float MARGIN = 36;
    private static final float SIZE = 8.5f;
    private static final float LEAD = 11;

    private final PDDocument doc;
    private final PDFont normal;
    private final PDFont bold;
    private final PDRectangle box = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private PDPageContentStream s;
    private float y;

    private ReportPdf(PDDocument doc) throws IOException {
        this.doc = doc;
        this.normal = PdfText.regular(doc);
        this.bold = PdfText.bold(doc);
    }

    static byte[] write(ReportData d) {
        try (PDDocument doc = new PDDocument()) {
            ReportPdf pdf = new ReportPdf(doc);
            pdf.render(d);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.getDocumentInformation().setTitle(d.title() + " — " + d.unitName());
            doc.getDocumentInformation().setCreator("HocSo");
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void render(ReportData d) throws IOException {
        newPage();
        PdfText.text(s, bold, 9, "SỞ GIÁO DỤC VÀ ĐÀO TẠO THÀNH PHỐ HỒ CHÍ MINH", MARGIN, y);
        PdfText.text(s, normal, 9, "HocSo — hệ thống bồi dưỡng năng lực số", box.getWidth() - MARGIN - 200, y);
        y -= 26;
        float tw = PdfText.width(bold, 15, d.title());
        PdfText.text(s, bold, 15, d.title(), (box.getWidth() - tw) / 2, y);
        y -= 18;
        String sub = "Đơn vị: " + d.unitName() + " · Số liệu đến hết ngày " + DAY.format(d.asOf()) + " · Lần "
                + d.sequence();
        PdfText.text(s, normal, 10, sub, (box.getWidth() - PdfText.width(normal, 10, sub)) / 2, y);
        y -= 14;
        String by = "Người lập: " + d.issuedBy() + " · " + TIME.format(d.issuedAt());
        PdfText.text(s, normal, 9, by, (box.getWidth() - PdfText.width(normal, 9, by)) / 2, y);
        y -= 22;

        heading("1. Kết quả thực hiện các chỉ tiêu");
        List<String[]> rows = new ArrayList<>();
        for (ReportData.TargetRow t : d.targets()) {
            rows.add(new String[] {t.code(), t.description(), String.join(", ", t.positions().stream()
                    .map(ReportData::position).toList()) + (t.schoolLevels().isEmpty() ? ""
                            : " (" + String.join(", ", t.schoolLevels()) + ")"),
                    ReportData.pct(t.goal()), t.numerator() + "/" + t.denominator(), ReportData.pct(t.rate()),
                    t.denominator() == 0 ? "Không có đối tượng" : t.met() ? "Đạt" : "Chưa đạt"});
        }
        table(new String[] {"Mã", "Chỉ tiêu", "Đối tượng", "Mục tiêu", "Đạt/Tổng", "Tỉ lệ", "Tình trạng"},
                new float[] {74, 318, 150, 48, 70, 48, 62}, rows);

        heading("2. Kết quả theo đơn vị trực thuộc");
        rows = new ArrayList<>();
        for (ReportData.UnitRow u : d.units()) {
            rows.add(new String[] {u.unitName(), u.target(), u.numerator() + "/" + u.denominator(),
                    ReportData.pct(u.rate()), u.denominator() == 0 ? "–" : u.met() ? "Đạt" : "Chưa đạt"});
        }
        table(new String[] {"Đơn vị", "Chỉ tiêu", "Đạt/Tổng", "Tỉ lệ", "Tình trạng"},
                new float[] {360, 110, 90, 80, 130}, rows);

        heading("3. Kết quả theo chức vụ");
        rows = new ArrayList<>();
        for (ReportData.PositionRow p : d.positions()) {
            rows.add(new String[] {p.target(), ReportData.position(p.position()), p.numerator() + "/" + p.denominator(),
                    ReportData.pct(p.rate())});
        }
        table(new String[] {"Chỉ tiêu", "Chức vụ", "Đạt/Tổng", "Tỉ lệ"}, new float[] {150, 250, 120, 120}, rows);

        if (d.newlyTrained() != null) {
            heading("4. Số người được bồi dưỡng mới trong tháng");
            rows = new ArrayList<>();
            for (ReportData.NewlyTrained n : d.newlyTrained()) {
                rows.add(new String[] {n.topicName(), ReportData.level(n.level()), String.valueOf(n.people())});
            }
            table(new String[] {"Chủ đề", "Mức", "Số người"}, new float[] {420, 120, 120}, rows);
        }
        s.close();
        int pages = doc.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            try (PDPageContentStream f = new PDPageContentStream(doc, doc.getPage(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String label = "Trang " + (i + 1) + "/" + pages;
                PdfText.text(f, normal, 8, label, box.getWidth() - MARGIN - PdfText.width(normal, 8, label), 20);
            }
        }
    }

    private void newPage() throws IOException {
        if (s != null) {
            s.close();
        }
        PDPage page = new PDPage(box);
        doc.addPage(page);
        s = new PDPageContentStream(doc, page);
        y = box.getHeight() - MARGIN;
    }

    private void heading(String text) throws IOException {
        if (y < MARGIN + 80) {
            newPage();
        }
        y -= 6;
        PdfText.text(s, bold, 11, text, MARGIN, y);
        y -= 16;
    }

    /** A table with wrapped cells; breaks pages between rows and repeats the header row. */
    private void table(String[] header, float[] widths, List<String[]> rows) throws IOException {
        row(header, widths, true);
        for (String[] r : rows) {
            float height = height(r, widths, normal);
            if (y - height < MARGIN + 14) {
                newPage();
                row(header, widths, true);
            }
            row(r, widths, false);
        }
        y -= 10;
    }

    private float height(String[] cells, float[] widths, PDFont font) throws IOException {
        int lines = 1;
        for (int c = 0; c < cells.length; c++) {
            lines = Math.max(lines, PdfText.wrap(cells[c] == null ? "" : cells[c], font, SIZE, widths[c] - 6).size());
        }
        return lines * LEAD + 4;
    }

    private void row(String[] cells, float[] widths, boolean header) throws IOException {
        PDFont font = header ? bold : normal;
        float h = height(cells, widths, font);
        float x = MARGIN;
        if (header) {
            s.setNonStrokingColor(0.85f, 0.89f, 0.95f);
            float total = 0;
            for (float w : widths) {
                total += w;
            }
            s.addRect(MARGIN, y - h, total, h);
            s.fill();
            s.setNonStrokingColor(0f, 0f, 0f);
        }
        for (int c = 0; c < cells.length; c++) {
            float ly = y - LEAD + 1;
            for (String line : PdfText.wrap(cells[c] == null ? "" : cells[c], font, SIZE, widths[c] - 6)) {
                PdfText.text(s, font, SIZE, line, x + 3, ly);
                ly -= LEAD;
            }
            s.setLineWidth(0.3f);
            s.addRect(x, y - h, widths[c], h);
            s.stroke();
            x += widths[c];
        }
        y -= h;
    }
}
