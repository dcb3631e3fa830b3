package dev.filmgen.offline.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.w3c.dom.NodeList;

/**
 * PNG files with a few {@code tEXt} entries: the painter marks its role portraits and product shots so a later
 * request that receives them as references knows what they show.
 */
public final class PngIo {
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngIo() {
    }

    /** Writes {@code image} as PNG to {@code file} with the given text entries. */
    public static void write(BufferedImage image, Map<String, String> text, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (OutputStream out = Files.newOutputStream(file);
             ImageOutputStream ios = new MemoryCacheImageOutputStream(out)) { // never ImageIO's disk cache
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
            IIOMetadataNode root = new IIOMetadataNode(FORMAT);
            IIOMetadataNode chunk = new IIOMetadataNode("tEXt");
            text.forEach((k, v) -> {
                IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
                entry.setAttribute("keyword", k);
                entry.setAttribute("value", java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8));
                chunk.appendChild(entry);
            });
            root.appendChild(chunk);
            meta.mergeTree(FORMAT, root);
            writer.setOutput(ios);
            writer.write(new IIOImage(image, null, meta));
        } finally {
            writer.dispose();
        }
    }

    /** The {@code tEXt} entries of a PNG (empty for other formats or unreadable bytes). */
    public static Map<String, String> text(byte[] png) {
        Map<String, String> out = new HashMap<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(png))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return out;
            }
            ImageReader reader = readers.next();
            try {
                if (!"png".equalsIgnoreCase(reader.getFormatName())) {
                    return out;
                }
                reader.setInput(in);
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree(FORMAT);
                NodeList entries = root.getElementsByTagName("tEXtEntry");
                for (int i = 0; i < entries.getLength(); i++) {
                    IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
                    out.put(e.getAttribute("keyword"), java.net.URLDecoder.decode(e.getAttribute("value"),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return out;
        }
        return out;
    }
}
