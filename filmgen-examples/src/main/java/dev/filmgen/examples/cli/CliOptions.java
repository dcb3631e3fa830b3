package dev.filmgen.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The command line of {@link FilmCli}, parsed and validated. Every problem is reported as one
 * {@link UsageException} whose message names the option and what is wrong with it.
 *
 * @param topic the product theme
 * @param image a product photo (file path or http(s) URL), or null
 * @param boards most boards, or null for the config's
 * @param roles most roles, or null for the config's
 * @param aspect {@code 16:9}, {@code 9:16} or {@code 1:1}, or null for the config's
 * @param out where the film goes
 * @param session a session id to resume, or null for a new one
 * @param offline force the offline models even when a DashScope key is set
 * @param config a config.json, or null
 * @param seed a seed, or null
 * @param dataDir where sessions and artifacts are kept
 * @param budget most yuan the command may spend on model calls, or null for no limit
 */
public record CliOptions(String topic, String image, Integer boards, Integer roles, String aspect, Path out,
                         String session, boolean offline, Path config, Long seed, Path dataDir, BigDecimal budget) {

    /** Longest topic accepted, in code points. */
    public static final int MAX_TOPIC = 500;

    /** A problem with the command line, worded for the user. */
    public static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        public UsageException(String message) {
            super(message);
        }
    }

    /** The {@code --help} text. */
    public static final String USAGE = String.join("\n",
            "usage: filmgen [options] \"<product theme>\"",
            "       filmgen --session ID [\"<edit>\"]",
            "       filmgen batch products.csv --out-dir DIR [--workers N]   (one film per CSV row; see batch --help)",
            "",
            "Makes a short e-commerce ad film from a product theme (Chinese or English), through 12 stages.",
            "Uses Bailian/DashScope models when DASHSCOPE_API_KEY is set, otherwise the offline template",
            "models (no key, no network); the first line on stderr says which.",
            "",
            "options:",
            "  --image <file|url>   product photo to feature (PNG, JPEG, GIF or BMP; at least 64x64)",
            "  --boards N           most boards (1-12; default 4)",
            "  --roles N            most characters (0-6; default 2)",
            "  --aspect A           16:9, 9:16 or 1:1 (default 16:9)",
            "  --out FILE           where to write the film (default film.mp4; the contact sheet goes",
            "                       beside it as FILE-storyboard.png)",
            "  --session ID         resume an earlier session, or edit it when a theme/edit is given",
            "  --offline            use the offline models even when DASHSCOPE_API_KEY is set",
            "  --config FILE        a config.json (the reference demo's keys are understood)",
            "  --seed N             seed for deterministic output",
            "  --budget YUAN        most this command may spend on model calls; a call that would pass it",
            "                       is not made, everything made is kept (resume with a larger budget)",
            "  --data-dir DIR       where sessions and artifacts are kept (default .filmgen)",
            "  --verbose            log every stage and item (INFO) on stderr",
            "  -h, --help           this text",
            "",
            "environment: DASHSCOPE_API_KEY (online models); OSS_ENDPOINT, OSS_BUCKET, OSS_ACCESS_KEY_ID,",
            "  OSS_ACCESS_KEY_SECRET (keep artifacts in Alibaba Cloud OSS instead of DIR/artifacts);",
            "  FILMGEN_JDBC_URL, FILMGEN_JDBC_USER, FILMGEN_JDBC_PASSWORD (sessions in PostgreSQL, shared by machines).",
            "",
            "examples:",
            "  filmgen \"百炼椰汁\"",
            "  filmgen --boards 3 --aspect 9:16 --image bottle.png --out ad.mp4 \"Sparkling lemon tea\"",
            "  filmgen --session film-20251125-101500-a1b2             (resume: re-makes only what is missing)",
            "  filmgen --session film-20251125-101500-a1b2 \"把分镜2的旁白改成：清爽一夏\"   (edit)",
            "",
            "exit status: 0 film written, 1 a stage failed or the budget was reached (what was made is",
            "kept), 2 bad input.");

    /** Parses and validates {@code args}; returns null when help was asked for. */
    public static CliOptions parse(String[] args) throws UsageException {
        String topic = null;
        String image = null;
        Integer boards = null;
        Integer roles = null;
        String aspect = null;
        Path out = Path.of("film.mp4");
        String session = null;
        boolean offline = false;
        Path config = null;
        Long seed = null;
        BigDecimal budget = null;
        Path dataDir = Path.of(".filmgen");
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--image" -> image = value(args, ++i, a);
                case "--boards" -> boards = intIn(value(args, ++i, a), a, 1, 12);
                case "--roles" -> roles = intIn(value(args, ++i, a), a, 0, 6);
                case "--aspect" -> aspect = aspect(value(args, ++i, a));
                case "--out" -> out = Path.of(value(args, ++i, a));
                case "--session" -> session = sessionId(value(args, ++i, a));
                case "--offline" -> offline = true;
                case "--verbose" -> { }
                case "--config" -> config = existingFile(value(args, ++i, a), a);
                case "--seed" -> seed = longValue(value(args, ++i, a), a);
                case "--budget" -> budget = yuan(value(args, ++i, a), a);
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new UsageException("unknown option " + a + " (see --help)");
                    }
                    positional.add(a);
                }
            }
        }
        if (positional.size() > 1) {
            throw new UsageException("give the product theme as one argument in quotes, not " + positional.size()
                    + " words: filmgen \"" + String.join(" ", positional) + "\"");
        }
        if (!positional.isEmpty()) {
            topic = topic(positional.get(0));
        } else if (session == null) {
            throw new UsageException("missing the product theme: filmgen \"<product theme>\"");
        }
        return new CliOptions(topic, image, boards, roles, aspect, out, session, offline, config, seed, dataDir,
                budget);
    }

    private static String value(String[] args, int i, String option) throws UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int intIn(String v, String option, int min, int max) throws UsageException {
        int n;
        try {
            n = Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number from " + min + " to " + max + ", not '" + v + "'");
        }
        if (n < min || n > max) {
            throw new UsageException(option + " must be from " + min + " to " + max + ", not " + n);
        }
        return n;
    }

    private static long longValue(String v, String option) throws UsageException {
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not '" + v + "'");
        }
    }

    private static BigDecimal yuan(String v, String option) throws UsageException {
        String s = v.trim().replaceFirst("^[¥￥]", "");
        BigDecimal b;
        try {
            b = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be an amount in yuan such as 20 or 12.5, not '" + v + "'");
        }
        if (b.signum() < 0 || b.compareTo(new BigDecimal("1000000")) > 0) {
            throw new UsageException(option + " must be from 0 to 1000000 yuan, not " + v.trim());
        }
        return b;
    }

    private static String aspect(String v) throws UsageException {
        String a = v.trim().toLowerCase(Locale.ROOT).replace('x', ':');
        if (!a.equals("16:9") && !a.equals("9:16") && !a.equals("1:1")) {
            throw new UsageException("--aspect must be 16:9, 9:16 or 1:1, not '" + v + "'");
        }
        return a;
    }

    private static Path existingFile(String v, String option) throws UsageException {
        Path p = Path.of(v);
        if (!Files.isRegularFile(p) || !Files.isReadable(p)) {
            throw new UsageException(option + " " + v + " is not a readable file");
        }
        return p;
    }

    private static String sessionId(String v) throws UsageException {
        if (!v.matches("[A-Za-z0-9._-]{1,128}") || v.equals(".") || v.equals("..")) {
            throw new UsageException("--session must be 1-128 letters, digits, '.', '_' or '-', not '" + v + "'");
        }
        return v;
    }

    /** Validates a theme: not blank, not too long, no control characters, no emoji. */
    static String topic(String raw) throws UsageException {
        String t = raw.strip();
        if (t.isEmpty()) {
            throw new UsageException("the product theme is empty: give a few words, e.g. filmgen \"百炼椰汁\"");
        }
        int length = t.codePointCount(0, t.length());
        if (length > MAX_TOPIC) {
            throw new UsageException("the product theme is " + length + " characters long; keep it under "
                    + MAX_TOPIC + " (a few words describe a product best)");
        }
        int[] cps = t.codePoints().toArray();
        for (int cp : cps) {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT && cp != 0x200D) {
                throw new UsageException(String.format(Locale.ROOT,
                        "the product theme contains a control character (U+%04X); remove it", cp));
            }
            if (isEmoji(cp)) {
                throw new UsageException(String.format(Locale.ROOT,
                        "the product theme contains an emoji (U+%04X), which subtitles and voices cannot render; "
                                + "describe the product in words", cp));
            }
        }
        return t;
    }

    private static boolean isEmoji(int cp) {
        return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) || (cp >= 0x1FC00 && cp <= 0x1FFFF)
                || cp == 0xFE0F || cp == 0x200D;
    }
}
