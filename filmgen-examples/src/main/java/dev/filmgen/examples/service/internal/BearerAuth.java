package dev.filmgen.examples.service.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * Checks {@code Authorization: Bearer <token>} (RFC 6750): the scheme in any case, one or more spaces, then the
 * token exactly as configured: nothing trimmed, case kept, no prefix or suffix, compared in constant time (SHA-256
 * digests of equal length, so neither content nor length leaks through timing). Two Authorization headers are refused.
 */
public final class BearerAuth {
    private static final String SCHEME = "bearer";
    private final byte[] expected;

    public BearerAuth(String token) {
        this.expected = sha256(token);
    }

    /** Whether the request's Authorization header values carry the token. */
    public boolean accepts(List<String> values) {
        if (values == null || values.size() != 1) {
            return false;
        }
        String v = values.get(0);
        if (v.length() <= SCHEME.length() || !v.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || v.charAt(SCHEME.length()) != ' ') {
            return false;
        }
        int i = SCHEME.length();
        while (i < v.length() && v.charAt(i) == ' ') {
            i++;
        }
        return i < v.length() && MessageDigest.isEqual(expected, sha256(v.substring(i)));
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
