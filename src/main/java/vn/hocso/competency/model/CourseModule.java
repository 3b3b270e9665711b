package vn.hocso.competency.model;

import java.util.List;
import java.util.Set;

/**
 * A course as a module of a competency rule: its packages in order, those marked required, and its completion rule
 * (ALL packages, the REQUIRED ones, or at least {@code min} of them — N_OF_M).
 */
public record CourseModule(long id, String rule, Integer min, List<Long> packages, Set<Long> required) {

    /** True when the packages with evidence ({@code done}) meet the course's completion rule. */
    public boolean met(Set<Long> done) {
        return switch (rule) {
            case "REQUIRED" -> !required.isEmpty() && done.containsAll(required);
            case "N_OF_M" -> min != null && done.stream().filter(packages::contains).count() >= min;
            default -> !packages.isEmpty() && done.containsAll(packages);
        };
    }

    /** The packages whose evidence the course uses: all, the required ones, or any (N_OF_M). */
    public List<Long> counted() {
        return switch (rule) {
            case "REQUIRED" -> packages.stream().filter(required::contains).toList();
            default -> packages;
        };
    }
}
