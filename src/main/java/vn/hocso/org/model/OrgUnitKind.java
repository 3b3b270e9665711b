package vn.hocso.org.model;

/** Level of a unit in the city → district → institution tree. */
public enum OrgUnitKind {
    /** The city (Sở GD&ĐT): the single root. */
    CITY,
    /** A district (quận / huyện) or Thủ Đức City, with its education office (Phòng GD&ĐT). */
    DISTRICT,
    /** A school or other education institution. */
    INSTITUTION
}
