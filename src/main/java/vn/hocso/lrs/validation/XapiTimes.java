package vn.hocso.lrs.validation;

import static vn.hocso.lrs.validation.XapiFormats.daysInMonth;
import static vn.hocso.lrs.validation.XapiFormats.digits;
import static vn.hocso.lrs.validation.XapiFormats.isDigit;
import static vn.hocso.lrs.validation.XapiFormats.num;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import vn.hocso.lrs.model.XapiVersion;

/**
 * Timestamps ({@code timestamp}, {@code stored}; ISO 8601 for 1.0.3, RFC 3339 for 2.0.0) and ISO 8601 durations
 * ({@code result.duration}). Hand-written scanners: no regular expressions, no exceptions.
 */
public final class XapiTimes {

    private XapiTimes() {
    }

    // ---------------------------------------------------------------------------------------------------- durations

    /**
     * True for an ISO 8601:2004 §4.4.3.2 duration: {@code PnW} alone, or {@code P[nY][nM][nD][T[nH][nM][nS]]} with at
     * least one component (and at least one after {@code T}). Only the last component may have a decimal fraction
     * (with {@code .}). The alternative format ({@code P0003-06-04T12:30:05}) and negative durations are rejected.
     */
    public static boolean isDuration(String s) {
        int n = s.length();
        if (n < 3 || s.charAt(0) != 'P') {
            return false;
        }
        int i = 1;
        // designators in the order they may appear: Y M D (date part), H M S (time part); W only alone
        final String dateOrder = "YMD";
        final String timeOrder = "HMS";
        int order = 0; // next allowed position in the current part
        boolean inTime = false;
        boolean any = false;
        boolean anyTime = false;
        boolean fractionSeen = false;
        boolean week = false;
        while (i < n) {
            char c = s.charAt(i);
            if (c == 'T') {
                if (inTime || week) {
                    return false;
                }
                inTime = true;
                order = 0;
                i++;
                if (i == n) {
                    return false; // "T" with no time component
                }
                continue;
            }
            if (fractionSeen) {
                return false; // a fraction is allowed on the last component only
            }
            int startDigits = i;
            while (i < n && isDigit(s.charAt(i))) {
                i++;
            }
            if (i == startDigits) {
                return false;
            }
            if (i < n && s.charAt(i) == '.') {
                i++;
                int startFraction = i;
                while (i < n && isDigit(s.charAt(i))) {
                    i++;
                }
                if (i == startFraction) {
                    return false;
                }
                fractionSeen = true;
            }
            if (i >= n) {
                return false; // number without designator
            }
            char d = s.charAt(i++);
            if (d == 'W') {
                if (any || inTime) {
                    return false;
                }
                week = true;
                any = true;
                continue;
            }
            if (week) {
                return false; // PnW cannot be combined with other components
            }
            String allowed = inTime ? timeOrder : dateOrder;
            int pos = allowed.indexOf(d, order);
            if (pos < 0) {
                return false;
            }
            order = pos + 1;
            any = true;
            if (inTime) {
                anyTime = true;
            }
        }
        return any && (!inTime || anyTime);
    }

    // ---------------------------------------------------------------------------------------------------- timestamps

    /**
     * Checks a timestamp ({@code timestamp}, {@code stored}) for the request's version and returns {@code null} when it
     * is acceptable, or a plain-English reason when it is not.
     * <ul>
     * <li>Both versions: a complete calendar date and a time of day, real (month 01–12, day within the month, hour
     * 00–23, minute and second 00–59); an offset of {@code Z}, {@code +hh:mm} etc. up to ±18:00, or none (read as UTC,
     * the spec only says a timestamp SHOULD include its time zone); never a negative zero offset ({@code -00},
     * {@code -0000}, {@code -00:00}).</li>
     * <li>2.0.0 (RFC 3339): {@code YYYY-MM-DDThh:mm:ss[.fff…]} then {@code Z}/{@code z} or {@code ±hh:mm}; {@code t}
     * is accepted for {@code T}.</li>
     * <li>1.0.3 (ISO 8601): extended ({@code YYYY-MM-DDThh:mm[:ss[.fff…]]}) or basic ({@code YYYYMMDDThhmm[ss[.fff…]]})
     * form, a fraction with {@code .} or {@code ,}, and an offset of {@code Z}, {@code ±hh}, {@code ±hhmm} or
     * {@code ±hh:mm}.</li>
     * </ul>
     */
    public static String timestampProblem(String s, XapiVersion version) {
        return scan(s, version == XapiVersion.V2_0_0 ? RFC3339 : ISO8601, null);
    }

    /**
     * The instant of a timestamp that {@link #timestampProblem} accepts for either version (no time zone: UTC). For
     * storing {@code timestamp}/{@code stored} in UTC and comparing them, which 2.0.0 requires; fractions beyond
     * nanoseconds are truncated.
     *
     * @throws IllegalArgumentException when neither version accepts the value
     */
    public static Instant toInstant(String s) {
        long[] f = new long[8];
        String problem = scan(s, EITHER, f);
        if (problem != null) {
            throw new IllegalArgumentException("timestamp " + problem + ": " + s);
        }
        return LocalDateTime.of((int) f[0], (int) f[1], (int) f[2], (int) f[3], (int) f[4], (int) f[5], (int) f[6])
                .toInstant(ZoneOffset.ofTotalSeconds((int) f[7]));
    }

    private static final int RFC3339 = 0;
    private static final int ISO8601 = 1;
    private static final int EITHER = 2;

    /**
     * Scans a timestamp; returns null when acceptable, else the problem. When {@code out} is given it receives year,
     * month, day, hour, minute, second, nanosecond and the offset in seconds.
     */
    private static String scan(String s, int mode, long[] out) {
        boolean rfc3339 = mode == RFC3339; // RFC 3339 only: extended form, seconds and ±hh:mm required
        boolean lowerCase = mode != ISO8601; // RFC 3339 allows t and z
        int n = s.length();
        int i;
        boolean extended;
        // ---- date
        if (n < 8 || !digits(s, 0, 4)) {
            return "is not a timestamp (expected YYYY-MM-DDThh:mm:ss with a time zone, e.g. 2024-05-04T17:00:00Z)";
        }
        int year = num(s, 0, 4);
        int month;
        int day;
        if (s.charAt(4) == '-') {
            if (n < 10 || !digits(s, 5, 2) || s.charAt(7) != '-' || !digits(s, 8, 2)) {
                return "is not a timestamp (expected YYYY-MM-DDThh:mm:ss with a time zone, e.g. 2024-05-04T17:00:00Z)";
            }
            month = num(s, 5, 2);
            day = num(s, 8, 2);
            i = 10;
            extended = true;
        } else {
            if (rfc3339) {
                return "is not an RFC 3339 timestamp (xAPI 2.0): the date must be YYYY-MM-DD";
            }
            if (!digits(s, 4, 4)) {
                return "is not an ISO 8601 timestamp";
            }
            month = num(s, 4, 2);
            day = num(s, 6, 2);
            i = 8;
            extended = false;
        }
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return "is not a real calendar date";
        }
        // ---- separator
        if (i >= n) {
            return "has a date but no time; a timestamp is a date and a time (YYYY-MM-DDThh:mm:ss)";
        }
        char t = s.charAt(i);
        if (!(t == 'T' || (lowerCase && t == 't'))) {
            return "must separate the date and the time with 'T'";
        }
        i++;
        // ---- time
        if (!digits(s, i, 2)) {
            return "has no valid time of day after 'T'";
        }
        int hour = num(s, i, 2);
        i += 2;
        int minute;
        int second = 0;
        boolean hasSeconds = false;
        if (extended) {
            if (i >= n || s.charAt(i) != ':' || !digits(s, i + 1, 2)) {
                return "has no valid time of day (expected hh:mm:ss)";
            }
            minute = num(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == ':') {
                if (!digits(s, i + 1, 2)) {
                    return "has invalid seconds";
                }
                second = num(s, i + 1, 2);
                hasSeconds = true;
                i += 3;
            } else if (rfc3339) {
                return "is not an RFC 3339 timestamp (xAPI 2.0): seconds are required (hh:mm:ss)";
            }
        } else {
            if (!digits(s, i, 2)) {
                return "has no valid time of day (expected hhmmss)";
            }
            minute = num(s, i, 2);
            i += 2;
            if (digits(s, i, 2)) {
                second = num(s, i, 2);
                hasSeconds = true;
                i += 2;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return "has a time of day out of range (hour 00-23, minute and second 00-59)";
        }
        // ---- fraction of a second
        int nanos = 0;
        if (i < n && (s.charAt(i) == '.' || (!rfc3339 && s.charAt(i) == ','))) {
            if (!hasSeconds) {
                return "has a decimal fraction but no seconds (expected hh:mm:ss.fff)";
            }
            int start = ++i;
            int scale = 100_000_000;
            while (i < n && isDigit(s.charAt(i))) {
                nanos += (s.charAt(i) - '0') * scale;
                scale /= 10;
                i++;
            }
            if (i == start) {
                return "has a decimal point with no digits after it";
            }
        }
        if (out != null) {
            out[0] = year;
            out[1] = month;
            out[2] = day;
            out[3] = hour;
            out[4] = minute;
            out[5] = second;
            out[6] = nanos;
            out[7] = 0;
        }
        // ---- offset
        if (i == n) {
            return null; // no time zone: read as UTC
        }
        char z = s.charAt(i);
        if (z == 'Z' || (lowerCase && z == 'z')) {
            return i + 1 == n ? null : "has unexpected characters after the time zone";
        }
        if (z != '+' && z != '-') {
            return "has an invalid time zone (expected Z or an offset such as +07:00)";
        }
        i++;
        if (!digits(s, i, 2)) {
            return "has an invalid time zone offset";
        }
        int offHours = num(s, i, 2);
        int offMinutes = 0;
        i += 2;
        if (i < n) {
            if (s.charAt(i) == ':') {
                i++;
            } else if (rfc3339) {
                return "is not an RFC 3339 timestamp (xAPI 2.0): the offset must be ±hh:mm";
            }
            if (!digits(s, i, 2) || i + 2 != n) {
                return "has an invalid time zone offset";
            }
            offMinutes = num(s, i, 2);
        } else if (rfc3339) {
            return "is not an RFC 3339 timestamp (xAPI 2.0): the offset must be ±hh:mm";
        }
        if (offMinutes > 59 || offHours * 60 + offMinutes > 18 * 60) {
            return "has a time zone offset out of range (at most ±18:00)";
        }
        if (z == '-' && offHours == 0 && offMinutes == 0) {
            return "has the offset -00:00 (\"unknown local offset\"), which xAPI does not allow; use Z or +00:00";
        }
        if (out != null) {
            out[7] = (z == '-' ? -1 : 1) * (offHours * 3600L + offMinutes * 60L);
        }
        return null;
    }

}
