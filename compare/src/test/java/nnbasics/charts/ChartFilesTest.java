package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class ChartFilesTest {

    /** The eight bytes every PNG file starts with. */
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** The PNG pHYs chunk stores whole pixels per metre: 144 dpi = 5669.29 → 5669 px/m, read back as 25.4/144 mm. */
    private static final double PIXEL_SIZE_MM = 0.001;

    @TempDir
    Path folder;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    private static XYChart houses() {
        return HousesChart.chart(new double[] {2104, 1600, 2400}, new double[] {399.9, 329.9, 369.0}, 0.18, 0, "houses");
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void savesAPngAtTheFixedResolution() throws Exception {
        XYChart chart = houses();
        Path file = ChartFiles.savePng(chart, folder.resolve("houses.png"));
        byte[] bytes = Files.readAllBytes(file);
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, 8), "PNG signature");
        BufferedImage image = ImageIO.read(file.toFile());
        // 144 dpi is twice XChart's 72
        assertEquals(2 * chart.getWidth(), image.getWidth(), "width at 144 dpi");
        assertEquals(2 * chart.getHeight(), image.getHeight(), "height at 144 dpi");
        ChartAssertions.assertNotBlank(image);
        assertEquals(25.4 / ChartFiles.DPI, horizontalPixelSize(file), PIXEL_SIZE_MM, "recorded pixel size in mm");
        assertEquals(List.of("houses.png"), names(), "no temporary file is left behind");
    }

    @Test
    void theSameChartGivesTheSameBytes() throws Exception {
        byte[] first = Files.readAllBytes(ChartFiles.savePng(houses(), folder.resolve("a.png")));
        byte[] second = Files.readAllBytes(ChartFiles.savePng(houses(), folder.resolve("b.png")));
        assertArrayEquals(first, second, "two renderings of the same chart");
    }

    @Test
    void savesAnSvg() throws Exception {
        Path file = ChartFiles.saveSvg(houses(), folder.resolve("houses.svg"));
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(svg.startsWith("<?xml") || svg.startsWith("<svg"), "SVG header: " + svg.substring(0, 40));
        assertTrue(svg.contains("<svg") && svg.stripTrailing().endsWith("</svg>"), "a complete SVG document");
        assertEquals(List.of("houses.svg"), names(), "no temporary file is left behind");
    }

    @Test
    void savesSeveralChartsInOnePng() throws Exception {
        List<CategoryChart> charts = SoftmaxBarsChart.charts(
                List.of(new double[] {1, 1}, new double[] {0, 1}, new double[] {2, 4}),
                List.of(new double[] {0.5, 0.5}, new double[] {0.2689, 0.7311}, new double[] {0.1192, 0.8808}));
        Path file = ChartFiles.savePng(charts, 2, folder.resolve("softmax.png"));
        BufferedImage image = ImageIO.read(file.toFile());
        // 2 columns × 2 rows of 360 × 280 charts at twice the size
        assertEquals(2 * 2 * SoftmaxBarsChart.WIDTH, image.getWidth(), "grid width");
        assertEquals(2 * 2 * SoftmaxBarsChart.HEIGHT, image.getHeight(), "grid height");
        ChartAssertions.assertNotBlank(image);
    }

    @Test
    void savesImagesAndText() throws Exception {
        Path png = ChartFiles.savePng(NetworkDiagram.of(2, 2).toImage(), folder.resolve("net.png"));
        assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(Files.readAllBytes(png), 8), "PNG signature of the diagram");
        Path json = ChartFiles.writeString(folder.resolve("sub/dir/result.json"), "{\"ŷ\": 378.72}");
        assertEquals("{\"ŷ\": 378.72}", Files.readString(json, StandardCharsets.UTF_8), "UTF-8 round trip");
    }

    @Test
    void replacesAnExistingFileWhole() throws Exception {
        Path file = folder.resolve("page.html");
        ChartFiles.writeString(file, "a much longer first version of the page");
        ChartFiles.writeString(file, "short");
        assertEquals("short", Files.readString(file), "the second version, with nothing of the first");
        assertEquals(List.of("page.html"), names(), "no temporary file is left behind");
    }

    @Test
    void aFailedMoveLeavesEverythingElseAlone() throws Exception {
        // the target is a folder with a file inside: the move fails, and only our temporary file may go
        Path target = folder.resolve("occupied");
        Files.createDirectory(target);
        Files.writeString(target.resolve("keep.txt"), "keep me");
        Files.writeString(folder.resolve("other.txt"), "someone else's");
        OutputFileException failure = assertThrows(OutputFileException.class,
                () -> ChartFiles.writeString(target, "text"));
        assertEquals("cannot write " + target + " (a folder of that name is in the way, expected a file)",
                failure.getMessage(), "the file as named, not the temporary file it was written to first");
        assertEquals(List.of("occupied", "other.txt"), names(), "the folder holds what it held before");
        assertEquals("keep me", Files.readString(target.resolve("keep.txt")), "the file in the way is untouched");
        assertEquals("someone else's", Files.readString(folder.resolve("other.txt")), "the neighbour is untouched");
    }

    /**
     * A full disk while the SVG writer writes: it folds the disk's error into its own message twice, over two lines.
     * The chain below is the one a real full tmpfs gave ({@code guide --out} on a 200 KB tmpfs); the reason shown
     * is the operating system's words alone.
     */
    @Test
    void aFullDiskIsNamedInTheOperatingSystemsWords() {
        IOException disk = new IOException("No space left on device");
        IOException folded = new IOException("org.xml.sax.SAXException: java.io.IOException: No space left on device"
                + "\njava.io.IOException: No space left on device", new RuntimeException("org.xml.sax.SAXException: "
                + "java.io.IOException: No space left on device\njava.io.IOException: No space left on device"));
        Path file = folder.resolve("01-one-weight.svg");
        assertEquals("No space left on device", new OutputFileException(file, disk).reason());
        assertEquals("No space left on device", new OutputFileException(file, folded).reason());
        assertEquals("cannot write " + file + " (No space left on device)",
                new OutputFileException(file, folded).getMessage());
    }

    /** HorizontalPixelSize (mm) from the standard image metadata. */
    private static double horizontalPixelSize(Path file) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(input).next();
            try {
                reader.setInput(input);
                IIOMetadata metadata = reader.getImageMetadata(0);
                Node root = metadata.getAsTree("javax_imageio_1.0");
                for (Node dimension = root.getFirstChild(); dimension != null; dimension = dimension.getNextSibling()) {
                    if (!dimension.getNodeName().equals("Dimension")) {
                        continue;
                    }
                    for (Node child = dimension.getFirstChild(); child != null; child = child.getNextSibling()) {
                        if (child.getNodeName().equals("HorizontalPixelSize")) {
                            return Double.parseDouble(((Element) child).getAttribute("value"));
                        }
                    }
                }
                throw new AssertionError("no HorizontalPixelSize in " + file);
            } finally {
                reader.dispose();
            }
        }
    }
}
