package vn.hocso.lrs.service;

import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.hocso.lrs.config.LrsConfig;
import vn.hocso.lrs.model.LrsCredential;
import vn.hocso.lrs.persistence.LrsCredentialRepository;

/**
 * Credentials by key, read from the database at most once per {@code credential-cache-ttl}, so that authenticating an
 * LRS request usually costs no query. Revocation through {@link CredentialService} evicts at once on this node.
 */
@ApplicationScoped
public class CredentialCache {

    private record Entry(LrsCredential credential, Instant loaded) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();

    @Inject
    LrsCredentialRepository credentials;

    @Inject
    LrsConfig config;

    /**
     * The credential with this key (possibly revoked or expired: the caller checks), or empty. A cached credential
     * costs no database work at all.
     */
    public Optional<LrsCredential> find(String key) {
        Instant now = Instant.now();
        Entry e = entries.get(key);
        if (e == null || e.loaded().plus(config.credentialCacheTtl()).isBefore(now)) {
            LrsCredential c = QuarkusTransaction.joiningExisting().call(() -> {
                LrsCredential found = credentials.findByKey(key).orElse(null);
                if (found != null) {
                    credentials.getEntityManager().detach(found);
                }
                return found;
            });
            if (c == null) {
                entries.remove(key);
                return Optional.empty();
            }
            if (entries.size() > 10_000) {
                entries.clear();
            }
            e = new Entry(c, now);
            entries.put(key, e);
        }
        return Optional.of(e.credential());
    }

    public void evict(String key) {
        entries.remove(key);
    }
}
