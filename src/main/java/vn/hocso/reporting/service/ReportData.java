package vn.hocso.reporting.service;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The content of a report snapshot, frozen as JSON with it: the numbers its XLSX and PDF were made from.
 *
 * @param targets every active target measured in the unit
 * @param units each target in each direct child unit (districts of the city, institutions of a district)
 * @param positions each target split by position
 * @param newlyTrained MONTHLY only: people whose first training on a topic and level falls in the month
 */
public record ReportData(String kind, int year, Integer month, String unitCode, String unitName, LocalDate asOf,
        int sequence, String issuedBy, Instant issuedAt, List<TargetRow> targets, List<UnitRow> units,
        List<PositionRow> positions, List<NewlyTrained> newlyTrained) {

    public record TargetRow(String code, String description, String topic, String level, String kind, int year,
            List<String> positions, List<String> schoolLevels, BigDecimal goal, long numerator, long denominator,
            BigDecimal rate, boolean met) {
    }

    public record UnitRow(String unitCode, String unitName, String target, long numerator, long denominator,
            BigDecimal rate, boolean met) {
    }

    public record PositionRow(String target, String position, long numerator, long denominator, BigDecimal rate) {
    }

    public record NewlyTrained(String topic, String topicName, String level, long people) {
    }

    /** The title, e.g. «BÁO CÁO KẾT QUẢ BỒI DƯỠNG NĂNG LỰC SỐ NĂM 2026». */
    public String title() {
        return "BÁO CÁO KẾT QUẢ BỒI DƯỠNG NĂNG LỰC SỐ " + (month == null ? "NĂM " + year
                : "THÁNG " + String.format("%02d/%d", month, year));
    }

    /** Vietnamese name of a position code. */
    public static String position(String code) {
        return switch (code) {
            case "CBQL" -> "Cán bộ quản lý";
            case "TTCM" -> "Tổ trưởng chuyên môn";
            case "GV" -> "Giáo viên";
            case "NV" -> "Nhân viên";
            case "IT" -> "Cán bộ CNTT";
            default -> code;
        };
    }

    /** Vietnamese name of a training level. */
    public static String level(String code) {
        return "ADVANCED".equals(code) ? "Nâng cao" : "Cơ bản";
    }

    /** A percentage as Vietnamese write it (45,2 %), "–" when nobody is counted. */
    public static String pct(BigDecimal value) {
        return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
