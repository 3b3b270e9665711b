package vn.hocso.certification.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.hocso.certification.config.CertificationConfig;

/**
 * Encryption at rest of the issuer's private keys: AES-256-GCM under a key-encryption key (KEK) derived with
 * HMAC-SHA-256 from {@code HOCSO_ISSUER_KEY_SECRET}, or, when that is unset, from a random secret generated once into
 * {@code hocso.certification.key-secret-file} (mode 0600, directory 0700). The key id is bound as associated data, so a
 * sealed key cannot be swapped onto another key row.
 */
@ApplicationScoped
public class KeyEncryption {

    private static final int NONCE_BYTES = 12;
    private static final int MIN_SECRET_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    CertificationConfig config;

    private volatile byte[] kek;

    /** Seals {@code plain}, bound to {@code kid}: nonce ‖ ciphertext ‖ tag. */
    public byte[] seal(byte[] plain, String kid) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, kid);
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is unavailable", e);
        }
    }

    /**
     * Opens what {@link #seal} produced for the same {@code kid}.
     *
     * @throws IllegalStateException when the KEK is not the one the key was sealed with, or the data was altered
     */
    public byte[] open(byte[] sealed, String kid) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), kid);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Issuer key " + kid + " cannot be decrypted: the key-encryption secret "
                    + "(HOCSO_ISSUER_KEY_SECRET or the secret file) is not the one it was stored with", e);
        }
    }

    /** A short public fingerprint of the KEK in force (stored with each key to explain a mismatch). */
    public String fingerprint() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(kek(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal("hocso-kek-fingerprint".getBytes(StandardCharsets.UTF_8)))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String kid) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(kek(), "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private byte[] kek() {
        byte[] k = kek;
        if (k == null) {
            synchronized (this) {
                if (kek == null) {
                    kek = derive(secret());
                }
                k = kek;
            }
        }
        return k;
    }

    private String secret() {
        String configured = config.keySecret().filter(s -> !s.isBlank()).orElse(null);
        if (configured != null) {
            if (configured.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("HOCSO_ISSUER_KEY_SECRET must have at least " + MIN_SECRET_LENGTH
                        + " characters");
            }
            return configured;
        }
        return fileSecret(config.keySecretFile());
    }

    /** Reads the secret file, creating it (0600, random 256 bits) if missing. Two racing nodes read the winner's. */
    static String fileSecret(Path file) {
        try {
            if (!Files.exists(file)) {
                Path dir = file.toAbsolutePath().getParent();
                if (!Files.exists(dir)) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rwx------")));
                }
                byte[] random = new byte[32];
                RANDOM.nextBytes(random);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(
                            PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(random) + "\n",
                            StandardOpenOption.TRUNCATE_EXISTING);
                } catch (FileAlreadyExistsException raced) {
                    // another process created it first: use theirs
                }
            }
            String secret = Files.readString(file).trim();
            if (secret.length() < MIN_SECRET_LENGTH) {
                throw new IllegalStateException("The issuer key secret file " + file + " is empty or too short");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the issuer key secret file " + file, e);
        }
    }

    private static byte[] derive(String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return mac.doFinal("hocso issuer key-encryption key v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is unavailable", e);
        }
    }
}
