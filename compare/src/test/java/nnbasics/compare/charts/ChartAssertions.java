package nnbasics.compare.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;

/** Shared checks for the chart tests: headless mode, series lookup, "the picture is not blank". */
final class ChartAssertions {

    /**
     * A drawn chart has far more than 2% non-white pixels (axes, labels, data); a blank or failed paint has none.
     */
    private static final double MIN_INK_FRACTION = 0.02;
    /** Text, axes and at least one data colour: a real picture has many distinct colours, a blank one 1. */
    private static final int MIN_COLOURS = 3;

    private ChartAssertions() {
    }

    /** Charts never open windows; this makes sure AWT would refuse to if anything tried. */
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    static XYSeries series(XYChart chart, String name) {
        XYSeries series = chart.getSeriesMap().get(name);
        assertNotNull(series, () -> "no series \"" + name + "\"; the chart has " + chart.getSeriesMap().keySet());
        return series;
    }

    static void assertSeries(XYChart chart, String name, double[] x, double[] y, double tolerance) {
        XYSeries series = series(chart, name);
        assertArrayEquals(x, series.getXData(), tolerance, () -> "x of series \"" + name + "\"");
        assertArrayEquals(y, series.getYData(), tolerance, () -> "y of series \"" + name + "\"");
    }

    static void assertSeriesNames(Chart<?, ?> chart, List<String> expected) {
        assertEquals(expected, List.copyOf(chart.getSeriesMap().keySet()), "series names, in drawing order");
    }

    /** Renders the chart at its own size, without any window, and checks it is not blank. */
    static BufferedImage assertRendersNotBlank(Chart<?, ?> chart) {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        assertEquals(chart.getWidth(), image.getWidth(), "rendered width");
        assertEquals(chart.getHeight(), image.getHeight(), "rendered height");
        assertNotBlank(image);
        return image;
    }

    static void assertNotBlank(BufferedImage image) {
        long ink = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) {
                    ink++;
                }
            }
        }
        double fraction = ink / (double) (image.getWidth() * image.getHeight());
        assertTrue(fraction > MIN_INK_FRACTION, "only " + fraction + " of the pixels are not white");
        assertTrue(colours.size() >= MIN_COLOURS, "only " + colours.size() + " distinct colours");
    }
}
