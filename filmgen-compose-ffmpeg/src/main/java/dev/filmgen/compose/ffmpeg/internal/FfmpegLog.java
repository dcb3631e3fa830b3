package dev.filmgen.compose.ffmpeg.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.bytedeco.ffmpeg.avutil.LogCallback;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacpp.BytePointer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes FFmpeg's {@code av_log} into slf4j and keeps the last lines in a ring buffer, so a failure can quote
 * the tail of FFmpeg's log. The callback is process-wide; lines are numbered so each operation can ask for the
 * lines logged since it began.
 */
public final class FfmpegLog {
    private static final Logger LOG = LoggerFactory.getLogger("dev.filmgen.compose.ffmpeg.native");
    private static final int CAPACITY = 200;
    private static final Deque<String> LINES = new ArrayDeque<>();
    private static long written;
    private static LogCallback callback;

    private FfmpegLog() {
    }

    /** Installs the callback once per process (idempotent). */
    public static synchronized void install() {
        if (callback != null) {
            return;
        }
        avutil.av_log_set_level(avutil.AV_LOG_WARNING);
        callback = new LogCallback() {
            @Override
            public void call(int level, BytePointer message) {
                if (level <= avutil.AV_LOG_WARNING) {
                    record(level, message.getString(StandardCharsets.UTF_8));
                }
            }
        };
        avutil.setLogCallback(callback);
    }

    static void record(int level, String raw) {
        String line = raw.strip();
        if (line.isEmpty()) {
            return;
        }
        if (level <= avutil.AV_LOG_ERROR) {
            LOG.debug("ffmpeg error: {}", line);
        } else {
            LOG.trace("ffmpeg: {}", line);
        }
        synchronized (LINES) {
            if (LINES.size() == CAPACITY) {
                LINES.removeFirst();
            }
            LINES.addLast(line);
            written++;
        }
    }

    /** A mark to pass to {@link #tailSince(long)}: the number of lines logged so far. */
    public static long mark() {
        synchronized (LINES) {
            return written;
        }
    }

    /** Up to the last {@code 12} lines logged after {@code mark}, joined by newlines ("" when none). */
    public static String tailSince(long mark) {
        synchronized (LINES) {
            long fresh = Math.min(written - mark, LINES.size());
            List<String> all = new ArrayList<>(LINES);
            List<String> tail = all.subList((int) (all.size() - fresh), all.size());
            return String.join("\n", tail.subList(Math.max(0, tail.size() - 12), tail.size()));
        }
    }
}
