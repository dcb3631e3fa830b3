package dev.filmgen.storage.oss;

import dev.filmgen.error.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the demo's {@code OSS_*} environment variables into an {@link OssStorage.Builder}. */
final class OssEnv {

    static final String ACCESS_KEY_ID = "OSS_ACCESS_KEY_ID";
    static final String ACCESS_KEY_SECRET = "OSS_ACCESS_KEY_SECRET";
    static final String ENDPOINT = "OSS_ENDPOINT";
    static final String BUCKET = "OSS_BUCKET";
    static final String DIRECTORY = "OSS_DIRECTORY";
    static final List<String> ALL = List.of(ACCESS_KEY_ID, ACCESS_KEY_SECRET, ENDPOINT, BUCKET, DIRECTORY);

    private OssEnv() {
    }

    /** Whether any {@code OSS_*} variable is set to something. */
    static boolean isConfigured(Map<String, String> env) {
        return ALL.stream().anyMatch(name -> present(env, name));
    }

    /** A builder filled from the variables; throws naming every missing one. */
    static OssStorage.Builder builder(Map<String, String> env) {
        List<String> missing = new ArrayList<>();
        for (String name : ALL) {
            if (!present(env, name)) {
                missing.add(name);
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException("OSS storage needs all of " + String.join(", ", ALL)
                    + "; missing: " + String.join(", ", missing));
        }
        return OssStorage.builder()
                .accessKeyId(env.get(ACCESS_KEY_ID).strip())
                .accessKeySecret(env.get(ACCESS_KEY_SECRET).strip())
                .endpoint(env.get(ENDPOINT).strip())
                .bucket(env.get(BUCKET).strip())
                .directory(env.get(DIRECTORY).strip());
    }

    private static boolean present(Map<String, String> env, String name) {
        String value = env.get(name);
        return value != null && !value.isBlank();
    }
}
