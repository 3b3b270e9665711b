package vn.hocso.lrs.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/** An LRS client credential: HTTP Basic key and (hashed) secret, xAPI scopes and the authority agent it writes as. */
@Entity
@Table(name = "lrs_credential")
public class LrsCredential {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "api_key", nullable = false, unique = true, updatable = false)
    public String apiKey;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(nullable = false)
    public String name;

    /** Space-separated xAPI scopes. */
    @Column(nullable = false)
    public String scopes;

    /** Authority agent as JSON. */
    @Column(nullable = false)
    public String authority;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** A launch credential's learner: the only agent (identifier key) it may store, read and keep state for. */
    @Column(name = "actor_ifi")
    public String actorIfi;

    /** A launch credential's registration: the only one its statements and state may belong to. */
    public java.util.UUID registration;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public Set<String> scopeSet() {
        return new LinkedHashSet<>(Arrays.asList(scopes.trim().split("\\s+")));
    }

    /** True when it may authenticate now: not revoked and not expired. */
    public boolean usable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }
}
