package dev.filmgen.dashscope;

import dev.filmgen.calls.Quota;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything filmgen relies on about each Bailian model, one row per model: what it does, where it is offered, its
 * quota, its prompt cap, its voices, how many reference pictures it takes and how large an inline picture may be.
 * Every number comes from the provider's documentation (the row says where, and when it was read); rows marked
 * unconfirmed use the documented figure of the nearest model. A family row (a name prefix) covers dated snapshots
 * and newer variants of a family when no row names the model exactly. Add a column by adding a field to
 * {@link Entry} and a setter to its builder.
 */
public final class DashScopeCatalog {
    /** Largest inline picture: the services take pictures up to 10 MB, and the limit applies to the request as sent,
     *  so filmgen counts the characters of the whole {@code data:} URI against 10,000,000 (wan i2v and qwen-image-edit
     *  API references, Qwen-VL image input limits; alibabacloud.com/help, read 2026-11-26). */
    public static final long INLINE_10_MB = 10_000_000L;

    private static final String RATE_PAGE = "Model Studio rate limits (alibabacloud.com/help/en/model-studio/rate-limit,"
            + " updated 2026-06-25, read 2026-11-26)";
    private static final String TTS_PAGE = "Qwen-TTS API reference (help.aliyun.com/document_detail/2975508.html) and "
            + "Qwen-TTS voice list (alibabacloud.com/help/en/model-studio/qwen-tts-voice-list), read 2026-11-26";
    private static final String T2I_PAGE = "Wan text-to-image V2 API reference (alibabacloud.com/help/en/model-studio/"
            + "text-to-image-v2-api-reference, updated 2026-10-27, read 2026-11-26)";
    private static final String I2V_PAGE = "Wan image-to-video API reference (alibabacloud.com/help/en/model-studio/"
            + "image-to-video-api-reference, read 2026-11-26)";
    private static final String EDIT_PAGE = "Qwen image editing (alibabacloud.com/help/en/model-studio/qwen-image-edit,"
            + " read 2026-11-26)";
    private static final String REFS_PAGE = "shared/reference/dashscope-references.md (official pages, read "
            + "2026-11-26)";

    private static final Set<DashScopeRegion> BOTH = EnumSet.allOf(DashScopeRegion.class);
    private static final Set<DashScopeRegion> BEIJING = EnumSet.of(DashScopeRegion.CN_BEIJING);

    /** The four voices of qwen-tts (Qwen-TTS API reference). */
    private static final List<String> QWEN_TTS_VOICES = List.of("Cherry", "Serena", "Ethan", "Chelsie");
    /** qwen-tts-latest and qwen-tts-2025-05-22 add three dialect voices (Qwen-TTS API reference). */
    private static final List<String> QWEN_TTS_LATEST_VOICES = List.of("Cherry", "Serena", "Ethan", "Chelsie",
            "Dylan", "Jada", "Sunny");
    /**
     * qwen3-tts-flash's system voices (Qwen-TTS voice list and Qwen's own Qwen3-TTS demo, read 2026-11-26): the
     * Mandarin/English voices first, so automatic casting prefers them; the dialect voices (Jada Shanghainese, Dylan
     * Beijing, Li Nanjing, Marcus Shaanxi, Roy Minnan, Peter Tianjin, Sunny and Eric Sichuanese, Rocky and Kiki
     * Cantonese) last.
     */
    private static final List<String> QWEN3_TTS_VOICES = List.of("Cherry", "Ethan", "Serena", "Chelsie", "Momo",
            "Vivian", "Moon", "Maia", "Kai", "Nofish", "Bella", "Jennifer", "Ryan", "Katerina", "Elias", "Jada",
            "Dylan", "Sunny", "Li", "Marcus", "Roy", "Peter", "Rocky", "Kiki", "Eric");

    private static final List<Entry> ROWS = List.of(
            // text: qwen-max/-plus/-turbo 600 requests per minute (rate-limit page); concurrency undocumented
            row("qwen-max", Kind.TEXT).regions(BOTH).quota(Quota.perMinute(600, 4)).source(RATE_PAGE).build(),
            row("qwen-max-latest", Kind.TEXT).quota(Quota.perMinute(60, 4)).source(RATE_PAGE).build(),
            row("qwen-plus", Kind.TEXT).regions(BOTH).quota(Quota.perMinute(600, 4)).source(RATE_PAGE).build(),
            row("qwen-turbo", Kind.TEXT).regions(BOTH).quota(Quota.perMinute(600, 4)).source(RATE_PAGE).build(),
            // vision: qvq-max 60 per minute (rate-limit page), streaming only; images up to 10 MB inline
            row("qvq-max", Kind.VISION).regions(BOTH).quota(Quota.perMinute(60, 2)).inlineLimit(INLINE_10_MB)
                    .source(RATE_PAGE).build(),
            row("qwen-vl-max", Kind.VISION).regions(BOTH).quota(Quota.perMinute(1200, 4)).inlineLimit(INLINE_10_MB)
                    .source(RATE_PAGE).build(),
            row("qwen-vl-plus", Kind.VISION).regions(BOTH).quota(Quota.perMinute(1200, 4)).inlineLimit(INLINE_10_MB)
                    .source(RATE_PAGE).build(),
            // pictures: wan text-to-image 2 per second, 2 tasks at once; prompt 500, negative prompt 500 characters
            row("wan2.2-t2i-plus", Kind.IMAGE).regions(BOTH).quota(Quota.perSecond(2, 2)).promptCap(500)
                    .negativePromptCap(500).source(T2I_PAGE).build(),
            row("wan2.2-t2i-flash", Kind.IMAGE).regions(BOTH).quota(Quota.perSecond(2, 2)).promptCap(500)
                    .negativePromptCap(500).source(T2I_PAGE).build(),
            // reference-taking picture models: counts from their pages; quotas unconfirmed (wan: 2/s, 2 at once)
            row("wan2.5-i2i-preview", Kind.IMAGE).quota(Quota.perSecond(2, 2)).references(1, 3).promptCap(2000)
                    .negativePromptCap(500).inlineLimit(INLINE_10_MB).source(REFS_PAGE + "; quota unconfirmed").build(),
            row("wan2.6-image", Kind.IMAGE).quota(Quota.perSecond(2, 2)).references(1, 4).inlineLimit(INLINE_10_MB)
                    .source(REFS_PAGE + "; quota unconfirmed").build(),
            row("wan2.7-image", Kind.IMAGE).quota(Quota.perSecond(2, 2)).references(0, 9).inlineLimit(INLINE_10_MB)
                    .source(REFS_PAGE + "; quota unconfirmed").build(),
            row("wan2.7-image-pro", Kind.IMAGE).quota(Quota.perSecond(2, 2)).references(0, 9)
                    .inlineLimit(INLINE_10_MB).source(REFS_PAGE + "; quota unconfirmed").build(),
            // qwen-image-edit-max: 2 requests per MINUTE (rate-limit page); the other variants are unconfirmed and
            // kept to the same figure; prompt 800, negative prompt 500 characters, 1-3 pictures
            row("qwen-image-edit-max", Kind.IMAGE).quota(Quota.perMinute(2, 1)).references(1, 3).promptCap(800)
                    .negativePromptCap(500).inlineLimit(INLINE_10_MB).source(RATE_PAGE + "; " + EDIT_PAGE).build(),
            row("qwen-image-edit-plus", Kind.IMAGE).quota(Quota.perMinute(2, 1)).references(1, 3).promptCap(800)
                    .negativePromptCap(500).inlineLimit(INLINE_10_MB).source(EDIT_PAGE + "; quota unconfirmed").build(),
            row("qwen-image-edit", Kind.IMAGE).quota(Quota.perMinute(2, 1)).references(1, 3).promptCap(800)
                    .negativePromptCap(500).inlineLimit(INLINE_10_MB).source(EDIT_PAGE + "; quota unconfirmed").build(),
            // clips: wan image-to-video 2 task submissions per second, 2 tasks at once; prompt 800, negative 500;
            // the first frame as a public URL or a data URI up to 10 MB
            row("wan2.2-i2v-plus", Kind.VIDEO).regions(BOTH).quota(Quota.perSecond(2, 2)).promptCap(800)
                    .negativePromptCap(500).inlineLimit(INLINE_10_MB).source(I2V_PAGE).build(),
            row("wan2.2-i2v-flash", Kind.VIDEO).regions(BOTH).quota(Quota.perSecond(2, 2)).promptCap(800)
                    .negativePromptCap(500).inlineLimit(INLINE_10_MB).source(I2V_PAGE).build(),
            // reference-to-video takes public URLs only (no data URI documented)
            row("wan2.6-r2v", Kind.VIDEO).quota(Quota.perSecond(2, 2)).promptCap(1500).inlineLimit(0)
                    .source(REFS_PAGE + "; quota unconfirmed").build(),
            row("wan2.1-vace-plus", Kind.VIDEO).quota(Quota.perSecond(2, 2)).promptCap(800).inlineLimit(0)
                    .source(REFS_PAGE + "; quota unconfirmed").build(),
            // speech: qwen-tts 10 requests per minute, Beijing only; qwen3-tts-flash 180 per minute, both regions
            row("qwen-tts", Kind.SPEECH).regions(BEIJING).quota(Quota.perMinute(10, 1)).voices(QWEN_TTS_VOICES)
                    .alternative("qwen3-tts-flash").source(RATE_PAGE + "; " + TTS_PAGE).build(),
            row("qwen-tts-latest", Kind.SPEECH).regions(BEIJING).quota(Quota.perMinute(10, 1))
                    .voices(QWEN_TTS_LATEST_VOICES).alternative("qwen3-tts-flash").source(RATE_PAGE + "; " + TTS_PAGE)
                    .build(),
            row("qwen-tts-2025-05-22", Kind.SPEECH).regions(BEIJING).quota(Quota.perMinute(10, 1))
                    .voices(QWEN_TTS_LATEST_VOICES).alternative("qwen3-tts-flash").source(RATE_PAGE + "; " + TTS_PAGE)
                    .build(),
            row("qwen3-tts-flash", Kind.SPEECH).regions(BOTH).quota(Quota.perMinute(180, 4)).voices(QWEN3_TTS_VOICES)
                    .source(RATE_PAGE + "; " + TTS_PAGE).build(),
            // families: dated snapshots and variants without a row of their own
            family("qwen-tts", Kind.SPEECH).quota(Quota.perMinute(10, 1)).voices(QWEN_TTS_VOICES)
                    .source(RATE_PAGE + " (qwen-tts and its dated snapshots)").build(),
            family("qwen3-tts", Kind.SPEECH).quota(Quota.perMinute(180, 4)).voices(QWEN3_TTS_VOICES)
                    .source(RATE_PAGE + "; unconfirmed for variants").build(),
            family("qwen-image-edit", Kind.IMAGE).quota(Quota.perMinute(2, 1)).references(1, 3).promptCap(800)
                    .inlineLimit(INLINE_10_MB).source(EDIT_PAGE + "; quota unconfirmed").build(),
            family("qwen-image", Kind.IMAGE).quota(Quota.perSecond(2, 2)).source(T2I_PAGE + "; unconfirmed").build(),
            family("wan2.6-r2v", Kind.VIDEO).quota(Quota.perSecond(2, 2)).promptCap(1500).inlineLimit(0)
                    .source(REFS_PAGE + "; quota unconfirmed").build(),
            family("wan2.5-i2v", Kind.VIDEO).quota(Quota.perSecond(2, 2)).inlineLimit(INLINE_10_MB)
                    .source(I2V_PAGE + "; quota unconfirmed").build(),
            family("wan2.2-i2v", Kind.VIDEO).quota(Quota.perSecond(2, 2)).promptCap(800).negativePromptCap(500)
                    .inlineLimit(INLINE_10_MB).source(I2V_PAGE).build(),
            family("wanx2.1-i2v", Kind.VIDEO).quota(Quota.perSecond(2, 2)).promptCap(800).negativePromptCap(500)
                    .inlineLimit(INLINE_10_MB).source(I2V_PAGE).build(),
            family("wan2.6-i2v", Kind.VIDEO).quota(Quota.perSecond(2, 2)).inlineLimit(INLINE_10_MB)
                    .source(I2V_PAGE + "; quota unconfirmed").build(),
            // every other wan model (pictures and clips): the wan task figure, 2 per second, 2 at once
            family("wan", Kind.IMAGE).quota(Quota.perSecond(2, 2)).inlineLimit(INLINE_10_MB)
                    .source(T2I_PAGE + "; " + I2V_PAGE).build(),
            family("qvq", Kind.VISION).quota(Quota.perMinute(60, 2)).inlineLimit(INLINE_10_MB).source(RATE_PAGE)
                    .build(),
            family("qwen-vl", Kind.VISION).quota(Quota.perMinute(120, 4)).inlineLimit(INLINE_10_MB)
                    .source(RATE_PAGE + " (the lowest qwen-vl figure)").build());

    private DashScopeCatalog() {
    }

    /** What a model does. */
    public enum Kind { TEXT, IMAGE, VIDEO, SPEECH, VISION }

    /** Every row, in table order. */
    public static List<Entry> all() {
        return ROWS;
    }

    /** The row of {@code model}: the row naming it (case-insensitive), else the family with the longest prefix. */
    public static Optional<Entry> find(String model) {
        if (model == null) {
            return Optional.empty();
        }
        String m = model.trim().toLowerCase(Locale.ROOT);
        Entry best = null;
        for (Entry e : ROWS) {
            if (!e.family && e.name.equals(m)) {
                return Optional.of(e);
            }
            if (e.family && m.startsWith(e.name) && (best == null || e.name.length() > best.name.length())) {
                best = e;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The inline limit that applies to {@code model}'s pictures: its row's, else the common 10 MB. */
    static long inlineLimitOf(String model) {
        return find(model).filter(Entry::takesPictures).map(Entry::inlineLimit).orElse(INLINE_10_MB);
    }

    private static Builder row(String name, Kind kind) {
        return new Builder(name, kind, false);
    }

    private static Builder family(String prefix, Kind kind) {
        return new Builder(prefix, kind, true);
    }

    /** One model's (or one family's) documented facts. */
    public static final class Entry {
        private final String name;
        private final Kind kind;
        private final boolean family;
        private final Set<DashScopeRegion> regions;
        private final Quota quota;
        private final Integer promptCap;
        private final Integer negativePromptCap;
        private final List<String> voices;
        private final int minReferences;
        private final int maxReferences;
        private final long inlineLimit;
        private final String alternative;
        private final String source;

        private Entry(Builder b) {
            this.name = b.name;
            this.kind = b.kind;
            this.family = b.family;
            this.regions = b.regions.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(b.regions));
            this.quota = Objects.requireNonNull(b.quota, "quota of " + b.name);
            this.promptCap = b.promptCap;
            this.negativePromptCap = b.negativePromptCap;
            this.voices = List.copyOf(b.voices);
            this.minReferences = b.minReferences;
            this.maxReferences = b.maxReferences;
            this.inlineLimit = b.inlineLimit;
            this.alternative = b.alternative;
            this.source = Objects.requireNonNull(b.source, "source of " + b.name);
        }

        /** The model name, or the name prefix of a family row. */
        public String name() {
            return name;
        }

        public Kind kind() {
            return kind;
        }

        /** Whether this row covers every model whose name starts with {@link #name()}. */
        public boolean family() {
            return family;
        }

        /** The regions offering the model; empty when the row does not record it (then no region is refused). */
        public Set<DashScopeRegion> regions() {
            return regions;
        }

        /** Whether {@code region} offers the model, as far as the row records. */
        public boolean offeredIn(DashScopeRegion region) {
            return regions.isEmpty() || regions.contains(region);
        }

        /** The documented request quota. */
        public Quota quota() {
            return quota;
        }

        /** Most characters of a prompt, when documented. */
        public OptionalInt promptCap() {
            return promptCap == null ? OptionalInt.empty() : OptionalInt.of(promptCap);
        }

        /** Most characters of a negative prompt, when documented. */
        public OptionalInt negativePromptCap() {
            return negativePromptCap == null ? OptionalInt.empty() : OptionalInt.of(negativePromptCap);
        }

        /** The voices a speech model speaks (empty for other kinds). */
        public List<String> voices() {
            return voices;
        }

        /** Fewest reference pictures the model needs (0 for text-to-image and most models). */
        public int minReferences() {
            return minReferences;
        }

        /** Most reference pictures the model takes (0: it takes none). */
        public int maxReferences() {
            return maxReferences;
        }

        /** Largest inline picture, in characters of the whole data URI; 0 when only public links are accepted. */
        public long inlineLimit() {
            return inlineLimit;
        }

        /** Whether the model takes pictures at all: clips from a first frame, descriptions, reference pictures. */
        public boolean takesPictures() {
            return kind == Kind.VIDEO || kind == Kind.VISION || maxReferences > 0;
        }

        /** The model to use instead where this one is not offered, or null. */
        public String alternative() {
            return alternative;
        }

        /** Where the row's numbers come from, and when they were read. */
        public String source() {
            return source;
        }

        @Override
        public String toString() {
            return (family ? name + "*" : name) + " [" + kind + ", " + quota.describe() + "]";
        }
    }

    /** Builds rows; the table above is its only user. */
    private static final class Builder {
        private final String name;
        private final Kind kind;
        private final boolean family;
        private Set<DashScopeRegion> regions = Set.of();
        private Quota quota;
        private Integer promptCap;
        private Integer negativePromptCap;
        private List<String> voices = List.of();
        private int minReferences;
        private int maxReferences;
        private long inlineLimit;
        private String alternative;
        private String source;

        Builder(String name, Kind kind, boolean family) {
            this.name = name;
            this.kind = kind;
            this.family = family;
        }

        Builder regions(Set<DashScopeRegion> r) { this.regions = r; return this; }
        Builder quota(Quota q) { this.quota = q; return this; }
        Builder promptCap(int n) { this.promptCap = n; return this; }
        Builder negativePromptCap(int n) { this.negativePromptCap = n; return this; }
        Builder voices(List<String> v) { this.voices = v; return this; }
        Builder references(int min, int max) { this.minReferences = min; this.maxReferences = max; return this; }
        Builder inlineLimit(long chars) { this.inlineLimit = chars; return this; }
        Builder alternative(String model) { this.alternative = model; return this; }
        Builder source(String s) { this.source = s; return this; }

        Entry build() {
            return new Entry(this);
        }
    }
}
