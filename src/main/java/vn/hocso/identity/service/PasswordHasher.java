package vn.hocso.identity.service;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;
import vn.hocso.identity.config.IdentityConfig;

/** bcrypt hashing and verification of passwords. */
@ApplicationScoped
public class PasswordHasher {

    /** Shortest password accepted when one is set. */
    public static final int MIN_LENGTH = 8;
    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently truncated. */
    public static final int MAX_BYTES = 72;

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();

    @Inject
    IdentityConfig config;

    private volatile String dummyHash;

    /** A new bcrypt hash of the password at the configured cost. */
    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    /**
     * True when the password matches the stored hash. A hash that cannot be decoded never matches (and is not an
     * error for the caller).
     */
    public boolean verify(String password, String storedHash) {
        try {
            Password stored = ModularCrypt.decode(storedHash);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            return factory.verify(factory.translate(stored), password.toCharArray());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Spends the same time as a real verification, so that unknown usernames cannot be told apart by timing. */
    public void verifyDummy(String password) {
        if (dummyHash == null) {
            dummyHash = hash("hocso-dummy-password");
        }
        verify(password, dummyHash);
    }

    /** True when the password may be set: long enough, and within bcrypt's input limit. */
    public static boolean acceptable(String password) {
        return password != null && password.length() >= MIN_LENGTH
                && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BYTES;
    }
}
