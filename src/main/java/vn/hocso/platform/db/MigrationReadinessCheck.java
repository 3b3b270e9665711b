package vn.hocso.platform.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.flywaydb.core.Flyway;

/** Ready only when the database answers and every Flyway migration has been applied. */
@Readiness
@ApplicationScoped
public class MigrationReadinessCheck implements HealthCheck {

    @Inject
    Flyway flyway;

    @Override
    public HealthCheckResponse call() {
        try {
            var info = flyway.info();
            int pending = info.pending().length;
            String current = info.current() == null ? "none" : info.current().getVersion().getVersion();
            return HealthCheckResponse.named("Database schema").status(pending == 0)
                    .withData("version", current).withData("pending", pending).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("Database schema").down().withData("error", e.getMessage()).build();
        }
    }
}
