package vn.hocso.competency.service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.hocso.org.model.StaffPosition;

/** Small conversions shared by the readers: framework codes, staff positions, identifiers. */
final class FrameworkCodes {

    private static final Pattern CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_.-]{0,39}$");

    private FrameworkCodes() {
    }

    /** True for a valid framework code: upper-case ASCII letters, digits, {@code _ . -}, at most 40 characters. */
    static boolean valid(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /**
     * A framework code made from free text (a Moodle id number, a title): diacritics removed (đ → D), upper case,
     * other characters replaced by {@code -}, at most 40 characters; null when nothing usable remains.
     */
    static String fromText(String text) {
        if (text == null) {
            return null;
        }
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9_.-]+", "-")
                .replaceAll("^[^A-Z0-9]+", "").replaceAll("-+$", "");
        ascii = ascii.length() > 40 ? ascii.substring(0, 40) : ascii;
        return valid(ascii) ? ascii : null;
    }

    /** The staff position with this code, or null. */
    static StaffPosition position(String code) {
        for (StaffPosition p : StaffPosition.values()) {
            if (p.name().equals(code)) {
                return p;
            }
        }
        return null;
    }

    static UUID uuidOrNull(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A deterministic identifier derived from another (new identifiers of a copied or re-imported node). */
    static UUID derived(UUID base, Object original) {
        return UUID.nameUUIDFromBytes((base + "/" + original).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
