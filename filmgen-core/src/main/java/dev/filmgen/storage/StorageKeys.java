package dev.filmgen.storage;

import dev.filmgen.error.InvalidInputException;

import java.nio.charset.StandardCharsets;

/**
 * The key and content-type rules every {@link Storage} applies: a key is one or more {@code /}-separated
 * segments, with no {@code ..}, no absolute path, no control characters and a bounded length.
 */
public final class StorageKeys {

    /** Longest key accepted, in UTF-8 bytes (well under OSS's 1023 even with a directory prefix). */
    public static final int MAX_KEY_BYTES = 512;
    /** Longest segment accepted, in UTF-8 bytes (leaves room under a file system's 255-byte name limit). */
    public static final int MAX_SEGMENT_BYTES = 200;
    /** Content type used when the caller gives none. */
    public static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private StorageKeys() {
    }

    /** Returns {@code key} when it is valid, else throws an {@link InvalidInputException} naming it and the rule. */
    public static String check(String key) {
        if (key == null) {
            throw new InvalidInputException("storage key must not be null");
        }
        String problem = problem(key);
        if (problem != null) {
            throw new InvalidInputException("bad storage key " + quote(key) + ": " + problem);
        }
        return key;
    }

    /** Whether {@code key} obeys the rules. */
    public static boolean isValid(String key) {
        return key != null && problem(key) == null;
    }

    private static String problem(String key) {
        if (key.isEmpty()) {
            return "it is empty";
        }
        if (key.getBytes(StandardCharsets.UTF_8).length > MAX_KEY_BYTES) {
            return "it is longer than " + MAX_KEY_BYTES + " bytes";
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isISOControl(c)) {
                return "it contains a control character at index " + i;
            }
            if (c == '\\') {
                return "it contains a backslash; use '/' between segments";
            }
            if (c == ':') {
                return "it contains ':'";
            }
        }
        if (key.startsWith("/")) {
            return "it is absolute (starts with '/')";
        }
        if (key.endsWith("/")) {
            return "it ends with '/'";
        }
        for (String segment : key.split("/", -1)) {
            if (segment.isEmpty()) {
                return "it has an empty segment ('//')";
            }
            if (segment.equals(".") || segment.equals("..")) {
                return "it has a '" + segment + "' segment";
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_SEGMENT_BYTES) {
                return "a segment is longer than " + MAX_SEGMENT_BYTES + " bytes";
            }
        }
        return null;
    }

    /**
     * The content type to record: {@link #DEFAULT_CONTENT_TYPE} when null or blank, otherwise a trimmed
     * {@code type/subtype[;params]} without control characters (else an {@link InvalidInputException}).
     */
    public static String contentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return DEFAULT_CONTENT_TYPE;
        }
        String trimmed = contentType.trim();
        boolean control = trimmed.chars().anyMatch(Character::isISOControl);
        int slash = trimmed.indexOf('/');
        if (control || slash <= 0 || slash == trimmed.length() - 1 || trimmed.length() > 200) {
            throw new InvalidInputException("bad content type " + quote(trimmed) + ": expected type/subtype");
        }
        return trimmed;
    }

    /** The key in double quotes with control characters escaped as {@code \\uXXXX}, for error messages. */
    public static String quote(String key) {
        StringBuilder out = new StringBuilder(key.length() + 2).append('"');
        int shown = Math.min(key.length(), 120);
        for (int i = 0; i < shown; i++) {
            char c = key.charAt(i);
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (shown < key.length()) {
            out.append("…(").append(key.length()).append(" chars)");
        }
        return out.append('"').toString();
    }
}
