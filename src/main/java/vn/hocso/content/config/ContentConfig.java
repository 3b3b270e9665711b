package vn.hocso.content.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Settings of content import and delivery (prefix {@code hocso.content}). */
@ConfigMapping(prefix = "hocso.content")
public interface ContentConfig {

    /**
     * Port of the content origin: the separate HTTP server that serves package files and the player, so that package
     * code never runs on the LMS origin. 0 picks a free port (tests).
     */
    @WithDefault("8081")
    int port();

    /** Interface the content server listens on. */
    @WithDefault("0.0.0.0")
    String host();

    /**
     * The content origin as browsers reach it, e.g. {@code https://content.hocso.edu.vn}; by default
     * {@code http://<host of the LMS request>:<port>}. Must differ from the LMS origin.
     */
    Optional<String> publicUrl();

    /** How long a launch token stays valid after the launch (it is renewed by each commit). */
    @WithDefault("PT8H")
    Duration launchTtl();

    /** Archive limits applied to every upload. */
    Limits limits();

    /** Limits of an uploaded archive. */
    interface Limits {
        /** Most entries in an archive. */
        @WithDefault("20000")
        int maxEntries();

        /** Largest total uncompressed size, in bytes (default 4 GiB). */
        @WithDefault("4294967296")
        long maxUncompressedBytes();

        /** Largest compression ratio of one (sizeable) entry: above it the archive is treated as a zip bomb. */
        @WithDefault("100")
        int maxCompressionRatio();
    }
}
