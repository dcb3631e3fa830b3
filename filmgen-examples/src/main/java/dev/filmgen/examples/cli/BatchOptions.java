package dev.filmgen.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The command line of {@code filmgen batch}, parsed and checked.
 *
 * @param csv the products CSV
 * @param outDir where films and {@code results.csv} go
 * @param workers films made at once by this process
 * @param batch the batch's name (rows of one name are shared by every machine running it), or null for one derived
 *              from the CSV's contents
 * @param offline force the offline models
 * @param config a config.json, or null
 * @param dataDir sessions and local artifacts
 */
record BatchOptions(Path csv, Path outDir, int workers, String batch, boolean offline, Path config, Path dataDir) {

    static final String USAGE = String.join("\n",
            "usage: filmgen batch products.csv --out-dir DIR [--workers N] [options]",
            "",
            "Makes one film per row of a CSV whose header names at least 'topic', and optionally 'image' (file path",
            "relative to the CSV, or http(s) URL), 'boards', 'aspect', 'roles', 'seed', 'id'. Films go to",
            "DIR/<id or row number>.mp4 and DIR/results.csv lists every row (row, id, status, film, link, seconds,",
            "error). Running the same command again skips rows already made; a bad row is reported, not fatal.",
            "With FILMGEN_JDBC_URL set, machines running the same batch share its rows: each film is made once.",
            "",
            "options:",
            "  --out-dir DIR     where films and results.csv go (required; created when missing)",
            "  --workers N       films made at once by this process (1-16; default 2)",
            "  --batch NAME      the batch's name across machines and runs (default: from the CSV's contents)",
            "  --offline         use the offline models even when DASHSCOPE_API_KEY is set",
            "  --config FILE     a config.json",
            "  --data-dir DIR    sessions and local artifacts (default .filmgen)",
            "  --verbose         log every stage on stderr",
            "",
            "exit status: 0 every row has its film, 1 some row has none (see results.csv), 2 bad command or CSV.");

    /** Parses the arguments after {@code batch}; null when help was asked for. */
    static BatchOptions parse(String[] args) throws CliOptions.UsageException {
        Path csv = null;
        Path outDir = null;
        int workers = 2;
        String batch = null;
        boolean offline = false;
        Path config = null;
        Path dataDir = Path.of(".filmgen");
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--out-dir" -> outDir = Path.of(value(args, ++i, a));
                case "--workers" -> workers = workers(value(args, ++i, a));
                case "--batch" -> batch = name(value(args, ++i, a));
                case "--offline" -> offline = true;
                case "--verbose" -> { }
                case "--config" -> config = Path.of(value(args, ++i, a));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, a));
                default -> {
                    if (a.startsWith("--")) {
                        throw new CliOptions.UsageException("unknown option " + a + " (see filmgen batch --help)");
                    }
                    if (csv != null) {
                        throw new CliOptions.UsageException("give one CSV file, not " + csv + " and " + a);
                    }
                    csv = Path.of(a);
                }
            }
        }
        if (csv == null) {
            throw new CliOptions.UsageException("missing the products CSV: filmgen batch products.csv --out-dir DIR");
        }
        if (!Files.isRegularFile(csv) || !Files.isReadable(csv)) {
            throw new CliOptions.UsageException(csv + " is not a readable file");
        }
        if (outDir == null) {
            throw new CliOptions.UsageException("missing --out-dir DIR: where the films and results.csv go");
        }
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new CliOptions.UsageException("--out-dir " + outDir + " is a file, not a folder");
        }
        if (config != null && !Files.isRegularFile(config)) {
            throw new CliOptions.UsageException("--config " + config + " is not a readable file");
        }
        return new BatchOptions(csv, outDir, workers, batch, offline, config, dataDir);
    }

    private static String value(String[] args, int i, String option) throws CliOptions.UsageException {
        if (i >= args.length || args[i].startsWith("--")) {
            throw new CliOptions.UsageException(option + " needs a value");
        }
        return args[i];
    }

    private static int workers(String v) throws CliOptions.UsageException {
        try {
            int n = Integer.parseInt(v.trim());
            if (n >= 1 && n <= 16) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliOptions.UsageException("--workers must be a whole number from 1 to 16, not '" + v + "'");
    }

    private static String name(String v) throws CliOptions.UsageException {
        if (!v.matches("[A-Za-z0-9._-]{1,40}")) {
            throw new CliOptions.UsageException("--batch must be 1 to 40 letters, digits, '.', '_' or '-', not '"
                    + v + "'");
        }
        return v;
    }
}
