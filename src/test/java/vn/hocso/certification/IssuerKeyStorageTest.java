package vn.hocso.certification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.HexFormat;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.hocso.certification.service.KeyEncryption;

/** Issuer private keys are stored encrypted under a secret kept in a 0600 file when no secret is configured. */
@QuarkusTest
class IssuerKeyStorageTest {

    @Inject
    DataSource dataSource;

    @Inject
    KeyEncryption encryption;

    @Test
    @DisplayName("Generated secret file is 0600; stored keys are AES-GCM ciphertext bound to their kid")
    void keysAreEncryptedAtRest() throws Exception {
        Path secret = Path.of("target/test-data/certification/issuer-key-secret");
        assertTrue(Files.exists(secret), "generated secret file");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secret.getParent())));
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT kid, private_key_enc, kek_fingerprint FROM issuer_key ORDER BY id LIMIT 1")) {
            assertTrue(rs.next());
            String kid = rs.getString(1);
            byte[] sealed = rs.getBytes(2);
            assertEquals(encryption.fingerprint(), rs.getString(3));
            // PKCS#8 of an Ed25519 key starts 302e020100300506032b6570; the stored bytes must not
            assertFalse(HexFormat.of().formatHex(sealed).contains("302e020100300506032b6570"));
            byte[] pkcs8 = encryption.open(sealed, kid);
            assertTrue(HexFormat.of().formatHex(pkcs8).startsWith("302e020100300506032b6570"));
            assertThrows(IllegalStateException.class, () -> encryption.open(sealed, kid + "x"));
            sealed[sealed.length - 1] ^= 1;
            assertThrows(IllegalStateException.class, () -> encryption.open(sealed, kid));
        }
    }
}
