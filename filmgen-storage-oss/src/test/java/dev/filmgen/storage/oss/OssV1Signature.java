package dev.filmgen.storage.oss;

import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.Request;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The OSS V1 signature as the server computes it, for the fake: HMAC-SHA1 over verb, Content-MD5, Content-Type,
 * Date (or Expires for a presigned URL), the sorted {@code x-oss-} headers and {@code /bucket/key?subresources}.
 */
final class OssV1Signature {

    private static final Set<String> SUBRESOURCES = Set.of("acl", "uploads", "uploadId", "partNumber", "location",
            "delete", "append", "position", "tagging", "objectMeta", "security-token", "response-content-type",
            "response-content-disposition", "response-cache-control", "response-expires", "versionId");

    private OssV1Signature() {
    }

    /** The string the signature covers; {@code dateOrExpires} is the Date header or the Expires parameter. */
    static String stringToSign(Request request, String bucket, String key, Map<String, String> query,
                               String dateOrExpires, boolean presigned) {
        StringBuilder s = new StringBuilder();
        s.append(request.getMethod().getName()).append('\n');
        s.append(header(request, "Content-MD5")).append('\n');
        s.append(header(request, "Content-Type")).append('\n');
        s.append(dateOrExpires).append('\n');
        Map<String, String> ossHeaders = new TreeMap<>();
        if (!presigned) {
            for (HttpHeader h : request.getHeaders().all()) {
                String name = h.key().toLowerCase(Locale.ROOT);
                if (name.startsWith("x-oss-")) {
                    ossHeaders.put(name, h.firstValue().trim());
                }
            }
        }
        ossHeaders.forEach((name, value) -> s.append(name).append(':').append(value).append('\n'));
        s.append('/').append(bucket).append('/').append(key);
        Map<String, String> subs = new TreeMap<>();
        query.forEach((name, value) -> {
            if (SUBRESOURCES.contains(name)) {
                subs.put(name, value);
            }
        });
        String sep = "?";
        for (Map.Entry<String, String> e : subs.entrySet()) {
            s.append(sep).append(e.getKey());
            if (e.getValue() != null && !e.getValue().isEmpty()) {
                s.append('=').append(e.getValue());
            }
            sep = "&";
        }
        return s.toString();
    }

    static String sign(String secret, String stringToSign) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String header(Request request, String name) {
        String value = request.getHeader(name);
        return value == null ? "" : value;
    }
}
