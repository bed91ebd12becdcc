package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertAxisTitles;
import static nnbasics.charts.ChartAssertions.assertReadableTicks;
import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeries;
import static nnbasics.charts.ChartAssertions.assertSeriesNames;
import static nnbasics.charts.ChartAssertions.assertTitleInside;
import static nnbasics.charts.ChartAssertions.tickLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The chart of {@code mnist-sweep}: test accuracy against hidden units, both engines. */
class MnistSweepChartTest {

    /** The widths the command sweeps by default. */
    private static final int[] WIDTHS = {0, 16, 32, 64, 128};
    /**
     * Accuracies shaped like a sweep's (the two ends are README's documented epoch-1 values of {@code mnist} and
     * {@code mnist --hidden 128}: 90.87 % and 95.90 %); the chart's logic does not depend on the middle ones.
     */
    private static final double[] ACCURACY = {0.9087, 0.9087, 0.9398, 0.9463, 0.9590};

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void bothEnginesAreSeriesOverTheHiddenUnitsInPercent() {
        double[] dl4j = ACCURACY.clone();
        dl4j[2] = 0.9397;                       // apart: the legend must not claim they coincide
        XYChart chart = MnistSweepChart.accuracy(WIDTHS, ACCURACY, dl4j, "test");
        assertSeriesNames(chart, List.of(ConvergenceChart.HAND, ConvergenceChart.DL4J));
        assertSeries(chart, ConvergenceChart.HAND, new double[] {0, 16, 32, 64, 128},
                new double[] {90.87, 90.87, 93.98, 94.63, 95.90}, 1e-9);
        assertSeries(chart, ConvergenceChart.DL4J, new double[] {0, 16, 32, 64, 128},
                new double[] {90.87, 90.87, 93.97, 94.63, 95.90}, 1e-9);
        assertFalse(ChartAssertions.series(chart, ConvergenceChart.DL4J).getLabel().contains("on the other"));
        assertTrue(chart.getStyler().isLegendVisible(), "a legend names the engines");
    }

    @Test
    void axisTitlesNameTheQuantitiesAndTicksAreReadable() {
        XYChart chart = MnistSweepChart.accuracy(WIDTHS, ACCURACY, ACCURACY.clone(), "MNIST test accuracy");
        assertAxisTitles(chart, "hidden units", "test accuracy (%)");
        assertRendersNotBlank(chart);
        assertReadableTicks(chart, true);
        assertTitleInside(chart);
        List<String> x = tickLabels(chart, true).stream().filter(l -> !l.isBlank()).toList();
        assertTrue(x.contains("0") && x.stream().anyMatch(l -> Integer.parseInt(l) >= 120),
                () -> "the x ticks cover 0 … 128: " + x);
        List<Double> y = tickLabels(chart, false).stream().filter(l -> !l.isBlank()).map(Double::parseDouble).toList();
        assertTrue(y.stream().anyMatch(v -> v <= 90.87) && y.stream().anyMatch(v -> v >= 95.90),
                () -> "the y ticks cover 90.87 … 95.90 %: " + y);
        assertTrue(ChartAssertions.series(chart, ConvergenceChart.DL4J).getLabel().contains("identical"),
                "equal curves are said to be");
    }

    /** A point whose line rises steeply to its right (16 → 32) gets its label below, clear of the line. */
    @Test
    void aLabelGoesWhereTheLineIsNot() {
        double[] x = {0, 16, 32, 64, 128};
        double[] y = {90.87, 90.87, 93.98, 94.63, 95.90};
        double[] xRange = {-6.4, 134.4};
        double[] yRange = {89.5, 97.2};
        double[] at16 = MnistSweepChart.labelPlace(x, y, 1, xRange, yRange);
        assertTrue(at16[1] < 90.87, "below the point: " + at16[1]);
        double[] at64 = MnistSweepChart.labelPlace(x, y, 3, xRange, yRange);
        assertTrue(at64[1] > 94.63, "above the point where the line is gentle: " + at64[1]);
        // five epochs (README): the line rises steeply through the point at 16 units, above and below are crossed
        double[] five = {92.24, 94.25, 96.45, 97.27, 97.70};
        double[] fiveRange = {90.7, 99.2};
        for (int i = 0; i < x.length; i++) {
            double[] at = MnistSweepChart.labelPlace(x, five, i, xRange, fiveRange);
            assertEquals(0, MnistSweepChart.crossings(x, five, at[0], at[1],
                    MnistSweepChart.LABEL_HALF_WIDTH * (xRange[1] - xRange[0]),
                    MnistSweepChart.LABEL_HALF_HEIGHT * (fiveRange[1] - fiveRange[0])),
                    "the label of point " + i + " at " + at[0] + ", " + at[1] + " is clear of the line");
        }
        double[] at128 = MnistSweepChart.labelPlace(x, y, 4, xRange, yRange);
        assertTrue(at128[0] <= xRange[1] - MnistSweepChart.LABEL_HALF_WIDTH * (xRange[1] - xRange[0]) + 1e-9,
                "the last label stays inside the plot: " + at128[0]);
    }

    @Test
    void refusesWidthsOutOfOrderOrMissingValues() {
        assertThrows(IllegalArgumentException.class,
                () -> MnistSweepChart.accuracy(new int[] {16, 0}, new double[2], new double[2], "t"));
        assertThrows(IllegalArgumentException.class,
                () -> MnistSweepChart.accuracy(new int[] {0, 16}, new double[1], new double[2], "t"));
        assertThrows(IllegalArgumentException.class,
                () -> MnistSweepChart.accuracy(new int[] {0}, new double[] {Double.NaN}, new double[1], "t"));
        assertEquals(2, MnistSweepChart.accuracy(new int[] {0}, new double[] {0.9}, new double[] {0.9}, "one")
                .getSeriesMap().size(), "one width still draws both engines");
    }
}
