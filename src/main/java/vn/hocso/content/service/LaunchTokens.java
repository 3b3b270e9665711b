package vn.hocso.content.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import vn.hocso.content.config.ContentConfig;
import vn.hocso.platform.text.Hashes;

/**
 * Launch tokens: unguessable capabilities (32 random bytes, URL-safe) that open one package version on the content
 * origin for one learner until they expire. Only their SHA-256 is stored. Resolving is cached for a few seconds so that
 * serving a page's many files costs no database round trip per file; a revoked or expired token stops working within
 * that time.
 */
@ApplicationScoped
public class LaunchTokens {

    /** What a valid token opens. */
    public record Launch(String tokenHash, long versionId, long accountId, Long attemptId, String storagePrefix,
            String lmsOrigin, Instant expiresAt) {
    }

    private static final long CACHE_MILLIS = 5_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Cached(Optional<Launch> launch, long until) {
    }

    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    @Inject
    DataSource dataSource;

    @Inject
    ContentConfig config;

    /**
     * Creates a token for a learner on a version (and the runtime's attempt, or null); returns the token itself.
     *
     * @param lmsOrigin origin of the LMS page that will frame the content ({@code https://host[:port]})
     */
    public String create(long versionId, long accountId, Long attemptId, String lmsOrigin) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String sql = "INSERT INTO content_launch (token_hash, version_id, account_id, attempt_id, lms_origin, "
                + "expires_at) VALUES (?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, Hashes.sha256Hex(token));
            ps.setLong(2, versionId);
            ps.setLong(3, accountId);
            ps.setObject(4, attemptId);
            ps.setString(5, lmsOrigin);
            ps.setTimestamp(6, Timestamp.from(Instant.now().plus(config.launchTtl())));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return token;
    }

    /**
     * The launch a token opens when it was resolved within the last seconds (no database access, safe on an event
     * loop): {@code null} when unknown here (call {@link #resolve}), else the (possibly empty) answer.
     */
    public Optional<Launch> cached(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        Cached c = cache.get(Hashes.sha256Hex(token));
        if (c == null || c.until() < System.currentTimeMillis()) {
            return null;
        }
        return c.launch().filter(l -> l.expiresAt().isAfter(Instant.now()));
    }

    /** The launch a token opens, if it exists and has not expired. */
    public Optional<Launch> resolve(String token) {
        if (token == null || token.length() != 43) {
            return Optional.empty();
        }
        String hash = Hashes.sha256Hex(token);
        long now = System.currentTimeMillis();
        Cached cached = cache.get(hash);
        if (cached == null || cached.until() < now) {
            if (cache.size() > 100_000) {
                cache.clear();
            }
            cached = new Cached(load(hash), now + CACHE_MILLIS);
            cache.put(hash, cached);
        }
        return cached.launch().filter(l -> l.expiresAt().isAfter(Instant.now()));
    }

    /**
     * Keeps a launch of a learner who is still working alive: once less than half of the TTL is left, its expiry moves
     * to a full TTL from now (one small update per half TTL, not one per commit).
     */
    public void renew(Launch launch) {
        Instant now = Instant.now();
        if (launch.expiresAt().isAfter(now.plus(config.launchTtl().dividedBy(2)))) {
            return;
        }
        Instant expires = now.plus(config.launchTtl());
        String sql = "UPDATE content_launch SET expires_at = ? WHERE token_hash = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setTimestamp(1, Timestamp.from(expires));
            ps.setString(2, launch.tokenHash());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Launch renewed = new Launch(launch.tokenHash(), launch.versionId(), launch.accountId(), launch.attemptId(),
                launch.storagePrefix(), launch.lmsOrigin(), expires);
        cache.put(launch.tokenHash(), new Cached(Optional.of(renewed), System.currentTimeMillis() + CACHE_MILLIS));
    }

    /** Removes launches that expired more than a day ago (they open nothing; the attempts keep their data). */
    @io.quarkus.scheduler.Scheduled(every = "1h", delayed = "10m")
    void purgeExpired() {
        String sql = "DELETE FROM content_launch WHERE expires_at < now() - interval '1 day'";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Launch> load(String hash) {
        String sql = "SELECT l.version_id, l.account_id, l.attempt_id, v.storage_prefix, l.lms_origin, l.expires_at "
                + "FROM content_launch l JOIN content_package_version v ON v.id = l.version_id WHERE l.token_hash = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Launch(hash, rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
