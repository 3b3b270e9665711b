package vn.hocso.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.support.Api;

/** The certificate PDF: Vietnamese text round-trips from embedded fonts, and its QR code decodes to the page URL. */
@QuarkusTest
class CertificatePdfTest {

    @Inject
    CertificateFixture fixture;

    @Test
    @DisplayName("Holder's Vietnamese name round-trips, fonts are embedded, the QR decodes to the verification URL")
    void pdfRendersAndDecodes() throws Exception {
        String decomposed = java.text.Normalizer.normalize("Nguyễn Thị Ánh Tuyết", java.text.Normalizer.Form.NFD);
        Map<String, Object> cert = fixture.issue(decomposed, 24);
        String code = (String) cert.get("verificationCode");
        byte[] pdf = Api.as(Api.CITY_ADMIN).accept("application/pdf").get("/api/v1/certificates/" + cert.get("id")
                + "/pdf").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Nguyễn Thị Ánh Tuyết"), text);
            assertTrue(text.contains("CHỨNG NHẬN"), text);
            assertTrue(text.contains("Chứng nhận năng lực số giáo viên"), text);
            assertTrue(text.contains(code), text);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 150);
            Path png = Files.createDirectories(Path.of("target", "screenshots")).resolve("certificate-page1.png");
            ImageIO.write(page, "png", png.toFile());
            Result qr = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(page))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
            assertEquals("https://hocso.test/verify/" + code, qr.getText());
        }
        // the holder downloads it too; another teacher does not
        Api.as(Api.TEACHER).accept("application/pdf").get("/api/v1/certificates/" + cert.get("id") + "/pdf").then()
                .statusCode(404);
    }
}
