package dev.filmgen.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductsCsvTest {
    @TempDir
    Path dir;

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaks() throws Exception {
        ProductsCsv.Parsed p = ProductsCsv.parse("topic,id\n\"Tea, \"\"cold\"\"\nand fresh\",t1\n", dir);
        assertEquals("Tea, \"cold\"\nand fresh", p.products().get(0).topic());
        assertEquals("t1", p.products().get(0).id());
    }

    @Test
    void everyColumnIsReadAndCheckedPerRow() throws Exception {
        BufferedImage img = new BufferedImage(80, 80, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(img, "png", dir.resolve("photo.png").toFile());
        ProductsCsv.Parsed p = ProductsCsv.parse("Topic,IMAGE,boards,aspect,roles,seed,id\n"
                + "kettle,photo.png,3,1:1,2,42,k\n"
                + "tea,missing.png,,,,,\n"
                + "cola,https://example.com/c.png,13,,,,\n"
                + "milk,,,,,abc,\n"
                + "juice,,,,,,k\n", dir);
        List<Product> rows = p.products();
        Product k = rows.get(0);
        assertNull(k.problem());
        assertEquals(dir.resolve("photo.png").toUri().toString(), k.image());
        assertEquals(3, k.boards());
        assertEquals("1:1", k.aspect());
        assertEquals(2, k.roles());
        assertEquals(42L, k.seed());
        assertTrue(rows.get(1).problem().contains("image missing.png is not a readable file"), rows.get(1).problem());
        assertEquals("2", rows.get(1).id());
        assertTrue(rows.get(2).problem().contains("boards must be from 1 to 12, not 13"));
        assertTrue(rows.get(3).problem().contains("seed must be a whole number, not 'abc'"));
        assertTrue(rows.get(4).problem().contains("id 'k' is already used by row 1"));
    }

    @Test
    void unknownColumnsAreNotedAndBadIdsRefused() throws Exception {
        ProductsCsv.Parsed p = ProductsCsv.parse("topic,price,id\nkettle,9.9,../etc\n", dir);
        assertEquals(1, p.warnings().size());
        assertTrue(p.warnings().get(0).contains("'price'"));
        assertTrue(p.products().get(0).problem().contains("id '../etc' must be"), p.products().get(0).problem());
    }

    @Test
    void aHeaderWithoutRowsIsABadCsv() {
        CliOptions.UsageException e = assertThrows(CliOptions.UsageException.class,
                () -> ProductsCsv.parse("topic,id\n", dir));
        assertTrue(e.getMessage().contains("no product rows"));
    }
}
