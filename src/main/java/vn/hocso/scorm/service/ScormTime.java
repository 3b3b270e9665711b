package vn.hocso.scorm.service;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SCORM time spans: SCORM 1.2 {@code CMITimespan} ({@code HHHH:MM:SS.SS}) and SCORM 2004 ISO 8601 durations
 * ({@code P[nY][nM][nD][T[nH][nM][n.nS]]}), to and from milliseconds.
 */
public final class ScormTime {

    private static final Pattern SCORM12 = Pattern.compile("^(\\d{2,4}):([0-5]\\d):([0-5]\\d)(\\.\\d{1,2})?$");
    private static final Pattern ISO = Pattern.compile(
            "^P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?$");

    private ScormTime() {
    }

    /**
     * Parses either form.
     *
     * @return milliseconds, or -1 when the text is empty or neither form
     */
    public static long parseMillis(String text) {
        if (text == null || text.isBlank()) {
            return -1;
        }
        String t = text.trim();
        Matcher m = SCORM12.matcher(t);
        if (m.matches()) {
            double seconds = Long.parseLong(m.group(1)) * 3600d + Long.parseLong(m.group(2)) * 60d
                    + Long.parseLong(m.group(3)) + (m.group(4) == null ? 0 : Double.parseDouble(m.group(4)));
            return Math.round(seconds * 1000);
        }
        m = ISO.matcher(t.toUpperCase(Locale.ROOT));
        if (m.matches() && !t.equals("P") && !t.endsWith("T")) {
            // Years and months as 365 and 30 days: SCORM runtimes only report session lengths this way in practice.
            double seconds = num(m.group(1)) * 365 * 86400 + num(m.group(2)) * 30 * 86400 + num(m.group(3)) * 86400
                    + num(m.group(4)) * 3600 + num(m.group(5)) * 60 + num(m.group(6));
            return Math.round(seconds * 1000);
        }
        return -1;
    }

    private static double num(String g) {
        return g == null ? 0 : Double.parseDouble(g);
    }

    /** SCORM 1.2 form, e.g. {@code 0001:02:03.40} (hours grow beyond 4 digits only after 9999 hours). */
    public static String toScorm12(long millis) {
        long centis = Math.round(millis / 10.0);
        long hours = centis / 360_000;
        long minutes = centis / 6_000 % 60;
        long seconds = centis / 100 % 60;
        return String.format(Locale.ROOT, "%04d:%02d:%02d.%02d", hours, minutes, seconds, centis % 100);
    }

    /** SCORM 2004 form, e.g. {@code PT1H2M3.4S}. */
    public static String toIso(long millis) {
        long centis = Math.round(millis / 10.0);
        long hours = centis / 360_000;
        long minutes = centis / 6_000 % 60;
        long rest = centis % 6_000;
        String seconds = rest % 100 == 0 ? Long.toString(rest / 100)
                : String.format(Locale.ROOT, "%d.%02d", rest / 100, rest % 100).replaceAll("0+$", "");
        return "PT" + hours + "H" + minutes + "M" + seconds + "S";
    }
}
