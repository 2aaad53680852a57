package io.github.jimagekit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests of canonical descriptions. Not part of the API. */
public final class Hashing {

    private Hashing() {
    }

    /**
     * Digests a string's UTF-8 bytes with SHA-256.
     *
     * @param text      the text
     * @param hexDigits how many leading hex digits to keep, from 1 to 64
     * @return the lower-case hex digest, truncated
     */
    public static String sha256Hex(String text, int hexDigits) {
        if (hexDigits < 1 || hexDigits > 64) {
            throw new IllegalArgumentException("hexDigits must be from 1 to 64: " + hexDigits);
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
