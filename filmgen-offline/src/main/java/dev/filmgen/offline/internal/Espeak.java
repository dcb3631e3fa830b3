package dev.filmgen.offline.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Runs the espeak-ng program: {@code espeak-ng -v cmn+f3 -p 60 -s 160 -w out.wav -f text.txt}. */
public final class Espeak {
    private static final Map<String, Boolean> AVAILABLE = new ConcurrentHashMap<>();

    private Espeak() {
    }

    /** Whether {@code command --version} runs (checked once per command). */
    public static boolean available(String command) {
        return AVAILABLE.computeIfAbsent(command, c -> {
            try {
                Process p = new ProcessBuilder(c, "--version").redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (!p.waitFor(5, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    return false;
                }
                return p.exitValue() == 0;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        });
    }

    /** Speaks {@code text} into {@code out}; throws with espeak-ng's own message when it fails. */
    public static void speak(String command, String text, Lang lang, VoiceProfile voice, Path out, Duration timeout)
            throws IOException {
        Path txt = Files.createTempFile(out.getParent(), ".say-", ".txt");
        try {
            Files.writeString(txt, text, StandardCharsets.UTF_8);
            String v = (lang == Lang.ZH ? "cmn" : "en-us") + "+" + voice.variant();
            Process p = new ProcessBuilder(List.of(command, "-v", v, "-p", "" + voice.pitch(), "-s",
                    "" + voice.speed(), "-w", out.toString(), "-f", txt.toString())).redirectErrorStream(true).start();
            byte[] said = p.getInputStream().readAllBytes();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new IOException("espeak-ng took longer than " + timeout.toSeconds() + " s");
            }
            String msg = new String(said, StandardCharsets.UTF_8).strip();
            if (p.exitValue() != 0 || !Files.exists(out) || Files.size(out) <= 44) {
                throw new IOException("espeak-ng -v " + v + " exited with " + p.exitValue()
                        + (msg.isEmpty() ? "" : ": " + msg));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while espeak-ng was speaking", e);
        } finally {
            Files.deleteIfExists(txt);
        }
    }
}
