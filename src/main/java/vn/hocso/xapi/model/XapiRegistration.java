package vn.hocso.xapi.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A learner's registration in an xAPI (tincan.xml) package: the {@code context.registration} of the statements its
 * content sends, on the package version it started with. Progress is read from the LRS, never stored here.
 */
@Entity
@Table(name = "xapi_registration")
public class XapiRegistration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public UUID registration;

    @Column(name = "account_id", nullable = false)
    public long accountId;

    @Column(name = "package_id", nullable = false)
    public long packageId;

    @Column(name = "version_id", nullable = false)
    public long versionId;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt = Instant.now();
}
