package vn.hocso.content.model;

/** The e-learning standard a package follows, detected from the descriptor at the root of its archive. */
public enum Standard {
    /** {@code imsmanifest.xml} in the IMS CP 1.1.2 namespace (ADL SCORM 1.2). */
    SCORM_12,
    /** {@code imsmanifest.xml} in the IMS CP 1.1 namespace with ADL CP v1p3 (SCORM 2004 2nd, 3rd or 4th edition). */
    SCORM_2004,
    /** {@code tincan.xml} (xAPI / Tin Can launch). */
    XAPI,
    /** {@code cmi5.xml} (cmi5 course structure). */
    CMI5
}
