package vn.hocso.org.model;

/** Public (công lập) or non-public (ngoài công lập) institution. */
public enum Ownership {
    PUBLIC,
    NON_PUBLIC
}
