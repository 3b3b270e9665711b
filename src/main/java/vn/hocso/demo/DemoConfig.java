package vn.hocso.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the demo data (prefix {@code hocso.demo}). */
@ConfigMapping(prefix = "hocso.demo")
public interface DemoConfig {

    /**
     * Load the demo organisation, staff and accounts at start-up ({@code hocso.demo.enabled}, environment
     * {@code HOCSO_DEMO_ENABLED}). Off by default and in production; on in the dev and test profiles. Loading is
     * skipped when the demo data is already present. See {@link DemoDataLoader}.
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * Code of the org unit HocSo's own modules (content-packages/) are imported into with the demo data
     * ({@code hocso.demo.modules-unit}); default the city, so every learner sees them.
     */
    @WithDefault("HCM")
    String modulesUnit();
}
