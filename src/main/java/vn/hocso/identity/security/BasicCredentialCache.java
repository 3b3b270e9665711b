package vn.hocso.identity.security;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import vn.hocso.identity.config.IdentityConfig;
import vn.hocso.platform.text.Hashes;

/**
 * Remembers, for a short time, which password hash an HTTP Basic credential was last verified against, so that API
 * clients do not pay a bcrypt verification on every request. Keys are SHA-256 digests of username and password; a
 * changed password hash makes the entry useless at once.
 */
@ApplicationScoped
public class BasicCredentialCache {

    private static final int MAX_ENTRIES = 10_000;

    private record Entry(String passwordHash, Instant expires) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    IdentityConfig config;

    /** The password hash this credential matched recently, or {@code null}. */
    public String recentHash(String username, String password) {
        Entry e = entries.get(key(username, password));
        return e == null || e.expires().isBefore(Instant.now()) ? null : e.passwordHash();
    }

    /** Notes that the credential matched this password hash just now; forgotten after {@code basic-cache-ttl}. */
    public void remember(String username, String password, String passwordHash) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(passwordHash, Instant.now().plus(config.basicCacheTtl())));
    }

    @Scheduled(every = "5m", delayed = "5m")
    void evictExpired() {
        Instant now = Instant.now();
        entries.values().removeIf(e -> e.expires().isBefore(now));
    }

    private static String key(String username, String password) {
        return Hashes.sha256Hex(username.toLowerCase(), password);
    }
}
