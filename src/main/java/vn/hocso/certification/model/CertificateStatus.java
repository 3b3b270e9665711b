package vn.hocso.certification.model;

/** Life cycle of a certificate. Only PENDING and ISSUED certificates can be current. */
public enum CertificateStatus {
    /** Rule met, waiting in the approval queue; nothing signed yet. */
    PENDING,
    /** Signed credential issued (it may have expired: see validUntil). */
    ISSUED,
    /** An administrator refused the pending certificate. */
    REJECTED,
    /** Revoked with a reason; its bit is set in the status list. */
    REVOKED,
    /** Replaced by a renewal after it expired. */
    SUPERSEDED
}
