package vn.hocso.certification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Settings of certificates, credentials and the issuer (prefix {@code hocso.certification}). */
@ConfigMapping(prefix = "hocso.certification")
public interface CertificationConfig {

    /**
     * The public base URL of HocSo as holders and verifiers reach it, e.g. {@code https://hocso.hcm.edu.vn}
     * ({@code HOCSO_PUBLIC_URL}). It is part of every credential (issuer id, key ids, status list and verification
     * URLs), so it must not change once credentials have been issued: credentials naming another base URL verify as
     * {@code not_ours}.
     */
    @WithDefault("http://localhost:8080")
    String publicUrl();

    /** The issuer's name in credentials, PDFs and the issuer profile. */
    @WithDefault("Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh")
    String issuerName();

    /** The issuer's English name (issuer profile, English pages). */
    @WithDefault("Ho Chi Minh City Department of Education and Training")
    String issuerNameEn();

    /**
     * Secret from which the key-encryption key of the issuer's private keys is derived ({@code HOCSO_ISSUER_KEY_SECRET},
     * at least 32 characters). When unset, a random secret is generated once into {@link #keySecretFile()}.
     */
    Optional<String> keySecret();

    /** File holding the generated key-encryption secret when {@link #keySecret()} is unset (created with mode 0600). */
    Path keySecretFile();

    /** Bits per Bitstring Status List (at least 131072 for herd privacy); a new list starts when one is half full. */
    @WithDefault("131072")
    int statusListSize();
}
