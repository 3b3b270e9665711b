package vn.hocso.org.model;

/** A staff member's position, the role dimension of the plan's targets. */
public enum StaffPosition {
    /** Cán bộ quản lý: principal, vice-principal or manager in a Sở/Phòng. */
    CBQL,
    /** Tổ trưởng chuyên môn: head of a subject or professional group. */
    TTCM,
    /** Giáo viên: teacher. */
    GV,
    /** Nhân viên: non-teaching staff. */
    NV,
    /** Cán bộ phụ trách CNTT: IT officer. */
    IT
}
