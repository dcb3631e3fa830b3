package dev.filmgen.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes {@code results.csv}: row, id, status, film, link, seconds, error; through a temporary file. */
final class BatchResults {
    static final String[] HEADER = {"row", "id", "status", "film", "link", "seconds", "error"};

    private BatchResults() {
    }

    static void write(Path file, List<Outcome> outcomes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Outcome o : outcomes) {
                csv.printRecord(o.product().row(), o.product().id(), o.status().label(),
                        o.film() == null ? "" : o.film().getFileName().toString(), o.link() == null ? "" : o.link(),
                        o.seconds() == null ? "" : String.format(Locale.ROOT, "%.1f", o.seconds()),
                        o.error() == null ? "" : o.error());
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
