package vn.hocso.org.model;

/** Administrative type of a district-level unit. */
public enum Division {
    /** Urban district (quận). */
    QUAN,
    /** Rural district (huyện). */
    HUYEN,
    /** City under the municipality (thành phố thuộc thành phố: TP Thủ Đức). */
    THANH_PHO
}
