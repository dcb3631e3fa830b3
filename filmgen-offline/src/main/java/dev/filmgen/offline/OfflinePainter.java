package dev.filmgen.offline;

import dev.filmgen.domain.MediaAsset;
import dev.filmgen.error.NonRetriableException;
import dev.filmgen.model.ImageModel;
import dev.filmgen.model.ImageRequest;
import dev.filmgen.model.TaskJournal;
import dev.filmgen.offline.internal.Canvas;
import dev.filmgen.offline.internal.ColourWords;
import dev.filmgen.offline.internal.Figure;
import dev.filmgen.offline.internal.MediaReader;
import dev.filmgen.offline.internal.PngIo;
import dev.filmgen.offline.internal.PromptCues;
import dev.filmgen.offline.internal.Seeds;
import dev.filmgen.offline.internal.Staging;
import dev.filmgen.offline.internal.WorkDir;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import dev.filmgen.media.PixelBudget;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A Java2D painter of flat-illustration ad pictures: product shots ({@code product}), role portraits
 * ({@code role:<name>}) and first frames ({@code frame:<n>}), read from the prompt's keywords. A user's product
 * photo among the references becomes the hero of product shots and frames. Deterministic for a seed.
 */
public final class OfflinePainter implements ImageModel {
    /** PNG text key marking what a picture of ours shows: {@code role} or {@code product}. */
    public static final String KIND_KEY = "filmgen-offline";
    private static final int MAX_SIDE = 4096;

    private final long seed;
    private final WorkDir work;
    private final Duration fetchTimeout;
    private final PixelBudget pixels;

    /** A painter writing into {@code workDir} (a temporary folder when null). */
    public OfflinePainter(long seed, Path workDir) {
        this(seed, new WorkDir(workDir), Duration.ofSeconds(20), PixelBudget.defaults());
    }

    OfflinePainter(long seed, WorkDir work, Duration fetchTimeout, PixelBudget pixels) {
        this.seed = seed;
        this.work = work;
        this.fetchTimeout = fetchTimeout;
        this.pixels = pixels;
    }

    @Override
    public MediaAsset generate(ImageRequest request, TaskJournal journal) {
        int w = request.width();
        int h = request.height();
        if (w > MAX_SIDE || h > MAX_SIDE) {
            throw new NonRetriableException("picture size " + w + "x" + h + " is larger than " + MAX_SIDE + " px a side");
        }
        String purpose = request.purpose() == null ? "frame" : request.purpose();
        long s = request.seed() != null ? request.seed() : seed;
        long hash = Seeds.mix(s, purpose + "|" + w + "x" + h + "|" + request.prompt() + "|" + request.references());
        Random rnd = new Random(hash);
        PromptCues cues = new PromptCues(request.prompt());
        boolean role = purpose.startsWith("role");
        boolean product = purpose.equals("product");

        List<Figure> refFigures = new ArrayList<>();
        Map<String, String> ours = null;
        BufferedImage photo = null;
        for (MediaAsset ref : request.references()) {
            if (role || !ref.mediaType().toLowerCase(java.util.Locale.ROOT).startsWith("image/")) {
                continue;
            }
            byte[] bytes = MediaReader.bytes(ref, fetchTimeout);
            Map<String, String> meta = PngIo.text(bytes);
            if ("role".equals(meta.get(KIND_KEY)) && Figure.decode(meta.get("figure")) != null) {
                refFigures.add(Figure.decode(meta.get("figure")));
            } else if ("product".equals(meta.get(KIND_KEY))) {
                ours = meta;
            } else if (photo == null) {
                photo = MediaReader.image(ref, bytes, pixels, Math.max(w, h)); // never drawn larger than the frame
            }
        }

        List<Figure> figures = new ArrayList<>();
        if (role) {
            figures.add(Figure.fromText(request.prompt(), Seeds.mix(s, purpose)));
        } else if (!product) {
            if (!refFigures.isEmpty() && !cues.people.isEmpty()) {
                figures.addAll(refFigures.subList(0, Math.min(3, Math.min(refFigures.size(),
                        Math.max(cues.people.size(), 1)))));
            } else {
                for (int i = 0; i < cues.people.size(); i++) {
                    figures.add(Figure.fromText(cues.people.get(i), Seeds.mix(s, purpose + i)));
                }
            }
        }
        String shape = ours != null ? ours.getOrDefault("shape", cues.shape)
                : !product && cues.nearShape != null ? cues.nearShape : cues.shape;
        List<Color> named = ColourWords.find(request.prompt());
        Color body = ours != null && ours.containsKey("body") ? Color.decode(ours.get("body"))
                : product ? (named.isEmpty() ? null : named.get(0)) : cues.productColour;
        String name = cues.product != null ? cues.product : ours != null ? ours.get("name") : null;
        BufferedImage img = Canvas.paint(new Canvas.Spec(w, h, cues.category, cues.setting, figures, role, photo,
                shape, body, name, product || role ? null : cues.slogan,
                Staging.read(request.prompt(), board(purpose), name), rnd));

        Map<String, String> meta = new java.util.HashMap<>(Map.of("Software", "filmgen-offline painter"));
        if (role) {
            meta.put(KIND_KEY, "role");
            meta.put("figure", figures.get(0).encode());
        } else if (product && photo == null) {
            meta.put(KIND_KEY, "product");
            meta.put("shape", shape);
            if (body != null) {
                meta.put("body", String.format("#%06X", body.getRGB() & 0xFFFFFF));
            }
            if (name != null) {
                meta.put("name", name);
            }
        }
        return write(img, meta, purpose, hash);
    }

    /** The board number of a {@code frame:<n>} purpose, else 0. */
    private static int board(String purpose) {
        if (!purpose.startsWith("frame:")) {
            return 0;
        }
        String n = purpose.substring(6);
        int hash = n.indexOf('#');
        try {
            // a further candidate ("frame:2#2") is painted as board 2, from another seed
            return Math.max(0, Integer.parseInt((hash >= 0 ? n.substring(0, hash) : n).strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private MediaAsset write(BufferedImage img, Map<String, String> meta, String purpose, long hash) {
        Path target = work.file(purpose.replace(':', '-'), hash, ".png");
        try {
            Path temp = WorkDir.tempBeside(target);
            PngIo.write(img, meta, temp);
            WorkDir.moveIntoPlace(temp, target);
            return new MediaAsset(target.toUri(), "image/png", null, Files.size(target), null, img.getWidth(),
                    img.getHeight());
        } catch (IOException e) {
            throw new NonRetriableException("cannot write picture " + target + ": " + e.getMessage(), e);
        }
    }
}
