package vn.hocso.catalog.model;

/**
 * The topic tracks of the city's training plan (seed-requirements §2.A, T1–T8) a course belongs to; the plan targets
 * ({@code vn.hocso.reporting}) use the same codes for their topics.
 */
public enum Track {
    /** Chuyển đổi số, kỹ năng số, công nghệ số để chỉ đạo chuyển đổi số tại đơn vị (T1). */
    DX_LEADERSHIP,
    /** Thu thập, vận hành và khai thác dữ liệu số. */
    DATA,
    /** Xây dựng và khai thác học liệu số. */
    DIGITAL_MATERIALS,
    /** An toàn thông tin mạng. */
    CYBERSECURITY,
    /** Công cụ dạy học và đánh giá trực tuyến. */
    ONLINE_TEACHING,
    /** Bài giảng tương tác, công cụ đánh giá, phân tích dữ liệu (nâng cao). */
    INTERACTIVE_LESSONS,
    /** Dịch vụ công trực tuyến và dịch vụ số thiết yếu. */
    PUBLIC_SERVICES,
    /** Trí tuệ nhân tạo và lập trình. */
    AI_CODING
}
