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
    /** Held for the life of the JVM: one HocSo process per data directory. */
    private static java.nio.channels.FileLock dataLock;
    private static String jdbcUrl;

    private EmbeddedDatabase() {
    }

    /**
     * Starts the embedded server if it is not running yet and returns its JDBC URL.
     *
     * @param dataDirectory where the cluster lives; {@code null} for an ephemeral cluster in a temporary directory
     * @param port TCP port on 127.0.0.1, or 0 to pick a free one
     * @return the JDBC URL of the {@value #DATABASE} database
     * @throws IllegalStateException if another HocSo process uses the data directory, or the server does not start
     *         (for example when unprivileged user namespaces are not allowed and the process runs as root)
     * @throws UncheckedIOException if the binaries or the cluster cannot be written
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
                lockDataDirectory(dataDirectory);
                stopOrphan(cluster);
                // A persistent cluster must not lose committed data on a crash (zonky defaults to test settings).
                builder.setDataDirectory(cluster)
                        .setCleanDataDirectory(false)
                        .setOverrideWorkingDirectory(Files.createDirectories(dataDirectory.resolve("pg-binaries")).toFile())
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("fsync", "on")
                        // Write-heavy LRS bursts: fewer checkpoints (fewer full-page images), compressed WAL.
                        .setServerConfig("shared_buffers", "256MB")
                        .setServerConfig("wal_buffers", "16MB")
                        .setServerConfig("max_wal_size", "4GB")
                        .setServerConfig("checkpoint_timeout", "15min")
                        .setServerConfig("checkpoint_completion_target", "0.9")
                        .setServerConfig("wal_compression", "on");
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

    /**
     * Takes the data directory's lock file, so that a second HocSo process on the same directory fails clearly instead
     * of fighting over the database.
     *
     * @throws IllegalStateException when another process holds it
     */
    private static void lockDataDirectory(Path dataDirectory) throws IOException {
        java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(dataDirectory.resolve("hocso.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
        dataLock = channel.tryLock();
        if (dataLock == null) {
            channel.close();
            throw new IllegalStateException("The data directory " + dataDirectory
                    + " is in use by another HocSo process. Stop it, or give this one its own HOCSO_DATA_DIR.");
        }
    }

    /**
     * Stops a PostgreSQL server that a previous HocSo process left running on this cluster (for example after
     * {@code kill -9}); otherwise the new server could not take the data directory. Safe because this process holds
     * the data directory's lock, so no live HocSo process owns that server.
     */
    private static void stopOrphan(Path cluster) throws IOException {
        Path pidFile = cluster.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try (var lines = Files.lines(pidFile)) {
            pid = Long.parseLong(lines.findFirst().orElse("0").trim());
        } catch (NumberFormatException e) {
            return;
        }
        ProcessHandle orphan = ProcessHandle.of(pid)
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false)).orElse(null);
        if (orphan == null) {
            return;
        }
        LOG.warnf("Stopping PostgreSQL (pid %d) left running on %s by an earlier HocSo process", pid, cluster);
        orphan.destroy();
        try {
            orphan.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            orphan.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("Could not stop the orphaned PostgreSQL " + pid, e);
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
