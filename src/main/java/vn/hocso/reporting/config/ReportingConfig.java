package vn.hocso.reporting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.ZoneId;

/** Settings of plan targets, dashboards and reports (prefix {@code hocso.reporting}). */
@ConfigMapping(prefix = "hocso.reporting")
public interface ReportingConfig {

    /** Zone of measurement dates and calendar years (annual targets, report periods). */
    @WithDefault("Asia/Ho_Chi_Minh")
    ZoneId zone();

}
