package vn.hocso.certification.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.hocso.certification.config.CertificationConfig;
import vn.hocso.certification.model.Certificate;
import vn.hocso.platform.text.VietnameseText;
import vn.hocso.platform.pdf.PdfText;

/**
 * Renders the printable certificate (A4 landscape, Vietnamese with English second) with PDFBox from the issued
 * credential snapshot, so the PDF never disagrees with the credential. Text is set in DejaVu Sans (embedded subsets,
 * Identity-H, every Vietnamese diacritic; font licence in {@code certification/fonts/LICENSE-DejaVu.txt}) after NFC
 * normalisation. The QR code, drawn as vector modules, encodes the short verification URL.
 */
@ApplicationScoped
public class CertificatePdf {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Color INK = new Color(0x1f, 0x2a, 0x44);
    private static final Color ACCENT = new Color(0x9c, 0x1c, 0x1c);
    private static final float QR_SIZE = 118;

    @Inject
    CertificationConfig config;

    @Inject
    IssuerUrls urls;

    /**
     * Writes the PDF of an issued certificate to {@code out}.
     *
     * @throws IllegalStateException when the certificate has no credential yet (pending or rejected)
     */
    public void write(Certificate c, OutputStream out) throws IOException {
        if (c.credentialJson == null) {
            throw new IllegalStateException("Certificate " + c.id + " has no credential");
        }
        JsonNode vc = CredentialJson.read(c.credentialJson);
        try (PDDocument doc = new PDDocument()) {
            PDFont normal = PdfText.regular(doc);
            PDFont strong = PdfText.bold(doc);
            PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(nfc(vc.path("name").asText()) + " — " + nfc(c.holderName));
            info.setAuthor(config.issuerName());
            info.setSubject(urls.verify(c.verificationCode));
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                draw(s, page.getMediaBox(), normal, strong, c, vc);
            }
            doc.save(out);
        }
    }

    /** The PDF as bytes. */
    public byte[] bytes(Certificate c) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            write(c, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void draw(PDPageContentStream s, PDRectangle box, PDFont normal, PDFont strong, Certificate c,
            JsonNode vc) throws IOException {
        float w = box.getWidth();
        float h = box.getHeight();
        s.setStrokingColor(ACCENT);
        s.setLineWidth(3);
        s.addRect(24, 24, w - 48, h - 48);
        s.stroke();
        s.setLineWidth(0.8f);
        s.addRect(32, 32, w - 64, h - 64);
        s.stroke();

        s.setNonStrokingColor(INK);
        float y = h - 78;
        y = centred(s, strong, 13, nfc(vc.path("issuer").path("name").asText()).toUpperCase(), w, y, 18);
        y -= 22;
        s.setNonStrokingColor(ACCENT);
        y = centred(s, strong, 34, "CHỨNG NHẬN", w, y, 26);
        s.setNonStrokingColor(INK);
        y = centred(s, normal, 12, "CERTIFICATE", w, y, 30);
        y = centred(s, normal, 13, "Chứng nhận ông/bà · This certifies that", w, y, 36);
        y = centred(s, strong, 26, nfc(c.holderName), w, y, 32);
        y = centred(s, normal, 13, "đã đạt · has achieved", w, y, 26);
        for (String line : wrap(nfc(vc.path("name").asText()), strong, 18, w - 200)) {
            y = centred(s, strong, 18, line, w, y, 23);
        }
        String nameEn = c.type.nameEn;
        if (nameEn != null && !nameEn.isBlank()) {
            y = centred(s, normal, 11, nfc(nameEn), w, y, 18);
        }
        y -= 6;
        JsonNode alignments = vc.path("credentialSubject").path("achievement").path("alignment");
        int shown = 0;
        for (JsonNode al : alignments) {
            if (shown == 5) {
                y = centred(s, normal, 10, "… (" + (alignments.size() - 5) + ")", w, y, 14);
                break;
            }
            String text = nfc(al.path("targetCode").asText() + " " + al.path("targetName").asText()
                    + (al.has("targetDescription") ? " — " + al.path("targetDescription").asText() : ""));
            y = centred(s, normal, 10, wrap(text, normal, 10, w - 260).get(0), w, y, 14);
            shown++;
        }

        float left = 64;
        float bottom = 70;
        text(s, normal, 11, "Ngày cấp · Issued: " + date(c.validFrom), left, bottom + 64);
        text(s, normal, 11, c.validUntil == null ? "Hiệu lực: không thời hạn · Valid: no expiry"
                : "Có giá trị đến · Valid until: " + date(c.validUntil), left, bottom + 46);
        text(s, strong, 11, "Mã xác thực · Verification code: " + c.verificationCode, left, bottom + 28);
        text(s, normal, 10, urls.verify(c.verificationCode), left, bottom + 10);

        String url = urls.verify(c.verificationCode);
        float qx = w - 64 - QR_SIZE;
        qr(s, url, qx, bottom - 4, QR_SIZE);
        s.setNonStrokingColor(INK);
        String caption = "Quét để xác thực · Scan to verify";
        float cw = normal.getStringWidth(caption) / 1000 * 8;
        text(s, normal, 8, caption, qx + (QR_SIZE - cw) / 2, bottom - 16);
    }

    /** Draws the QR code of {@code content} with its quiet zone inside the square at (x, y). */
    private static void qr(PDPageContentStream s, String content, float x, float y, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalStateException("Verification URL too long for a QR code: " + content, e);
        }
        float module = size / m.getWidth();
        s.setNonStrokingColor(Color.WHITE);
        s.addRect(x, y, size, size);
        s.fill();
        s.setNonStrokingColor(Color.BLACK);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    s.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        s.fill();
    }

    private static float centred(PDPageContentStream s, PDFont font, float size, String text, float width, float y,
            float advance) throws IOException {
        float tw = font.getStringWidth(text) / 1000 * size;
        text(s, font, size, text, (width - tw) / 2, y);
        return y - advance;
    }

    private static void text(PDPageContentStream s, PDFont font, float size, String text, float x, float y)
            throws IOException {
        PdfText.text(s, font, size, text, x, y);
    }

    static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        return PdfText.wrap(text, font, size, max);
    }

    private static String date(Instant instant) {
        return DATE.format(instant.atZone(VIETNAM));
    }

    private static String nfc(String text) {
        String n = VietnameseText.nfc(text);
        return n == null ? "" : n.replaceAll("[\\p{Cntrl}]", "");
    }
}
