package vn.hocso.certification.model;

/** How a certificate type is issued once its rule is met. */
public enum IssuanceMode {
    /** Issued and signed at once. */
    AUTOMATIC,
    /** Queued until an administrator of the holder's unit approves (or rejects) it. */
    APPROVAL
}
