package vn.hocso.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import vn.hocso.certification.config.CertificationConfig;

/** The public URLs credentials name, all under {@code hocso.certification.public-url}. */
@ApplicationScoped
public class IssuerUrls {

    @Inject
    CertificationConfig config;

    /** Base URL without a trailing slash. */
    public String base() {
        String url = config.publicUrl().trim();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The issuer profile: the issuer's id in every credential. */
    public String issuer() {
        return base() + "/issuer";
    }

    /** A signing key's JWK (also the JOSE {@code kid}). */
    public String key(String kid) {
        return base() + "/issuer/keys/" + kid;
    }

    /** A signing key as a Multikey document: the {@code verificationMethod} of Data Integrity proofs. */
    public String multikey(String kid) {
        return base() + "/issuer/multikeys/" + kid;
    }

    /**
     * The key id in one of this issuer's key URLs ({@link #key}, the JOSE kid, or {@link #multikey}), or null when the
     * URL is not one of them.
     */
    public String kidOf(String keyUrl) {
        for (String prefix : new String[] {base() + "/issuer/keys/", base() + "/issuer/multikeys/"}) {
            if (keyUrl != null && keyUrl.startsWith(prefix) && keyUrl.length() > prefix.length()) {
                String kid = keyUrl.substring(prefix.length());
                return kid.matches("[A-Za-z0-9_-]{1,64}") ? kid : null;
            }
        }
        return null;
    }

    public String statusList(UUID listId) {
        return base() + "/credentials/status/" + listId;
    }

    /** The short human verification URL printed on the PDF and encoded in its QR code. */
    public String verify(String code) {
        return base() + "/verify/" + code;
    }

    /** CASE URI of a competency item (alignment target). */
    public String caseItem(UUID identifier) {
        return base() + "/ims/case/v1p1/CFItems/" + identifier;
    }
}
