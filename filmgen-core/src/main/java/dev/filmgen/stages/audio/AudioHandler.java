package dev.filmgen.stages.audio;

import dev.filmgen.domain.Board;
import dev.filmgen.domain.Line;
import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.InvalidInputException;
import dev.filmgen.error.StageFailedException;
import dev.filmgen.internal.text.Languages;
import dev.filmgen.stages.internal.StageInputs;
import dev.filmgen.stages.internal.Voices;
import dev.filmgen.model.SpeechRequest;
import dev.filmgen.handler.Handler;
import dev.filmgen.handler.StageContext;

/** Built-in {@code Audio} stage, one item per board: speaks the board's line in its voice and the film's language. */
public final class AudioHandler implements Handler {
    @Override
    public void handle(StageContext ctx) {
        Board board = StageInputs.board(ctx);
        int i = board.index();
        Line line = ctx.session().lines().stream().filter(l -> l.board() == i).findFirst()
                .orElseThrow(() -> new StageFailedException(ctx.stage(), i, "no line for this board: run Line first", null));
        if (line.text() == null || line.text().isBlank()) {
            throw new StageFailedException(ctx.stage(), i, "the line has no text to speak", null);
        }
        java.util.Optional<java.util.List<String>> offered = ctx.voices(ctx.settings().model());
        if (offered.isPresent() && line.voice() != null && Voices.spelled(line.voice(), offered.get()) == null) {
            throw new InvalidInputException("Audio board " + (i + 1) + ": "
                    + Voices.missing(ctx.settings().model(), line.voice(), offered.get())
                    + "; run Line again to cast voices it speaks, or edit the line's voice");
        }
        String language = Languages.normalise(ctx.language());
        SpeechRequest request = new SpeechRequest(ctx.settings().model(), line.text(), line.voice(), language,
                "voice:" + (i + 1));
        ctx.checkCancelled();
        MediaAsset voice = ctx.speech(request);
        ctx.update(b -> b.voice(i, voice));
        if (isSilent(voice.mediaType())) {
            ctx.notice("board " + (i + 1) + " has no spoken narration: no voice engine could speak "
                    + (Languages.ZH.equals(language) ? "Chinese" : "English") + "; subtitles still show it");
        }
    }

    /** Whether a media type carries the {@code silent=true} parameter (see {@link dev.filmgen.model.SpeechModel}). */
    static boolean isSilent(String mediaType) {
        if (mediaType == null) {
            return false;
        }
        String[] parts = mediaType.split(";");
        for (int k = 1; k < parts.length; k++) {
            if (parts[k].replace(" ", "").equalsIgnoreCase("silent=true")) {
                return true;
            }
        }
        return false;
    }
}
