package vn.hocso.certification.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Compact JWS (RFC 7515) as VC-JWT uses it: {@code base64url(header).base64url(payload).base64url(signature)}, the
 * signature computed over the ASCII of the first two parts.
 */
public final class Jws {

    private static final Pattern COMPACT = Pattern.compile("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]*$");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A JWS taken apart. The payload is only decoded, not parsed: it may be anything once altered. */
    public record Parsed(JsonNode header, byte[] payload, byte[] signingInput, byte[] signature) {
    }

    /** The text is not a compact JWS at all (wrong shape, or the header is not base64url JSON). */
    public static final class Malformed extends Exception {
        public Malformed(String message) {
            super(message);
        }
    }

    private Jws() {
    }

    /** True when the text has the shape of a compact JWS (three base64url parts). */
    public static boolean looksCompact(String text) {
        return text != null && text.length() < 1_000_000 && COMPACT.matcher(text).matches();
    }

    /** The signing input of a header and payload: {@code base64url(header) + "." + base64url(payload)}. */
    public static String signingInput(byte[] header, byte[] payload) {
        return ENCODER.encodeToString(header) + "." + ENCODER.encodeToString(payload);
    }

    /** Appends the signature to a signing input. */
    public static String compact(String signingInput, byte[] signature) {
        return signingInput + "." + ENCODER.encodeToString(signature);
    }

    /**
     * Splits and decodes a compact JWS.
     *
     * @throws Malformed when it is not three base64url parts or the header is not a JSON object
     */
    public static Parsed parse(String compact) throws Malformed {
        String text = compact == null ? "" : compact.trim();
        if (!looksCompact(text)) {
            throw new Malformed("not a compact JWS (three base64url parts separated by dots)");
        }
        String[] parts = text.split("\\.", -1);
        JsonNode header;
        try {
            header = CredentialJson.MAPPER.readTree(decode(parts[0]));
        } catch (IOException | IllegalArgumentException e) {
            throw new Malformed("the JWS header is not base64url-encoded JSON");
        }
        if (header == null || !header.isObject()) {
            throw new Malformed("the JWS header is not a JSON object");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = decode(parts[1]);
            signature = decode(parts[2]);
        } catch (IllegalArgumentException e) {
            payload = null;
            signature = new byte[0];
        }
        return new Parsed(header, payload, (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                signature);
    }

    private static byte[] decode(String part) {
        return Base64.getUrlDecoder().decode(part);
    }
}
