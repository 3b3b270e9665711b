package vn.hocso.cmi5.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One AU launch: its session id, launch mode, and the one-time fetch token that hands the AU its LRS credential. */
@Entity
@Table(name = "cmi5_session")
public class Cmi5Session {

    @Id
    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "registration_id", nullable = false)
    public long registrationId;

    @Column(name = "au_index", nullable = false)
    public int auIndex;

    @Column(name = "au_id", nullable = false)
    public String auId;

    /** The LMS-generated activity id of the AU (not the publisher's id). */
    @Column(name = "activity_id", nullable = false)
    public String activityId;

    /** Normal, Browse or Review. */
    @Column(name = "launch_mode", nullable = false)
    public String launchMode;

    @Column(name = "fetch_token_hash", nullable = false)
    public String fetchTokenHash;

    /** When the fetch URL was used (it works once). */
    @Column(name = "fetched_at")
    public Instant fetchedAt;

    @Column(name = "credential_id")
    public Long credentialId;

    @Column(name = "launched_at", nullable = false)
    public Instant launchedAt = Instant.now();

    /** Whether the session already sent "passed" or "failed" (at most one per session). */
    @Column(nullable = false)
    public boolean judged;

    /** When the AU first read its learner preferences (it must before "initialized"). */
    @Column(name = "preferences_read_at")
    public Instant preferencesReadAt;

    /** When the AU's "initialized" was stored (once per session, before any other statement of the AU). */
    @Column(name = "initialized_at")
    public Instant initializedAt;

    /** When the AU sent "terminated" (no statement of the session is accepted after it). */
    @Column(name = "terminated_at")
    public Instant terminatedAt;

    /** When the LMS recorded "abandoned" for it (a new launch came before "terminated"). */
    @Column(name = "abandoned_at")
    public Instant abandonedAt;
}
