package vn.hocso.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.jboss.logging.Logger;

/**
 * The embedded PostgreSQL server (real PostgreSQL binaries shipped as a Maven artifact) that HocSo runs when no
 * external datasource URL is configured.
 *
 * <p>One server per JVM: it is started on first use and reused by later Quarkus restarts in the same JVM (dev-mode
 * reloads, test profiles). It stops when the JVM exits. Persistent servers keep their files under the given data
 * directory and survive restarts; ephemeral ones (tests) live in a temporary directory that is removed on exit.
 */
public final class EmbeddedDatabase {

    /** Database created inside the embedded server for HocSo. */
    public static final String DATABASE = "hocso";
    /** Superuser of the embedded server (trust authentication on loopback only). */
    public static final String USER = "postgres";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static EmbeddedPostgres server;
    private static String jdbcUrl;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the embedded server if it is not running yet and returns its JDBC URL.
     *
     * @param dataDirectory where the cluster lives; {@code null} for an ephemeral cluster in a temporary directory
     * @param port TCP port on 127.0.0.1, or 0 to pick a free one
     * @return the JDBC URL of the {@value #DATABASE} database
     * @throws IllegalStateException if the binaries cannot be unpacked or the server does not start (for example
     *         when unprivileged user namespaces are not allowed and the process runs as root)
     */
    public static synchronized String start(Path dataDirectory, int port) {
        if (jdbcUrl != null) {
            return jdbcUrl;
        }
        long began = System.nanoTime();
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDirectory != null) {
                Path cluster = dataDirectory.resolve("pgdata");
                Files.createDirectories(cluster);
                // A persistent cluster must not lose committed data on a crash (zonky defaults to test settings).
                builder.setDataDirectory(cluster)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(Files.createDirectories(dataDirectory.resolve("pg-binaries")).toFile())
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on");
            }
            server = builder.start();
            createDatabaseIfMissing(server);
            jdbcUrl = server.getJdbcUrl(USER, DATABASE);
            LOG.infof("Embedded PostgreSQL started on 127.0.0.1:%d (%s) in %d ms", server.getPort(),
                    dataDirectory == null ? "ephemeral" : dataDirectory.resolve("pgdata"),
                    Duration.ofNanos(System.nanoTime() - began).toMillis());
            return jdbcUrl;
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL could not start: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Embedded PostgreSQL started but the database could not be created", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }
}
