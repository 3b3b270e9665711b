package vn.hocso.reporting.model;

/** How a plan target counts a person as trained at the measurement date. */
public enum TargetKind {
    /** Trained at any time up to the measurement date (the plan's "by 2025" targets). */
    CUMULATIVE,
    /** Trained and still valid (not expired) at the measurement date ("duy trì"). */
    MAINTAIN,
    /** Trained (latest achievement) within the calendar year of the measurement date ("hằng năm"). */
    ANNUAL
}
