package dev.filmgen.stages.firstframeimage;

import dev.filmgen.config.StageConfig;
import dev.filmgen.error.InvalidInputException;
import java.util.Map;

/**
 * The FirstFrameImage options filmgen reads itself: the reference model, the judge, the minimum score and how many
 * pictures a board may make ({@code first_frame_image.reference_model}, {@code judge_model}, {@code min_score},
 * {@code candidates}). A model named {@code none} is off.
 *
 * @param referenceModel picture model for boards with references, or null to use the stage's model for every board
 * @param judgeModel vision model that judges each picture, or null for no judging
 * @param minScore score below which another picture is made
 * @param candidates most pictures per board, the first included (1 without a judge)
 */
record FrameSettings(String referenceModel, String judgeModel, double minScore, int candidates) {
    static final double DEFAULT_MIN_SCORE = 6;
    static final int DEFAULT_CANDIDATES = 2;

    static FrameSettings of(StageConfig settings) {
        Map<String, Object> o = settings.options();
        String judge = model(o.get(StageConfig.JUDGE_MODEL));
        double min = number(o.get(StageConfig.MIN_SCORE), DEFAULT_MIN_SCORE, StageConfig.MIN_SCORE);
        if (min < 0 || min > 10) {
            throw new InvalidInputException("first_frame_image." + StageConfig.MIN_SCORE + " must be 0 to 10, was " + min);
        }
        int n = (int) number(o.get(StageConfig.CANDIDATES), DEFAULT_CANDIDATES, StageConfig.CANDIDATES);
        if (n < 1 || n > 5) {
            throw new InvalidInputException("first_frame_image." + StageConfig.CANDIDATES + " must be 1 to 5, was " + n);
        }
        return new FrameSettings(model(o.get(StageConfig.REFERENCE_MODEL)), judge, min, judge == null ? 1 : n);
    }

    /** Whether pictures are judged. */
    boolean judged() {
        return judgeModel != null;
    }

    static String model(Object v) {
        String s = v == null ? "" : v.toString().trim();
        return s.isEmpty() || StageConfig.NONE.equalsIgnoreCase(s) ? null : s;
    }

    private static double number(Object v, double fallback, String key) {
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number) {
            return ((Number) v).doubleValue();
        }
        try {
            return Double.parseDouble(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("first_frame_image." + key + " must be a number, was \"" + v + "\"");
        }
    }
}
