package vn.hocso.reporting.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import vn.hocso.org.model.OrgUnit;
import vn.hocso.org.model.Ownership;
import vn.hocso.org.model.SchoolLevel;
import vn.hocso.org.model.StaffPosition;
import vn.hocso.reporting.service.Measure;
import vn.hocso.reporting.service.TargetResult;

/**
 * What the dashboard pages show: the unit and its breadcrumbs, the measurement date, the targets measured there, and
 * per direct child unit how many targets it meets. Formats numbers for the page's language (45,2 in Vietnamese).
 */
public record DashboardView(OrgUnit unit, List<OrgUnit> trail, LocalDate asOf, boolean today, Integer year,
        List<Integer> years, boolean all, List<TargetResult> results, List<ChildRow> children, String lang) {

    /** A child unit with the number of (shown) targets it meets. */
    public record ChildRow(OrgUnit unit, long met, long measured) {
    }

    /** Builds the view; children rows come from the results' per-unit splits. */
    public static DashboardView of(OrgUnit unit, List<OrgUnit> trail, LocalDate asOf, boolean today, Integer year,
            boolean all, List<TargetResult> measured, String lang) {
        List<Integer> years = new ArrayList<>(new TreeSet<>(measured.stream().map(r -> r.target().year).toList()));
        List<TargetResult> shown = measured.stream().filter(r -> year == null || r.target().year == year).toList();
        List<ChildRow> children = new ArrayList<>();
        if (!shown.isEmpty()) {
            List<TargetResult.UnitMeasure> first = shown.get(0).byUnit();
            for (int i = 0; i < first.size(); i++) {
                if (first.get(i).unit() == null) {
                    continue;
                }
                int met = 0;
                int counted = 0;
                for (TargetResult r : shown) {
                    Measure m = r.byUnit().get(i).measure();
                    if (m.denominator() > 0) {
                        counted++;
                        met += m.meets(r.target().percent) ? 1 : 0;
                    }
                }
                children.add(new ChildRow(first.get(i).unit(), met, counted));
            }
        }
        return new DashboardView(unit, trail, asOf, today, year, years, all, shown, children, lang);
    }

    /** Targets met among those shown that count anybody here. */
    public long metCount() {
        return results.stream().filter(TargetResult::met).count();
    }

    /** Targets shown that count anybody here. */
    public long measuredCount() {
        return results.stream().filter(r -> r.total().denominator() > 0).count();
    }

    /** The measurement date as dd/MM/yyyy. */
    public String day() {
        return asOf.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** A percentage for the page: one decimal, the language's decimal mark; "–" when null. */
    public String pct(BigDecimal value) {
        if (value == null) {
            return "–";
        }
        String s = value.stripTrailingZeros().toPlainString();
        return "vi".equals(lang) ? s.replace('.', ',') : s;
    }

    /** A count with the language's thousands separator. */
    public String num(long value) {
        return String.format("vi".equals(lang) ? Locale.forLanguageTag("vi") : Locale.ENGLISH, "%,d", value);
    }

    /** One split table of a target page: kind position / schoolLevel / ownership, and its rows. */
    public record Split(String kind, List<java.util.Map.Entry<String, Measure>> rows) {
    }

    /** The position, school-level and ownership splits of a result, in that order. */
    public List<Split> splits(TargetResult r) {
        return List.of(new Split("position", List.copyOf(r.byPosition().entrySet())),
                new Split("schoolLevel", List.copyOf(r.bySchoolLevel().entrySet())),
                new Split("ownership", List.copyOf(r.byOwnership().entrySet())));
    }

    /** A percentage as a length on a chart {@code width} long (capped at the width). */
    public int scaled(BigDecimal value, int width) {
        return value == null ? 0 : value.min(BigDecimal.valueOf(100)).multiply(BigDecimal.valueOf(width))
                .divide(BigDecimal.valueOf(100), 0, java.math.RoundingMode.HALF_UP).intValue();
    }

    /** The position with that code (for its name in {@code msg:position}). */
    public StaffPosition position(String code) {
        return StaffPosition.valueOf(code);
    }

    /** The school level with that code. */
    public SchoolLevel schoolLevel(String code) {
        return SchoolLevel.valueOf(code);
    }

    /** The ownership with that code. */
    public Ownership ownership(String code) {
        return Ownership.valueOf(code);
    }

    /** The y coordinate of row {@code index} of the per-unit chart, plus {@code offset}. */
    public int y(int index, int offset) {
        return index * 22 + offset;
    }

    /** Bar length in a 0–100 chart: the percentage, capped. */
    public String bar(BigDecimal value) {
        return value == null ? "0" : value.min(BigDecimal.valueOf(100)).toPlainString();
    }
}
