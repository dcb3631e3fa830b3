package dev.filmgen.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a batch's products CSV (RFC 4180, UTF-8 with or without a byte-order mark, Excel's quoting): a header row
 * with at least {@code topic}, optionally {@code image}, {@code boards}, {@code aspect}, {@code roles},
 * {@code seed}, {@code id}. A file that cannot be read or has no {@code topic} column is a usage error; a bad row
 * is kept with the reason, so the batch reports it and goes on.
 */
final class ProductsCsv {
    static final Set<String> COLUMNS = Set.of("topic", "image", "boards", "aspect", "roles", "seed", "id");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

    /** The rows, in file order, and warnings about the file (unknown columns). */
    record Parsed(List<Product> products, List<String> warnings) {
    }

    private ProductsCsv() {
    }

    static Parsed read(Path csv) throws CliOptions.UsageException {
        String text;
        try {
            byte[] bytes = Files.readAllBytes(csv);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CliOptions.UsageException(csv + " is not UTF-8 text: save it as \"CSV UTF-8\"");
        } catch (IOException e) {
            throw new CliOptions.UsageException("cannot read " + csv + ": " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return parse(text, csv.toAbsolutePath().getParent());
    }

    static Parsed parse(String text, Path base) throws CliOptions.UsageException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        List<Product> products = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        try (Reader r = new StringReader(text); CSVParser parser = CSVParser.parse(r, format)) {
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (Map.Entry<String, Integer> h : parser.getHeaderMap().entrySet()) {
                String name = h.getKey().trim().toLowerCase(Locale.ROOT);
                if (columns.put(name, h.getValue()) != null) {
                    throw new CliOptions.UsageException("the CSV header names column '" + name + "' twice");
                }
                if (!COLUMNS.contains(name)) {
                    warnings.add("column '" + h.getKey() + "' is not used (known: topic, image, boards, aspect, roles,"
                            + " seed, id)");
                }
            }
            if (!columns.containsKey("topic")) {
                throw new CliOptions.UsageException("the CSV has no 'topic' column; its header row must name at least"
                        + " topic (and may name image, boards, aspect, roles, seed, id); found: "
                        + String.join(", ", parser.getHeaderNames()));
            }
            Map<String, Integer> ids = new HashMap<>();
            int row = 0;
            for (CSVRecord rec : parser) {
                row++;
                Product p = product(row, rec, columns, base);
                Integer first = ids.putIfAbsent(p.id(), row);
                if (first != null && p.valid()) {
                    p = bad(p, "id '" + p.id() + "' is already used by row " + first);
                }
                products.add(p);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new CliOptions.UsageException("the CSV cannot be parsed: " + e.getMessage());
        }
        if (products.isEmpty()) {
            throw new CliOptions.UsageException("the CSV has a header but no product rows");
        }
        return new Parsed(products, warnings);
    }

    private static Product product(int row, CSVRecord rec, Map<String, Integer> columns, Path base) {
        String id = value(rec, columns, "id");
        if (id == null) {
            id = Integer.toString(row);
        }
        Product empty = new Product(row, id, null, null, null, null, null, null, null);
        if (!ID.matcher(id).matches() || id.startsWith(".")) {
            return bad(new Product(row, "row-" + row, null, null, null, null, null, null, null),
                    "id '" + id + "' must be 1 to 64 letters, digits, '.', '_' or '-' (it names the film file)");
        }
        if (!rec.isConsistent()) {
            return bad(empty, "has " + rec.size() + " fields but the header has " + columns.size());
        }
        String topic = value(rec, columns, "topic");
        try {
            if (topic == null) {
                throw new CliOptions.UsageException("topic is empty");
            }
            if (topic.codePointCount(0, topic.length()) > CliOptions.MAX_TOPIC) {
                throw new CliOptions.UsageException("topic is longer than " + CliOptions.MAX_TOPIC + " characters");
            }
            Integer boards = intIn(value(rec, columns, "boards"), "boards", 1, 12);
            Integer roles = intIn(value(rec, columns, "roles"), "roles", 0, 6);
            String aspect = value(rec, columns, "aspect");
            if (aspect != null && !Set.of("16:9", "9:16", "1:1").contains(aspect)) {
                throw new CliOptions.UsageException("aspect must be 16:9, 9:16 or 1:1, not '" + aspect + "'");
            }
            String seedText = value(rec, columns, "seed");
            Long seed = null;
            if (seedText != null) {
                try {
                    seed = Long.parseLong(seedText);
                } catch (NumberFormatException e) {
                    throw new CliOptions.UsageException("seed must be a whole number, not '" + seedText + "'");
                }
            }
            String image = image(value(rec, columns, "image"), base);
            return new Product(row, id, topic, image, boards, roles, aspect, seed, null);
        } catch (CliOptions.UsageException e) {
            return bad(new Product(row, id, topic, null, null, null, null, null, null), e.getMessage());
        }
    }

    private static String image(String image, Path base) throws CliOptions.UsageException {
        if (image == null) {
            return null;
        }
        String lower = image.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            try {
                return java.net.URI.create(image).toString();
            } catch (IllegalArgumentException e) {
                throw new CliOptions.UsageException("image " + image + " is not a valid URL");
            }
        }
        Path file = base.resolve(image).normalize();
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new CliOptions.UsageException("image " + image + " is not a readable file (paths are relative to"
                    + " the CSV's folder)");
        }
        try {
            ProductPhoto.checkImage(file, image, dev.filmgen.media.PixelBudget.defaults());
        } catch (CliOptions.UsageException e) {
            throw new CliOptions.UsageException(e.getMessage().replaceFirst("^--image ", "image "));
        }
        return file.toUri().toString();
    }

    private static Integer intIn(String v, String column, int min, int max) throws CliOptions.UsageException {
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new CliOptions.UsageException(column + " must be from " + min + " to " + max + ", not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new CliOptions.UsageException(column + " must be a whole number from " + min + " to " + max
                    + ", not '" + v + "'");
        }
    }

    private static String value(CSVRecord rec, Map<String, Integer> columns, String name) {
        Integer i = columns.get(name);
        if (i == null || i >= rec.size()) {
            return null;
        }
        String v = rec.get(i).strip();
        return v.isEmpty() ? null : v;
    }

    private static Product bad(Product p, String why) {
        return new Product(p.row(), p.id(), p.topic(), null, null, null, null, null, why);
    }
}
