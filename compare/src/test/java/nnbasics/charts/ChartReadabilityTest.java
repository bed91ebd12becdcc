package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertAxisTitles;
import static nnbasics.charts.ChartAssertions.assertLegendForEveryRegion;
import static nnbasics.charts.ChartAssertions.assertReadableTicks;
import static nnbasics.charts.ChartAssertions.assertTitleInside;
import static nnbasics.charts.ChartAssertions.tickLabels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * What every picture of the guide shares, checked on charts drawn as the guide draws them: axis titles that name the
 * quantity drawn, tick labels present and formatted for people, titles inside the image, a legend entry for every
 * coloured region. Each case is one of the blemishes issue 13 found.
 */
class ChartReadabilityTest {

    /** Section 7's start: two classes, zero weights, so the cross-entropy is ln 2. */
    private static final double LN2 = Math.log(2);
    /** Where section 7's classifier ends (the guide's console: about 0.54 after 1000 steps). */
    private static final double CLASSIFIER_END = 0.54;
    /** Section 5: the error at zero and at the optimum, ($1000)² (docs/guide.md). */
    private static final double TWO_VARIABLES_START = 108_268;
    private static final double TWO_VARIABLES_END = 1406.05;
    /** A decay over this many steps, like the runs' fast first drop. */
    private static final double DECAY_STEPS = 30;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    /** from · (to/from)^(1 − e^(−i/τ)): a loss falling from {@code from} to {@code to} over {@code steps + 1} values. */
    private static double[] decay(double from, double to, int steps) {
        double[] loss = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            loss[i] = to + (from - to) * Math.exp(-i / DECAY_STEPS);
        }
        return loss;
    }

    @Test
    void theClassifiersLossNamesTheCrossEntropyAndHasRoundStepTicks() {
        double[] loss = decay(LN2, CLASSIFIER_END, 1000);
        XYChart chart = ConvergenceChart.loss(loss, loss.clone(), "Section 7: cross-entropy per step, both engines",
                "cross-entropy (log scale)");
        assertAxisTitles(chart, "step", "cross-entropy");
        assertReadableTicks(chart, true);
        List<String> steps = tickLabels(chart, true);
        for (String step : steps) {
            int value = Integer.parseInt(step.replace(",", ""));
            assertEquals(0, value % 100, () -> "step ticks are round hundreds, not 0, 36, 72 …: " + steps);
        }
        assertTitleInside(chart);
    }

    @Test
    void aLogAxisHasALabelNextToTheFinalError() {
        double[] loss = decay(TWO_VARIABLES_START, TWO_VARIABLES_END, 15_000);
        XYChart chart = ConvergenceChart.loss(loss, loss.clone(), "Section 5: error after each step, both engines");
        assertAxisTitles(chart, "step", "mean squared error");
        assertReadableTicks(chart, true);
        List<Double> values = tickLabels(chart, false).stream().filter(l -> !l.isBlank())
                .map(l -> Double.parseDouble(l.replace(",", ""))).toList();
        // a label within a factor 2 below the final 1406.05 (the issue: only 1E4 and 1E5 were labelled)
        assertTrue(values.stream().anyMatch(v -> v <= TWO_VARIABLES_END && v >= TWO_VARIABLES_END / 2),
                () -> "no y label near the final " + TWO_VARIABLES_END + ": " + values);
    }

    @Test
    void theDifferenceChartHasRoundStepTicks() {
        double[] difference = new double[1001];
        for (int i = 1; i < difference.length; i++) {
            difference[i] = (i % 7 + 1) * 1e-16;
        }
        XYChart chart = ConvergenceChart.relativeDifference(difference, "Relative difference between the engines per step");
        assertReadableTicks(chart, true);
        assertTrue(tickLabels(chart, true).contains("500"), () -> "round step ticks: " + tickLabels(chart, true));
        assertTitleInside(chart);
    }

    @Test
    void theErrorSurfaceShowsItsStartWithAZeroTickAndItsTitleWhole() {
        int n = 15;
        double[] ws = new double[n];
        double[] bs = new double[n];
        double[][] mse = new double[n][n];
        for (int i = 0; i < n; i++) {
            ws[i] = 0.4 * i / (n - 1);
            bs[i] = 460.0 * i / (n - 1);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double e = 2000 * ws[i] + bs[j] - 360;   // a plane of errors through the houses' scale
                mse[i][j] = e * e + 450;
            }
        }
        double[] pathW = {0, 0.01, 0.05, 0.0585};
        double[] pathB = {0, 350, 270, 247.3};
        XYChart chart = ErrorSurfaceChart.chart(ws, bs, mse, pathW, pathB,
                "Section 4: error over weight × bias, the descent path");
        assertAxisTitles(chart, "weight", "bias");
        assertReadableTicks(chart, true);
        assertTrue(tickLabels(chart, true).stream().anyMatch(l -> l.matches("0(\\.0+)?")),
                () -> "a 0 tick on the weight axis: " + tickLabels(chart, true));
        assertTrue(tickLabels(chart, false).contains("0"), () -> "a 0 tick on the bias axis: " + tickLabels(chart, false));
        assertTrue(chart.getStyler().getXAxisMin() < 0 && chart.getStyler().getYAxisMin() < 0,
                "the start (0, 0) lies inside the plot, not on its corner");
        assertTitleInside(chart);
        // each level's cells ("cells l") follow the level's legend square
        Map<String, String> legendOf = new HashMap<>();
        String previous = null;
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (!series.isShowInLegend()) {
                legendOf.put(series.getName(), previous);
            }
            previous = series.getName();
        }
        assertLegendForEveryRegion(chart, legendOf::get);
    }

    @Test
    void theDecisionBoundaryExplainsItsRegionsAndRingsTheMisclassifiedHouses() {
        double[][] houses = {{2104, 3}, {1600, 3}, {2400, 3}, {1416, 2}, {3000, 4}, {1985, 4}, {1534, 3}, {1427, 3},
            {1380, 3}, {1494, 3}};
        int[] labels = {1, 1, 1, 0, 0, 1, 0, 1, 1, 1};   // data/houses-labelled.csv, classes sorted: bad, good
        // a boundary from (1250, 1.9) to (3100, 4): good above it (the guide's picture)
        double[][] weights = {{0.00227, -0.00227}, {-2, 2}};
        double[] bias = {1.0, -1.0};
        XYChart chart = DecisionBoundaryChart.chart(houses, labels, List.of("bad", "good"),
                List.of("area (sq ft)", "bathrooms"), weights, bias, "Section 7: the decision boundary (area × bathrooms)");
        assertAxisTitles(chart, "area", "bathrooms");
        assertReadableTicks(chart, true);
        assertTitleInside(chart);
        assertLegendForEveryRegion(chart, region -> BoundaryPlane.regionLegendName(
                region.substring("predicted ".length())));
        int wrong = 0;
        for (int i = 0; i < labels.length; i++) {
            if (DecisionBoundaryChart.predictedClass(weights, bias, houses[i][0], houses[i][1]) != labels[i]) {
                wrong++;
            }
        }
        assertTrue(wrong > 0, "the example has misclassified houses");
        XYSeries rings = ChartAssertions.series(chart, BoundaryPlane.MISCLASSIFIED);
        assertEquals(wrong, rings.getXData().length, "one ring per misclassified house");
        assertTrue(rings.isShowInLegend(), "the rings are explained in the legend");
    }

    @Test
    void softmaxPanelsShareTheirTicksAndPrintFourPlacesLikeTheTable() {
        List<double[]> inputs = List.of(new double[] {1}, new double[] {1, 1}, new double[] {5, 10},
                new double[] {-1, 0, 1});
        List<double[]> outputs = List.of(new double[] {1}, new double[] {0.5, 0.5},
                new double[] {0.0066929, 0.9933071}, new double[] {0.0900306, 0.2447285, 0.6652410});
        List<CategoryChart> charts = SoftmaxBarsChart.charts(inputs, outputs);
        List<String> first = null;
        for (CategoryChart chart : charts) {
            assertAxisTitles(chart, "class", "probability");
            assertReadableTicks(chart, false);
            assertTitleInside(chart);
            List<String> ticks = tickLabels(chart, false);
            if (first == null) {
                first = ticks;
            }
            assertEquals(first, ticks, "the same y ticks in every panel (" + chart.getTitle() + ")");
        }
        assertEquals("0.0900", SoftmaxBarsChart.label(0.0900306), "four places, as the table prints");
        assertEquals("0.0420", SoftmaxBarsChart.label(0.0420100), "four places, as the table prints");
        // a short bar's label sits above the bar, not under the baseline
        assertTrue(0.0067 + SoftmaxBarsChart.LABEL_OFFSET > 0.0067 && SoftmaxBarsChart.INSIDE_FROM > 0.0067,
                "0.0067 is labelled above its bar");
    }

    @Test
    void mnistCurvesThatCoincideAreSaidToAndHaveReadableTicks() {
        // the README's first two epochs: loss 0.3884…, 0.3059…; accuracy 90.87 %, 91.90 %
        double[] hand = {0.3884288793033149, 0.30594};
        double[] dl4j = {0.3884288793033149 * (1 + 1e-16), 0.30594};
        XYChart loss = MnistCharts.loss(List.of("hand", "dl4j"), List.of(hand, dl4j));
        assertAxisTitles(loss, "epoch", "cross-entropy");
        assertReadableTicks(loss, true);
        assertTitleInside(loss);
        assertTrue(ChartAssertions.series(loss, ConvergenceChart.DL4J).getLabel().contains("on the other"),
                "the legend says the curves coincide");
        double span = loss.getStyler().getYAxisMax() - loss.getStyler().getYAxisMin();
        assertTrue(span > 0.05, "a sensible range, not the 1e-16 between the engines: " + span);
        XYChart accuracy = MnistCharts.accuracy(List.of("hand", "dl4j"),
                List.of(new double[] {0.9087, 0.9190}, new double[] {0.9087, 0.9190}));
        assertAxisTitles(accuracy, "epoch", "accuracy");
        assertReadableTicks(accuracy, true);
        XYChart oneEpoch = MnistCharts.loss(List.of("hand", "dl4j"), List.of(new double[] {0.3884288793033149},
                new double[] {0.3884288793033149 * (1 + 2e-16)}));
        BitmapEncoder.getBufferedImage(oneEpoch);
        assertReadableTicks(oneEpoch, false);
    }
}
