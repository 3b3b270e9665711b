package vn.hocso.org.model;

/** Education level of an institution, as the city's plan counts them. */
public enum SchoolLevel {
    /** Mầm non (preschool). */
    MN,
    /** Tiểu học (primary). */
    TH,
    /** Trung học cơ sở (lower secondary). */
    THCS,
    /** Trung học phổ thông (upper secondary). */
    THPT,
    /** Giáo dục thường xuyên (continuing education). */
    GDTX,
    /** Giáo dục nghề nghiệp (vocational). */
    GDNN,
    /** Giáo dục chuyên biệt (special education). */
    CHUYEN_BIET
}
