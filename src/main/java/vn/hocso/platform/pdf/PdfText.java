package vn.hocso.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Vietnamese text in the PDFs HocSo writes (certificates, reports): the embedded DejaVu Sans fonts (subset, Identity-H,
 * every Vietnamese diacritic; licence in {@code certification/fonts/LICENSE-DejaVu.txt}), text drawing and word wrap.
 * Callers normalise text to NFC first.
 */
public final class PdfText {

    private static final byte[] REGULAR = font("DejaVuSans.ttf");
    private static final byte[] BOLD = font("DejaVuSans-Bold.ttf");

    private PdfText() {
    }

    /** DejaVu Sans embedded (subset) in the document. */
    public static PDFont regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
    }

    /** DejaVu Sans Bold embedded (subset) in the document. */
    public static PDFont bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
    }

    /** Draws one line of text with its baseline starting at (x, y). */
    public static void text(PDPageContentStream s, PDFont font, float size, String text, float x, float y)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(text);
        s.endText();
    }

    /** Width of the text in points. */
    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Greedy word wrap to {@code max} points; a word longer than a line stays whole. */
    public static List<String> wrap(String text, PDFont font, float size, float max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > max) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfText.class.getResourceAsStream("/certification/fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font certification/fonts/" + name + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
