package vn.hocso.platform.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Parsing of enumeration values that clients send as strings, with a field error naming the known values. */
public final class Enums {

    private Enums() {
    }

    /** The constant named {@code value} (case-insensitive), or null (with a field error) when unknown; null stays null. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value, String field, InputCheck check) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String known = known(type);
            check.check(false, field, m -> m.catalog_errorUnknownValue(value, known));
            return null;
        }
    }

    /** Every value of the list parsed; unknown ones are reported as {@code field[i]}. */
    public static <E extends Enum<E>> List<E> parseAll(Class<E> type, List<String> values, String field, InputCheck check) {
        List<E> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (int i = 0; i < values.size(); i++) {
            E e = parse(type, values.get(i), field + "[" + i + "]", check);
            if (e != null && !out.contains(e)) {
                out.add(e);
            }
        }
        return out;
    }

    public static <E extends Enum<E>> String known(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
