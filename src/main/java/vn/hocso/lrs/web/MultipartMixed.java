package vn.hocso.lrs.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** Reading and writing {@code multipart/mixed} bodies (statements with attachments, RFC 2046). */
public final class MultipartMixed {

    /** One part: its headers (names case-insensitive) and content. */
    public record Part(Map<String, String> headers, byte[] content) {

        public String header(String name) {
            return headers.get(name);
        }

        /** Media type without parameters, lower case ("" when absent). */
        public String mediaType() {
            String ct = header("Content-Type");
            return ct == null ? "" : ct.split(";")[0].trim().toLowerCase(Locale.ROOT);
        }
    }

    private MultipartMixed() {
    }

    /** The boundary parameter of a multipart Content-Type header, or null. */
    public static String boundary(String contentType) {
        if (contentType == null) {
            return null;
        }
        for (String param : contentType.split(";")) {
            String p = param.trim();
            if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                String b = p.substring(9).trim();
                return b.startsWith("\"") && b.endsWith("\"") && b.length() > 1 ? b.substring(1, b.length() - 1) : b;
            }
        }
        return null;
    }

    /**
     * The parts of a body.
     *
     * @throws XapiException 400 when the boundary is missing or the body is not well-formed multipart
     */
    public static List<Part> parse(byte[] body, String contentType) {
        String boundary = boundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw XapiException.badRequest("multipart/mixed needs a boundary parameter in Content-Type");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<Part> parts = new ArrayList<>();
        int pos = indexOf(body, delimiter, 0);
        if (pos < 0) {
            throw XapiException.badRequest("The multipart body does not contain its boundary");
        }
        while (true) {
            int after = pos + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                return parts;
            }
            int headerStart = skipLineBreak(body, after);
            int next = indexOf(body, delimiter, headerStart);
            if (next < 0) {
                throw XapiException.badRequest("The multipart body is not closed by its final boundary");
            }
            int partEnd = next;
            if (partEnd >= 2 && body[partEnd - 2] == '\r' && body[partEnd - 1] == '\n') {
                partEnd -= 2;
            } else if (partEnd >= 1 && body[partEnd - 1] == '\n') {
                partEnd -= 1;
            }
            parts.add(part(body, headerStart, partEnd));
            pos = next;
        }
    }

    private static Part part(byte[] body, int start, int end) {
        Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        int line = start;
        while (line < end) {
            int eol = indexOf(body, new byte[] {'\n'}, line);
            if (eol < 0 || eol > end) {
                eol = end;
            }
            int lineEnd = eol > line && body[eol - 1] == '\r' ? eol - 1 : eol;
            if (lineEnd == line) {
                line = eol + 1;
                break;
            }
            String header = new String(body, line, lineEnd - line, StandardCharsets.ISO_8859_1);
            int colon = header.indexOf(':');
            if (colon <= 0) {
                throw XapiException.badRequest("Malformed header in a multipart part: " + header);
            }
            headers.put(header.substring(0, colon).trim(), header.substring(colon + 1).trim());
            line = eol + 1;
        }
        int from = Math.min(line, end);
        byte[] content = new byte[end - from];
        System.arraycopy(body, from, content, 0, content.length);
        return new Part(headers, content);
    }

    /** Writes parts with a fresh boundary; returns the Content-Type header value and the body. */
    public static Map.Entry<String, byte[]> write(List<Part> parts) {
        String boundary = "hocso-" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            p.headers().forEach((k, v) -> out.writeBytes((k + ": " + v + "\r\n").getBytes(StandardCharsets.UTF_8)));
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(p.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
        return Map.entry("multipart/mixed; boundary=" + boundary, out.toByteArray());
    }

    private static int skipLineBreak(byte[] body, int i) {
        if (i < body.length && body[i] == '\r') {
            i++;
        }
        if (i < body.length && body[i] == '\n') {
            i++;
        }
        return i;
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
