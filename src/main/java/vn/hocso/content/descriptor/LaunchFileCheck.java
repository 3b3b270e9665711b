package vn.hocso.content.descriptor;

/** What a descriptor reader does when a launch file named by the descriptor is not in the archive. */
public enum LaunchFileCheck {
    /** Reject the package with {@code launch.missing}. The only mode for real imports. */
    REQUIRE,
    /**
     * Record a warning and go on. For parsing manifests shipped without their content (e.g. the ADL CTS manifest
     * fixtures) and for previews; never for an import that will be launched.
     */
    WARN
}
