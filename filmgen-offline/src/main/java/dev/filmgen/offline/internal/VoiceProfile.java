package dev.filmgen.offline.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a voice id sounds offline: an espeak-ng variant, pitch and speed, and a FreeTTS pitch and rate. The
 * qwen-tts ids map to fixed profiles (Chelsie, Cherry, Serena, Jada, Sunny female; Ethan, Dylan male); any
 * other id gets a stable profile from its hash.
 *
 * @param variant espeak-ng variant ({@code f3}, {@code m7}…)
 * @param pitch espeak-ng pitch 0–99
 * @param speed espeak-ng words per minute
 * @param female whether the voice is a female one
 * @param basePitch FreeTTS base pitch in Hz
 * @param rate FreeTTS words per minute
 */
public record VoiceProfile(String variant, int pitch, int speed, boolean female, float basePitch, float rate) {
    private static final Map<String, VoiceProfile> KNOWN = Map.of(
            "chelsie", new VoiceProfile("f2", 60, 165, true, 190, 160),
            "cherry", new VoiceProfile("f3", 68, 170, true, 205, 165),
            "serena", new VoiceProfile("f4", 52, 155, true, 175, 150),
            "jada", new VoiceProfile("f5", 72, 175, true, 215, 170),
            "sunny", new VoiceProfile("f1", 62, 180, true, 198, 175),
            "ethan", new VoiceProfile("m3", 42, 160, false, 105, 155),
            "dylan", new VoiceProfile("m7", 30, 150, false, 92, 145));
    private static final List<String> VARIANTS = List.of("f1", "f2", "f3", "f4", "f5", "m1", "m2", "m3", "m4", "m5",
            "m6", "m7");

    public static VoiceProfile of(String voiceId) {
        String id = voiceId == null ? "" : voiceId.strip().toLowerCase(Locale.ROOT);
        VoiceProfile known = KNOWN.get(id);
        if (known != null) {
            return known;
        }
        long h = Seeds.mix(17, id);
        String variant = VARIANTS.get(Math.floorMod((int) h, VARIANTS.size()));
        boolean female = variant.startsWith("f");
        int pitch = (female ? 50 : 28) + Math.floorMod((int) (h >>> 8), 22);
        int speed = 145 + Math.floorMod((int) (h >>> 16), 36);
        return new VoiceProfile(variant, pitch, speed, female, female ? 170 + pitch - 50 : 90 + pitch - 28, speed);
    }
}
