package vn.hocso.org;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.hocso.support.Api;

/** Staff files for the import tests (CSV and XLSX) and the multipart request that uploads them. */
final class StaffImportFiles {

    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private StaffImportFiles() {
    }

    /** A national id no other test uses (prefix 0795, not used by the demo data). */
    static String newNationalId() {
        return String.format("0795%08d", SEQ.incrementAndGet() % 100_000_000);
    }

    /** A CSV file: the lines joined with CRLF, optionally with a UTF-8 byte-order mark. */
    static byte[] csv(boolean bom, String... lines) {
        String text = String.join("\r\n", lines) + "\r\n";
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        if (!bom) {
            return body;
        }
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    /** An XLSX workbook whose first sheet has these rows; a {@link Number} is written as a numeric cell. */
    static byte[] xlsx(List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook wb = new Workbook(out, "HocSo test", "1.0");
            Worksheet ws = wb.newWorksheet("Nhân sự");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object v = rows.get(r).get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v != null) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            wb.newWorksheet("Ghi chú").value(0, 0, "second sheet is ignored");
            wb.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Uploads a file as {@code user} with the options given as name/value pairs. */
    static Response upload(String user, String fileName, byte[] content, String mime, String... fields) {
        RequestSpecification request = given().auth().preemptive().basic(user, Api.DEMO_PASSWORD)
                .accept("application/json").header("Accept-Language", "en")
                .multiPart("file", fileName, content, mime);
        for (int i = 0; i + 1 < fields.length; i += 2) {
            request.multiPart(fields[i], fields[i + 1]);
        }
        return request.post("/api/v1/staff-imports");
    }

    static Response uploadCsv(String user, byte[] content, String... fields) {
        return upload(user, "nhan-su.csv", content, "text/csv", fields);
    }
}
