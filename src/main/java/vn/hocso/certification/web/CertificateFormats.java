package vn.hocso.certification.web;

import io.quarkus.qute.TemplateExtension;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Template formatting of certificate dates: {@code {c.validFrom.vnDate}} → {@code 05/03/2026} (Vietnam time). */
@TemplateExtension
public class CertificateFormats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    static String vnDate(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }
}
