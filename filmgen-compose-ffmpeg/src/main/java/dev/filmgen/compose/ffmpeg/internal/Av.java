package dev.filmgen.compose.ffmpeg.internal;

import dev.filmgen.error.StorageFullException;
import dev.filmgen.error.FilmgenException;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.NonRetriableException;
import org.bytedeco.ffmpeg.global.avutil;

/** Small helpers around FFmpeg return codes: error text, and the exceptions that name the failed call. */
public final class Av {
    /** {@code AVERROR(EAGAIN)} on Linux. */
    public static final int EAGAIN = -11;
    /** {@code AVERROR(ENOSPC)}, {@code AVERROR(EDQUOT)} on Linux: the disk is full. */
    static final int ENOSPC = -28;
    static final int EDQUOT = -122;

    private Av() {
    }

    /** FFmpeg's text for an error code, with the code, e.g. {@code "No such file or directory (-2)"}. */
    public static String describe(int code) {
        byte[] buf = new byte[256];
        avutil.av_strerror(code, buf, buf.length);
        int len = 0;
        while (len < buf.length && buf[len] != 0) {
            len++;
        }
        return new String(buf, 0, len, java.nio.charset.StandardCharsets.UTF_8) + " (" + code + ")";
    }

    /** Whether {@code code} is {@code AVERROR_EOF}. */
    public static boolean isEof(int code) {
        return code == avutil.AVERROR_EOF;
    }

    /**
     * Builds the exception for a failed FFmpeg call: which operation, on what, the error and the tail of the
     * log since {@code logMark}. Input errors (bad data, missing file, unknown format) are
     * {@link InvalidInputException}; everything else is non-retriable.
     */
    public static FilmgenException failure(String operation, String subject, int code, long logMark) {
        String tail = FfmpegLog.tailSince(logMark);
        String message = operation + " failed" + (subject == null ? "" : " for " + subject) + ": "
                + describe(code) + (tail.isEmpty() ? "" : "\nFFmpeg log (last lines):\n" + tail);
        if (isInputError(code)) {
            return new InvalidInputException(message);
        }
        if (code == ENOSPC || code == EDQUOT) {
            return new StorageFullException(message, null);
        }
        return new NonRetriableException(message);
    }

    /** Throws {@link #failure} when {@code code} is negative; returns it otherwise. */
    public static int check(int code, String operation, String subject, long logMark) {
        if (code < 0) {
            throw failure(operation, subject, code, logMark);
        }
        return code;
    }

    static boolean isInputError(int code) {
        return code == avutil.AVERROR_INVALIDDATA || code == -2 /* ENOENT */ || code == -13 /* EACCES */
                || code == avutil.AVERROR_DEMUXER_NOT_FOUND || code == avutil.AVERROR_DECODER_NOT_FOUND
                || code == avutil.AVERROR_STREAM_NOT_FOUND;
    }
}
