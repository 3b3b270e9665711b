package vn.hocso.competency.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Settings of competency frameworks (prefix {@code hocso.competency.frameworks}). */
@ConfigMapping(prefix = "hocso.competency.frameworks")
public interface FrameworkConfig {

    /**
     * Public base URL of this server for CASE {@code uri} fields ({@code {base}/ims/case/v1p1/CFItems/{identifier}});
     * when unset, the LRS account home page ({@code hocso.lrs.account-home-page}), the server's public identity.
     */
    Optional<String> publicUrl();

    /** Whether the frameworks under {@code competency/frameworks/} are imported at start-up when missing. */
    @WithDefault("true")
    boolean seed();

    /** Most items, levels or associations one imported file may hold (larger files are refused with a 422). */
    @WithDefault("20000")
    int maxNodes();
}
