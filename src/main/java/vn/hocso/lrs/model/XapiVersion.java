package vn.hocso.lrs.model;

import java.util.Optional;

/**
 * The xAPI version a request speaks, chosen by its {@code X-Experience-API-Version} header. 1.0.x requests are
 * answered as 1.0.3, 2.0.x requests as 2.0.0; behaviour that differs between the two (alternate request syntax,
 * timestamps, contextAgents, concurrency on State, …) switches on this value.
 */
public enum XapiVersion {
    V1_0_3("1.0.3"),
    V2_0_0("2.0.0");

    private final String header;

    XapiVersion(String header) {
        this.header = header;
    }

    /** The value sent back in {@code X-Experience-API-Version}. */
    public String header() {
        return header;
    }

    public boolean is2() {
        return this == V2_0_0;
    }

    /**
     * The version for a header value: "1.0", "1.0.0" … "1.0.9" give 1.0.3; "2.0", "2.0.0" … "2.0.9" give 2.0.0.
     * Anything else (including missing) gives empty.
     */
    public static Optional<XapiVersion> fromHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.trim();
        if (V1_HEADER.matcher(v).matches()) {
            return Optional.of(V1_0_3);
        }
        if (V2_HEADER.matcher(v).matches()) {
            return Optional.of(V2_0_0);
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern V1_HEADER = java.util.regex.Pattern.compile("1\\.0(\\.[0-9])?");
    private static final java.util.regex.Pattern V2_HEADER = java.util.regex.Pattern.compile("2\\.0(\\.[0-9])?");
}
