package vn.hocso.catalog.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An uploaded list of national ids (mã định danh cá nhân, 12 digits): a CSV file with one id per line. Only the first
 * column counts; blank lines, surrounding quotes and spaces, a byte-order mark and a header line without digits are
 * ignored; duplicates are folded.
 *
 * @param ids          the distinct valid ids, in file order
 * @param invalidLines one-based numbers of lines that are not a 12-digit id
 */
public record NationalIdList(List<String> ids, List<Integer> invalidLines) {

    private static final Pattern ID = Pattern.compile("[0-9]{12}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");

    /** Parses the text of an upload (never null; an empty text gives an empty list). */
    public static NationalIdList parse(String text) {
        Set<String> ids = new LinkedHashSet<>();
        List<Integer> invalid = new ArrayList<>();
        if (text == null) {
            return new NationalIdList(List.of(), List.of());
        }
        String[] lines = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String field = lines[i].split("[,;\t]", 2)[0].strip().replace("\"", "").replace("'", "").strip();
            if (field.isEmpty() || (i == 0 && !HAS_DIGIT.matcher(field).matches())) {
                continue;
            }
            if (ID.matcher(field).matches()) {
                ids.add(field);
            } else {
                invalid.add(i + 1);
            }
        }
        return new NationalIdList(List.copyOf(ids), List.copyOf(invalid));
    }

    /** The list of ids given one per element (API clients), checked the same way. */
    public static NationalIdList of(List<String> values) {
        return parse(values == null ? "" : String.join("\n", values.stream()
                .map(v -> v == null ? "" : v).toList()));
    }
}
