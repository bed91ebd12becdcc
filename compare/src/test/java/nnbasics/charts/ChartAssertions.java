package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.regex.Pattern;
import org.knowm.xchart.internal.chartpart.Axis;
import org.knowm.xchart.internal.chartpart.AxisPair;
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

    /**
     * A readable tick label: a plain number with at most {@value #MAX_TICK_DIGITS} significant digits and
     * optional thousands separators ("0.39", "90.87", "14,000"), or a power of ten as XChart's log axis writes it
     * ("1E-15"). Not "90.86999999999999", not "3.884288793033149E-1".
     */
    private static final Pattern READABLE_TICK = Pattern.compile("−?-?(\\d{1,3}(,\\d{3})*|\\d+)(\\.\\d+)?|1E-?\\d+");
    /** More significant digits than this in a tick label is floating-point noise, not a chosen tick. */
    private static final int MAX_TICK_DIGITS = 6;
    /** A chart axis with fewer labelled ticks cannot be read off. */
    private static final int MIN_TICK_LABELS = 2;
    /** Pixels at the image's left and right edges that a title must leave free (a clipped title touches them). */
    private static final int EDGE = 2;
    /** Darker than this (each of R, G, B) counts as text ink; the plot's light grid and tints are lighter. */
    private static final int INK = 0x60;

    private ChartAssertions() {
    }

    /** The tick labels of one axis as XChart laid them out (the chart must have been painted). */
    static List<String> tickLabels(Chart<?, ?> chart, boolean xAxis) {
        try {
            Field pairField = Chart.class.getDeclaredField("axisPair");
            pairField.setAccessible(true);
            AxisPair<?, ?> pair = (AxisPair<?, ?>) pairField.get(chart);
            Axis<?, ?> axis;
            if (xAxis) {
                axis = pair.getXAxis();
            } else {
                Method left = AxisPair.class.getDeclaredMethod("getLeftMainYAxis");
                left.setAccessible(true);
                axis = (Axis<?, ?>) left.invoke(pair);
            }
            // a log axis's unlabelled minor ticks have null labels
            return axis.getAxisTickCalculator().getTickLabels().stream().map(l -> l == null ? "" : l).toList();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("XChart's axes cannot be read: " + e, e);
        }
    }

    /**
     * Paints the chart and checks both axes: at least {@link #MIN_TICK_LABELS} non-empty tick labels each, every
     * one {@link #READABLE_TICK readable} with at most {@link #MAX_TICK_DIGITS} significant digits.
     */
    static void assertReadableTicks(Chart<?, ?> chart, boolean xNumeric) {
        BitmapEncoder.getBufferedImage(chart);   // lays the axes out
        for (boolean x : new boolean[] {true, false}) {
            String axis = (x ? "x" : "y") + " axis of \"" + chart.getTitle() + "\"";
            List<String> labels = tickLabels(chart, x).stream().filter(l -> !l.isBlank()).toList();
            // one category or one epoch is one x tick; a y axis needs two to be read off
            assertTrue(labels.size() >= (x ? 1 : MIN_TICK_LABELS), () -> axis + " has tick labels " + labels);
            if (x && !xNumeric) {
                continue;
            }
            for (String label : labels) {
                assertTrue(READABLE_TICK.matcher(label).matches(), () -> axis + ": unreadable tick label \"" + label
                        + "\" among " + labels);
                long digits = label.replaceFirst("E.*", "").replaceAll("[^0-9]", "").replaceFirst("^0+", "").length();
                assertTrue(digits <= MAX_TICK_DIGITS, () -> axis + ": tick label \"" + label + "\" has " + digits
                        + " significant digits");
            }
        }
    }

    /** The axis titles name the quantity drawn: each contains the expected words. */
    static void assertAxisTitles(Chart<?, ?> chart, String xNames, String yNames) {
        assertTrue(chart.getXAxisTitle().contains(xNames), () -> "x axis title \"" + chart.getXAxisTitle()
                + "\" does not name " + xNames);
        assertTrue(chart.getYAxisTitle().contains(yNames), () -> "y axis title \"" + chart.getYAxisTitle()
                + "\" does not name " + yNames);
    }

    /**
     * The title lies inside the image: in the band above the plot no text ink touches the image's left or right
     * {@link #EDGE} pixels (XChart centres the title over the plot, and a wide legend pushes it out at the left).
     */
    static void assertTitleInside(Chart<?, ?> chart) {
        BufferedImage image = BitmapEncoder.getBufferedImage(chart);
        int band = Math.min(image.getHeight(), ChartStyle.TITLE_FONT.getSize() * 2 + 10);
        for (int y = 0; y < band; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (x >= EDGE && x < image.getWidth() - EDGE) {
                    continue;
                }
                int rgb = image.getRGB(x, y);
                boolean ink = ((rgb >> 16) & 0xff) < INK && ((rgb >> 8) & 0xff) < INK && (rgb & 0xff) < INK;
                int row = y;
                int column = x;
                assertFalse(ink, () -> "the title \"" + chart.getTitle() + "\" is clipped: ink at (" + column + ", "
                        + row + ")");
            }
        }
    }

    /**
     * Every coloured region (a series hidden from the legend, such as a colour level of the error surface or a
     * predicted-class region) has a legend entry: a series in the legend named as {@code legendName} says.
     */
    static void assertLegendForEveryRegion(XYChart chart, java.util.function.Function<String, String> legendName) {
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (series.isShowInLegend() || series.getName().equals(ChartStyle.TICK_SPACER)) {
                continue;
            }
            String expected = legendName.apply(series.getName());
            XYSeries entry = chart.getSeriesMap().get(expected);
            assertNotNull(entry, () -> "region \"" + series.getName() + "\" has no legend entry \"" + expected + "\"");
            assertTrue(entry.isShowInLegend(), () -> "\"" + expected + "\" is hidden from the legend");
        }
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
