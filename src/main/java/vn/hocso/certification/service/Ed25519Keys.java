package vn.hocso.certification.service;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Formats of Ed25519 public keys: the raw 32 bytes, the JDK's X.509 form, a JWK (RFC 8037, {@code kty OKP}) and a
 * Multikey ({@code publicKeyMultibase}: base58btc of the multicodec prefix {@code 0xed01} and the raw key).
 */
public final class Ed25519Keys {

    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final byte[] MULTICODEC = {(byte) 0xed, 0x01};
    private static final String BASE58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private Ed25519Keys() {
    }

    /** The raw key of a JDK Ed25519 public key. */
    public static byte[] raw(PublicKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }

    /** A JDK public key from the raw 32 bytes. */
    public static PublicKey fromRaw(byte[] raw) {
        byte[] encoded = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, encoded, X509_PREFIX.length, raw.length);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    /** The public JWK of a raw key, with its key id. */
    public static Map<String, Object> jwk(byte[] raw, String kid) {
        Map<String, Object> jwk = new LinkedHashMap<>();
        jwk.put("kty", "OKP");
        jwk.put("crv", "Ed25519");
        jwk.put("x", Base64.getUrlEncoder().withoutPadding().encodeToString(raw));
        jwk.put("kid", kid);
        jwk.put("alg", "EdDSA");
        jwk.put("use", "sig");
        return jwk;
    }

    /** The Multikey {@code publicKeyMultibase} value of a raw key ({@code z…}). */
    public static String multibase(byte[] raw) {
        byte[] bytes = Arrays.copyOf(MULTICODEC, MULTICODEC.length + raw.length);
        System.arraycopy(raw, 0, bytes, MULTICODEC.length, raw.length);
        return "z" + base58(bytes);
    }

    static String base58(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        BigInteger n = new BigInteger(1, bytes);
        BigInteger radix = BigInteger.valueOf(58);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(radix);
            out.append(BASE58.charAt(qr[1].intValue()));
            n = qr[0];
        }
        for (int i = 0; i < bytes.length && bytes[i] == 0; i++) {
            out.append('1');
        }
        return out.reverse().toString();
    }

    /**
     * The bytes of a base58btc multibase value ({@code z…}).
     *
     * @throws IllegalArgumentException when it is not one (other prefix, character outside the alphabet)
     */
    public static byte[] fromMultibase(String value) {
        if (value == null || value.length() < 2 || value.charAt(0) != 'z') {
            throw new IllegalArgumentException("Not a base58btc multibase value");
        }
        String digits = value.substring(1);
        BigInteger n = BigInteger.ZERO;
        BigInteger radix = BigInteger.valueOf(58);
        for (char ch : digits.toCharArray()) {
            int d = BASE58.indexOf(ch);
            if (d < 0) {
                throw new IllegalArgumentException("Not a base58btc multibase value");
            }
            n = n.multiply(radix).add(BigInteger.valueOf(d));
        }
        byte[] number = n.signum() == 0 ? new byte[0] : n.toByteArray();
        int skip = number.length > 1 && number[0] == 0 ? 1 : 0;
        int zeros = 0;
        while (zeros < digits.length() && digits.charAt(zeros) == '1') {
            zeros++;
        }
        byte[] out = new byte[zeros + number.length - skip];
        System.arraycopy(number, skip, out, zeros, number.length - skip);
        return out;
    }
}
