package vn.hocso.identity.model;

/** Product roles. Each is granted on an org unit and applies to its whole subtree. */
public enum Role {
    /** Takes courses. */
    LEARNER,
    /** Uploads and manages learning content. */
    TRAINER,
    /** Manages people, organisation and training in the subtree. */
    ADMIN,
    /** Reads everything in the subtree, changes nothing. */
    AUDITOR
}
