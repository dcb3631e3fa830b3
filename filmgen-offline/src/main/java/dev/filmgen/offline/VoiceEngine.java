package dev.filmgen.offline;

/** Which speech engine the offline voice starts from; each falls back to the next, down to silence. */
public enum VoiceEngine {
    /** espeak-ng when installed, else FreeTTS for Latin text, else silence. */
    AUTO,
    /** espeak-ng, else silence. */
    ESPEAK_NG,
    /** FreeTTS (English only), else silence. */
    FREETTS,
    /** Always a silent track of the estimated length (for tests and muted previews). */
    SILENT
}
