package vn.hocso.reporting.service;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Attainment of a target in a group of people: how many are trained (numerator) out of how many the target counts
 * (denominator).
 */
public record Measure(long numerator, long denominator) {

    public static final Measure ZERO = new Measure(0, 0);

    public Measure plus(Measure other) {
        return new Measure(numerator + other.numerator, denominator + other.denominator);
    }

    /** The percentage with one decimal (rounded half up), or null when nobody is counted. */
    public BigDecimal percent() {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** True when the exact share reaches {@code targetPercent} (false when nobody is counted). */
    public boolean meets(BigDecimal targetPercent) {
        return denominator > 0 && BigDecimal.valueOf(numerator).multiply(BigDecimal.valueOf(100))
                .compareTo(targetPercent.multiply(BigDecimal.valueOf(denominator))) >= 0;
    }

    /** People counted but not trained. */
    public long missing() {
        return denominator - numerator;
    }
}
