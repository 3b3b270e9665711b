package vn.hocso.lrs.validation;

import vn.hocso.lrs.model.XapiVersion;

/**
 * Checks of the string formats xAPI uses: IRIs, UUIDs, {@code mailto:} IRIs, SHA-1 and SHA-2 hex digests, Internet media
 * types and statement versions; timestamps and durations are in {@link XapiTimes}, language tags in {@link LanguageTags}. Hand-written scanners (no regular expressions, no
 * exceptions): they run on every statement. Also usable for request parameters, which must validate to the same
 * standards as the same values in statements (XAPI-00012).
 */
public final class XapiFormats {

    private XapiFormats() {
    }

    // ---------------------------------------------------------------------------------------------------- IRIs

    /**
     * True for an absolute IRI (RFC 3987): a scheme ({@code ALPHA *(ALPHA / DIGIT / "+" / "-" / ".")}) and a colon,
     * then no whitespace, control characters or characters IRIs exclude ({@code < > " { } | \ ^ `}), and every
     * {@code %} followed by two hex digits. IRLs (moreInfo, homePage, fileUrl) use the same rule.
     */
    public static boolean isAbsoluteIri(String s) {
        int n = s.length();
        if (n < 2 || !isAlpha(s.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ':') {
                break;
            }
            if (!(isAlpha(c) || isDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
            i++;
        }
        if (i >= n) {
            return false; // no scheme separator
        }
        for (i++; i < n; i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f)) {
                return false;
            }
            switch (c) {
                case '<', '>', '"', '{', '}', '|', '\\', '^', '`' -> {
                    return false;
                }
                case '%' -> {
                    if (i + 2 >= n || !isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
                        return false;
                    }
                    i += 2;
                }
                default -> {
                    if (Character.isSurrogate(c)) {
                        // a lone surrogate is not a character
                        if (!Character.isHighSurrogate(c) || i + 1 >= n || !Character.isLowSurrogate(s.charAt(i + 1))) {
                            return false;
                        }
                        i++;
                    } else if (c == '\ufffe' || c == '\uffff') {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------- UUIDs

    /**
     * True for a UUID in its 36-character string form (8-4-4-4-12 hex digits, either case) with the RFC 4122 variant
     * (the first digit of the fourth group is 8, 9, a or b).
     */
    public static boolean isUuid(String s) {
        if (s.length() != 36) {
            return false;
        }
        for (int i = 0; i < 36; i++) {
            char c = s.charAt(i);
            if (i == 8 || i == 13 || i == 18 || i == 23) {
                if (c != '-') {
                    return false;
                }
            } else if (!isHex(c)) {
                return false;
            }
        }
        char variant = s.charAt(19);
        return variant == '8' || variant == '9' || variant == 'a' || variant == 'b' || variant == 'A'
                || variant == 'B';
    }

    // ---------------------------------------------------------------------------------------------------- mbox

    /**
     * True for a {@code mailto:} IRI holding one email address: {@code mailto:} (lower case), a non-empty local part,
     * one {@code @}, a domain of dot-separated non-empty labels, and no whitespace, control characters or the
     * characters that would make it several addresses or add header fields ({@code , ; ? < > " ( ) [ ] \}).
     */
    public static boolean isMailtoIri(String s) {
        if (!s.startsWith("mailto:")) {
            return false;
        }
        int n = s.length();
        int at = -1;
        for (int i = 7; i < n; i++) {
            char c = s.charAt(i);
            if (c <= 0x20 || c == 0x7f) {
                return false;
            }
            switch (c) {
                case ',', ';', '?', '<', '>', '"', '(', ')', '[', ']', '\\' -> {
                    return false;
                }
                case '@' -> {
                    if (at >= 0) {
                        return false;
                    }
                    at = i;
                }
                default -> {
                }
            }
        }
        if (at <= 7 || at == n - 1) {
            return false; // empty local part or empty domain
        }
        // domain: labels separated by single dots, not starting or ending with a dot
        char prev = '.';
        for (int i = at + 1; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.' && prev == '.') {
                return false;
            }
            prev = c;
        }
        return prev != '.';
    }

    /** True for a SHA-1 digest in hex: 40 hex digits, either case. */
    public static boolean isSha1Hex(String s) {
        return s.length() == 40 && allHex(s);
    }

    /** True for a SHA-2 digest in hex: 56, 64, 96 or 128 hex digits (SHA-224/256/384/512), either case. */
    public static boolean isSha2Hex(String s) {
        int n = s.length();
        return (n == 64 || n == 128 || n == 96 || n == 56) && allHex(s);
    }

    // ---------------------------------------------------------------------------------------------------- media type

    /**
     * True for an Internet media type: {@code type "/" subtype} (RFC 7230 tokens), optionally followed by parameters
     * that start with {@code ;} and contain no control characters.
     */
    public static boolean isMediaType(String s) {
        int n = s.length();
        int i = 0;
        int start = i;
        while (i < n && isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == start || i >= n || s.charAt(i) != '/') {
            return false;
        }
        i++;
        start = i;
        while (i < n && isTokenChar(s.charAt(i))) {
            i++;
        }
        if (i == start) {
            return false;
        }
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        if (i == n) {
            return true;
        }
        if (s.charAt(i) != ';') {
            return false;
        }
        for (; i < n; i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t') || c == 0x7f) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------- versions

    /**
     * True when a statement's {@code version} is acceptable in a request of the given version: "1.0" or "1.0.x" for
     * 1.0.3 requests; also "2.0" or "2.0.x" for 2.0.0 requests (checked without regular expressions).
     */
    public static boolean isAcceptedStatementVersion(String v, XapiVersion request) {
        int n = v.length();
        if (n < 3 || v.charAt(1) != '.' || v.charAt(2) != '0') {
            return false;
        }
        char major = v.charAt(0);
        if (major != '1' && !(major == '2' && request == XapiVersion.V2_0_0)) {
            return false;
        }
        if (n == 3) {
            return true;
        }
        if (n == 4 || v.charAt(3) != '.') {
            return false;
        }
        for (int i = 4; i < n; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------------------------------------------- chars

    static boolean isAlpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    static boolean allHex(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (!isHex(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean alpha(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAlpha(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean alnum(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isAlpha(c) && !isDigit(c)) {
                return false;
            }
        }
        return true;
    }

    static boolean digitsRange(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when {@code count} ASCII digits start at {@code from}. */
    static boolean digits(String s, int from, int count) {
        if (from < 0 || from + count > s.length()) {
            return false;
        }
        return digitsRange(s, from, from + count);
    }

    static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    static boolean isTokenChar(char c) {
        if (isAlpha(c) || isDigit(c)) {
            return true;
        }
        return switch (c) {
            case '!', '#', '$', '%', '&', '\'', '*', '+', '-', '.', '^', '_', '`', '|', '~' -> true;
            default -> false;
        };
    }
}
