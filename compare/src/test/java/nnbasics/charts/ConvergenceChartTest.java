package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeries;
import static nnbasics.charts.ChartAssertions.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ConvergenceChartTest {

    /** The guide's widget needs thousands of steps; the project runs 20,000. */
    private static final int STEPS = 20_000;
    /** Drawn values are copies of the input (or the floor): no arithmetic. */
    private static final double COPIED = 0.0;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    /** A loss that decays like gradient descent's, from the guide's start 135,000 towards 447.29. */
    private static double[] loss(int steps, double wobble) {
        double[] loss = new double[steps];
        for (int i = 0; i < steps; i++) {
            loss[i] = (447.29 + 134_000 * Math.exp(-i / 300.0)) * (1 + wobble * Math.sin(i));
        }
        return loss;
    }

    @Test
    void aShortRunIsDrawnWhole() {
        double[] hand = loss(100, 0);
        double[] dl4j = loss(100, 1e-16);
        XYChart chart = ConvergenceChart.loss(hand, dl4j);
        double[] steps = new double[100];
        for (int i = 0; i < steps.length; i++) {
            steps[i] = i;
        }
        assertSeries(chart, ConvergenceChart.HAND, steps, hand, COPIED);
        assertSeries(chart, ConvergenceChart.DL4J, steps, dl4j, COPIED);
        assertTrue(chart.getStyler().isYAxisLogarithmic(), "the loss axis is logarithmic");
        assertEquals(ChartStyle.HAND, series(chart, ConvergenceChart.HAND).getLineColor(), "hand-written colour");
        assertEquals(ChartStyle.DL4J, series(chart, ConvergenceChart.DL4J).getLineColor(), "DL4J colour");
    }

    @Test
    void aLongRunIsThinnedKeepingFirstLastAndTheValuesAtTheKeptSteps() {
        double[] hand = loss(STEPS, 0);
        double[] dl4j = loss(STEPS, 1e-16);
        XYChart chart = ConvergenceChart.loss(hand, dl4j);
        for (String name : new String[] {ConvergenceChart.HAND, ConvergenceChart.DL4J}) {
            XYSeries series = series(chart, name);
            double[] x = series.getXData();
            double[] y = series.getYData();
            double[] input = name.equals(ConvergenceChart.HAND) ? hand : dl4j;
            assertTrue(x.length <= Thinning.MAX_POINTS, name + " draws " + x.length + " points");
            assertEquals(0, x[0], COPIED, name + ": the first step is kept");
            assertEquals(STEPS - 1, x[x.length - 1], COPIED, name + ": the last step is kept");
            for (int m = 0; m < x.length; m++) {
                int step = (int) x[m];
                assertEquals(step, x[m], COPIED, name + ": x is a step index");
                assertEquals(input[step], y[m], COPIED, name + ": value at step " + step);
            }
        }
        assertRendersNotBlank(chart);
    }

    @Test
    void zeroDifferencesAreDrawnAtTheFloorAndTheLegendSaysSo() {
        double[] difference = new double[STEPS];
        for (int i = 0; i < STEPS; i++) {
            difference[i] = i % 3 == 0 ? 0.0 : (i % 5) * 1.1e-16; // identical engines or a few units of round-off
        }
        difference[4321] = 8.8e-16; // the largest difference
        XYChart chart = ConvergenceChart.relativeDifference(difference);
        XYSeries drawn = series(chart, ConvergenceChart.DIFFERENCE);
        double[] x = drawn.getXData();
        double[] y = drawn.getYData();
        assertTrue(x.length <= Thinning.MAX_POINTS, "draws " + x.length + " points");
        assertEquals(0, x[0], COPIED, "first step kept");
        assertEquals(STEPS - 1, x[x.length - 1], COPIED, "last step kept");
        boolean sawFloor = false;
        for (int m = 0; m < x.length; m++) {
            int step = (int) x[m];
            double expected = difference[step] == 0 ? ConvergenceChart.FLOOR : difference[step];
            assertEquals(expected, y[m], COPIED, "relative difference at step " + step);
            sawFloor |= y[m] == ConvergenceChart.FLOOR;
        }
        assertTrue(sawFloor, "some zero difference is drawn at the floor");
        String label = drawn.getLabel();
        assertTrue(label.contains("drawn at 1e-17"), "the legend names the floor: " + label);
        assertTrue(label.contains("largest 8.8e-16 at step 4321"), "the legend names the largest difference: " + label);
        assertTrue(chart.getStyler().isYAxisLogarithmic(), "the difference axis is logarithmic");
        assertSeries(chart, ConvergenceChart.EPSILON, new double[] {0, STEPS - 1},
                new double[] {Math.ulp(1.0), Math.ulp(1.0)}, COPIED);
        assertRendersNotBlank(chart);
    }

    @Test
    void withoutZerosTheLegendHasNoFloorNote() {
        XYChart chart = ConvergenceChart.relativeDifference(new double[] {1e-16, 2e-16});
        assertEquals("relative difference, largest 2e-16 at step 1", series(chart, ConvergenceChart.DIFFERENCE).getLabel());
    }

    @Test
    void rejectsNegativeDifferencesAndMismatchedLosses() {
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ConvergenceChart.relativeDifference(new double[] {0, -1e-16}));
        assertTrue(negative.getMessage().startsWith("relativeDifference[1] is -1.0E-16"), negative.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ConvergenceChart.loss(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class,
                () -> ConvergenceChart.loss(new double[] {1, Double.POSITIVE_INFINITY}, new double[] {1, 2}));
    }
}
