package vn.hocso.platform.db;

import io.quarkus.runtime.ExecutionMode;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Supplies the datasource settings of the {@link EmbeddedDatabase} when, and only when, no
 * {@code quarkus.datasource.jdbc.url} is configured (for example through {@code QUARKUS_DATASOURCE_JDBC_URL}).
 *
 * <p>Settings read: {@code hocso.data-dir} ({@code HOCSO_DATA_DIR}, default {@code ./data}; the cluster is kept in its
 * {@code pgdata} folder), {@code hocso.embedded-db.port} (default 0: any free port) and
 * {@code hocso.embedded-db.ephemeral} (default false; the test profile sets it so every test JVM starts clean).
 * The server starts only while Quarkus initialises its runtime configuration, never during the build.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    /** Lower than application.properties (250): any explicit datasource setting wins. */
    private static final int ORDINAL = 120;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ExecutionMode mode = ExecutionMode.current();
        if (mode != ExecutionMode.RUNTIME_INIT && mode != ExecutionMode.RUNNING) {
            return List.of();
        }
        String configuredUrl = valueOf(context, "quarkus.datasource.jdbc.url", "");
        if (!configuredUrl.isBlank()) {
            return List.of();
        }
        boolean ephemeral = Boolean.parseBoolean(valueOf(context, "hocso.embedded-db.ephemeral", "false"));
        int port = Integer.parseInt(valueOf(context, "hocso.embedded-db.port", "0"));
        Path dataDir = ephemeral ? null : Path.of(valueOf(context, "hocso.data-dir", "data")).toAbsolutePath();
        String url = EmbeddedDatabase.start(dataDir, port);
        return List.of(new MapBackedConfigSource("HocSo embedded PostgreSQL", Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "",
                "hocso.embedded-db.active", "true"), ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static String valueOf(ConfigSourceContext context, String name, String fallback) {
        ConfigValue value = context.getValue(name);
        return value == null || value.getValue() == null ? fallback : value.getValue();
    }
}
