package nnbasics.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Saving is separate from drawing: this class writes charts as PNG or SVG, images as PNG and text (HTML, JSON) as
 * UTF-8 — always atomically. Each file is first written to a new temporary file in the same folder
 * ({@code .name.<random>.tmp}, created with CREATE_NEW so it can only be ours), then moved over the target with
 * {@link StandardCopyOption#ATOMIC_MOVE} (falling back to {@link StandardCopyOption#REPLACE_EXISTING} where the file
 * system cannot move atomically). A reader never sees half a file. On failure only that temporary file is deleted;
 * nothing else is ever removed (a run killed meanwhile leaves it behind: {@link TemporaryFiles#removeStale} is how
 * the next run into the folder removes it). Missing parent folders are created.
 *
 * <p>PNGs are deterministic: a chart of a given size is rendered at a fixed {@link #DPI} (scale DPI / 72, no alpha)
 * and the DPI is recorded in the file, so the same chart gives the same bytes.
 */
public final class ChartFiles {

    /** Resolution of every PNG: 144 dpi, twice XChart's 72, crisp on high-density screens. */
    public static final int DPI = 144;

    /** The native metadata format of the JDK's PNG writer. */
    private static final String PNG_METADATA = "javax_imageio_png_1.0";

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private ChartFiles() {
    }

    /** The chart as a PNG at {@link #DPI}; returns {@code file}. */
    public static Path savePng(Chart<?, ?> chart, Path file) throws IOException {
        return savePng(chart, file, DPI);
    }

    /** The chart as a PNG at {@code dpi} (the image is chart size × dpi / 72 pixels); returns {@code file}. */
    public static Path savePng(Chart<?, ?> chart, Path file, int dpi) throws IOException {
        BufferedImage image = render(chart, dpi);
        return atomically(file, out -> writePng(image, dpi, out));
    }

    /**
     * Several charts in one PNG, left to right in rows of {@code columns} (the softmax rows side by side), each in a
     * cell as large as the largest chart; returns {@code file}.
     */
    public static Path savePng(List<? extends Chart<?, ?>> charts, int columns, Path file) throws IOException {
        if (charts.isEmpty()) {
            throw new IllegalArgumentException("no charts to save");
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be at least 1, was " + columns);
        }
        int cols = Math.min(columns, charts.size());
        int rows = (charts.size() + cols - 1) / cols;
        int cellWidth = 0;
        int cellHeight = 0;
        for (Chart<?, ?> chart : charts) {
            cellWidth = Math.max(cellWidth, chart.getWidth());
            cellHeight = Math.max(cellHeight, chart.getHeight());
        }
        double scale = DPI / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(cols * cellWidth * scale),
                (int) Math.round(rows * cellHeight * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            for (int c = 0; c < charts.size(); c++) {
                Chart<?, ?> chart = charts.get(c);
                AffineTransform cell = new AffineTransform();
                cell.scale(scale, scale);
                cell.translate((double) (c % cols) * cellWidth, (double) (c / cols) * cellHeight);
                g.setTransform(cell);
                chart.paint(g, chart.getWidth(), chart.getHeight());
            }
        } finally {
            g.dispose();
        }
        return atomically(file, out -> writePng(image, DPI, out));
    }

    /** The chart as SVG (VectorGraphics2D through XChart's encoder); returns {@code file}. */
    public static Path saveSvg(Chart<?, ?> chart, Path file) throws IOException {
        return atomically(file, out -> VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG));
    }

    /** An image (such as {@link NetworkDiagram#toImage(double)}) as a PNG, with no DPI recorded; returns {@code file}. */
    public static Path savePng(BufferedImage image, Path file) throws IOException {
        return atomically(file, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer for an image of type " + image.getType());
            }
        });
    }

    /** Text (HTML, JSON, an SVG string) as UTF-8; returns {@code file}. */
    public static Path writeString(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return atomically(file, out -> out.write(bytes));
    }

    /** The chart painted at {@code dpi}: (width × dpi / 72) × (height × dpi / 72) pixels, opaque RGB. */
    public static BufferedImage render(Chart<?, ?> chart, int dpi) {
        if (dpi < 18 || dpi > 1200) {
            throw new IllegalArgumentException("dpi must be 18 … 1200, was " + dpi);
        }
        double scale = dpi / 72.0;
        BufferedImage image = new BufferedImage((int) Math.round(chart.getWidth() * scale),
                (int) Math.round(chart.getHeight() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            chart.paint(g, chart.getWidth(), chart.getHeight());
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * PNG with the resolution in its pHYs chunk, set through the PNG-specific metadata (pixels per metre =
     * round(dpi / 0.0254)); the standard "HorizontalPixelSize" route is misread by the JDK's PNG writer.
     */
    private static void writePng(BufferedImage image, int dpi, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("no PNG writer available");
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            String pixelsPerMetre = Long.toString(Math.round(dpi / 0.0254));
            IIOMetadataNode physical = new IIOMetadataNode("pHYs");
            physical.setAttribute("pixelsPerUnitXAxis", pixelsPerMetre);
            physical.setAttribute("pixelsPerUnitYAxis", pixelsPerMetre);
            physical.setAttribute("unitSpecifier", "meter");
            IIOMetadataNode root = new IIOMetadataNode(PNG_METADATA);
            root.appendChild(physical);
            metadata.mergeTree(PNG_METADATA, root);
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, metadata), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Writes {@code content} to a fresh temporary file beside {@code file}, then moves it into place atomically.
     * The temporary file is deleted if anything fails; no other file is ever deleted.
     */
    private static Path atomically(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        Path folder = target.getParent();
        if (folder == null) {
            throw new IOException("cannot write " + file + ": it has no parent folder");
        }
        Path temporary = folder.resolve(TemporaryFiles.nameFor(target.getFileName().toString()));
        OutputStream raw;
        try {
            Files.createDirectories(folder);
            // CREATE_NEW: fails rather than open a file that already exists, so the file deleted below is ours
            raw = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException failure) {
            throw new OutputFileException(file, failure);
        }
        try {
            try (OutputStream out = new BufferedOutputStream(raw)) {
                content.writeTo(out);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notAtomic) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException | Error failure) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException cleanup) {
                failure.addSuppressed(cleanup);
            }
            if (failure instanceof IOException io) {
                throw new OutputFileException(file, io); // names the file, not the temporary one
            }
            throw failure;
        }
        return file;
    }
}
