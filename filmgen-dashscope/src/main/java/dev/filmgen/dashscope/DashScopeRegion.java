package dev.filmgen.dashscope;

import dev.filmgen.error.InvalidInputException;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Model Studio (Bailian) regions filmgen talks to. Keys, endpoints and model offers are per region: a key of one
 * region gets 401 in the other, and not every model is offered in both (see {@link DashScopeCatalog}).
 * Source: Model Studio "Select a region" and the API references' endpoint lists (alibabacloud.com/help, read
 * 2026-11-26).
 */
public enum DashScopeRegion {
    /** China (Beijing), the SDK's default endpoint. */
    CN_BEIJING("cn-beijing", "Beijing", "https://dashscope.aliyuncs.com/api/v1"),
    /** Singapore, the international edition. */
    AP_SOUTHEAST_1("ap-southeast-1", "Singapore", "https://dashscope-intl.aliyuncs.com/api/v1");

    private final String id;
    private final String city;
    private final String baseUrl;

    DashScopeRegion(String id, String city, String baseUrl) {
        this.id = id;
        this.city = city;
        this.baseUrl = baseUrl;
    }

    /** The id used in {@code DASHSCOPE_REGION}: {@code cn-beijing} or {@code ap-southeast-1}. */
    public String id() {
        return id;
    }

    /** The native API endpoint of the region. */
    public String baseUrl() {
        return baseUrl;
    }

    /** For messages: {@code "ap-southeast-1 (Singapore)"}. */
    public String describe() {
        return id + " (" + city + ")";
    }

    /** The region named {@code id} (case-insensitive); an {@link InvalidInputException} naming the allowed ids otherwise. */
    public static DashScopeRegion of(String id) {
        String want = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.id.equals(want)).findFirst()
                .orElseThrow(() -> new InvalidInputException(DashScopeDefaults.REGION_ENV + ": unknown region '" + id
                        + "' (use " + Arrays.stream(values()).map(DashScopeRegion::id)
                        .collect(Collectors.joining(" or ")) + ")"));
    }

    /**
     * The region an endpoint belongs to, read from its host ({@code dashscope-intl.aliyuncs.com} and
     * {@code *.ap-southeast-1.maas.aliyuncs.com} are Singapore, {@code dashscope.aliyuncs.com} and
     * {@code *.cn-beijing.maas.aliyuncs.com} Beijing); empty for a proxy or a test server.
     */
    public static Optional<DashScopeRegion> fromBaseUrl(String baseUrl) {
        String host;
        try {
            host = URI.create(baseUrl.trim()).getHost();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.equals("dashscope-intl.aliyuncs.com") || host.endsWith(".ap-southeast-1.maas.aliyuncs.com")) {
            return Optional.of(AP_SOUTHEAST_1);
        }
        if (host.equals("dashscope.aliyuncs.com") || host.endsWith(".cn-beijing.maas.aliyuncs.com")) {
            return Optional.of(CN_BEIJING);
        }
        return Optional.empty();
    }
}
