package vn.hocso.org.service;

import java.util.List;
import java.util.Locale;
import vn.hocso.platform.text.VietnameseText;

/**
 * The columns of a staff file. A header cell names a column when, lower-cased, without diacritics and without
 * anything but letters and digits, it equals one of the column's aliases: "Mã định danh", "MA DINH DANH" and
 * "national_id" all name {@link #NATIONAL_ID}.
 */
public enum StaffColumn {
    NATIONAL_ID("national_id", "Mã định danh", true,
            List.of("madinhdanh", "madinhdanhcanhan", "sodinhdanh", "socccd", "cccd", "nationalid")),
    FULL_NAME("full_name", "Họ và tên", true, List.of("hovaten", "hoten", "fullname", "name")),
    EMAIL("email", "Email", false, List.of("email", "thudientu", "diachiemail")),
    POSITION("position", "Chức vụ", true, List.of("chucvu", "position")),
    INSTITUTION_CODE("institution_code", "Mã đơn vị", true,
            List.of("madonvi", "madonvicongtac", "institutioncode", "unitcode")),
    SCHOOL_LEVEL("school_level", "Cấp học", false, List.of("caphoc", "schoollevel")),
    OWNERSHIP("ownership", "Loại hình", false, List.of("loaihinh", "ownership")),
    SUBJECT("subject", "Môn", false, List.of("mon", "monhoc", "monday", "subject"));

    private final String key;
    private final String vietnamese;
    private final boolean required;
    private final List<String> aliases;

    StaffColumn(String key, String vietnamese, boolean required, List<String> aliases) {
        this.key = key;
        this.vietnamese = vietnamese;
        this.required = required;
        this.aliases = aliases;
    }

    /** The English header name, also used in error reports ({@code national_id}). */
    public String key() {
        return key;
    }

    /** The Vietnamese header name ({@code Mã định danh}). */
    public String vietnamese() {
        return vietnamese;
    }

    public boolean required() {
        return required;
    }

    /** "Mã định danh / national_id", for messages. */
    public String label() {
        return vietnamese + " / " + key;
    }

    /** The column a header cell names, or null. */
    public static StaffColumn recognise(String header) {
        String compact = compact(header);
        for (StaffColumn c : values()) {
            if (c.aliases.contains(compact)) {
                return c;
            }
        }
        return null;
    }

    /** Lower case, no diacritics, only letters and digits: the form in which names and codes are compared. */
    static String compact(String text) {
        return VietnameseText.searchKey(text).replaceAll("[^a-z0-9]", "").toLowerCase(Locale.ROOT);
    }
}
