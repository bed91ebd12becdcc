package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeries;
import static nnbasics.charts.ChartAssertions.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class DecisionBoundaryChartTest {

    /** The ten labelled houses of the guide: area (sq ft), bathrooms, and good (0) or bad (1). */
    private static final double[][] HOUSES = {
        {2104, 3}, {1600, 3}, {2400, 3}, {1416, 2}, {3000, 4}, {1985, 4}, {1534, 3}, {1427, 3}, {1380, 3}, {1494, 3}};
    private static final int[] LABELS = {0, 0, 0, 1, 1, 0, 1, 0, 0, 0};
    private static final List<String> CLASSES = List.of("good", "bad");
    private static final List<String> FEATURES = List.of("area (sq ft)", "bathrooms");
    /** A model in raw units whose boundary crosses the houses: W[feature][class], b[class]. */
    private static final double[][] WEIGHTS = {{-0.004, 0.004}, {1.5, -1.5}};
    private static final double[] BIAS = {4.0, -4.0};
    /**
     * An endpoint comes from one division and a clamp of at most 1e-12 of the span; relative to the size of the
     * terms of z₀ − z₁ that leaves far less than 1e-9.
     */
    private static final double ON_THE_LINE = 1e-9;
    /** The plotted rectangle's sides are compared with values copied from it. */
    private static final double ON_THE_SIDE = 1e-9;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    /** z_k = x·W[0][k] + y·W[1][k] + b[k], written out in the test. */
    private static double logit(double[][] w, double[] b, int k, double x, double y) {
        return x * w[0][k] + y * w[1][k] + b[k];
    }

    private static void assertOnTheBoundary(double[][] w, double[] b, double x, double y, String what) {
        double scale = Math.abs(x * (w[0][0] - w[0][1])) + Math.abs(y * (w[1][0] - w[1][1])) + Math.abs(b[0] - b[1]);
        assertEquals(logit(w, b, 0, x, y), logit(w, b, 1, x, y), ON_THE_LINE * scale, what + ": z₀ = z₁");
    }

    @Test
    void theBoundaryLineHasEqualLogitsAndEndsOnThePlotSides() {
        XYChart chart = DecisionBoundaryChart.chart(HOUSES, LABELS, CLASSES, FEATURES, WEIGHTS, BIAS, "boundary");
        XYSeries line = series(chart, DecisionBoundaryChart.BOUNDARY);
        double xMin = chart.getStyler().getXAxisMin();
        double xMax = chart.getStyler().getXAxisMax();
        double yMin = chart.getStyler().getYAxisMin();
        double yMax = chart.getStyler().getYAxisMax();
        for (int end = 0; end < 2; end++) {
            double x = line.getXData()[end];
            double y = line.getYData()[end];
            assertOnTheBoundary(WEIGHTS, BIAS, x, y, "end " + end);
            boolean onASide = Math.abs(x - xMin) < ON_THE_SIDE * (xMax - xMin) || Math.abs(x - xMax) < ON_THE_SIDE * (xMax - xMin)
                    || Math.abs(y - yMin) < ON_THE_SIDE * (yMax - yMin) || Math.abs(y - yMax) < ON_THE_SIDE * (yMax - yMin);
            assertTrue(onASide, "end " + end + " (" + x + ", " + y + ") lies on a side of the plot");
        }
        assertRendersNotBlank(chart);
    }

    @Test
    void theHousesAreSplitByLabel() {
        XYChart chart = DecisionBoundaryChart.chart(HOUSES, LABELS, CLASSES, FEATURES, WEIGHTS, BIAS, "boundary");
        assertSeries(chart, "good", new double[] {2104, 1600, 2400, 1985, 1427, 1380, 1494},
                new double[] {3, 3, 3, 4, 3, 3, 3}, 0.0);
        assertSeries(chart, "bad", new double[] {1416, 3000, 1534}, new double[] {2, 4, 3}, 0.0);
        assertEquals(ChartStyle.GOOD, series(chart, "good").getMarkerColor(), "good is green");
        assertEquals(ChartStyle.BAD, series(chart, "bad").getMarkerColor(), "bad is red");
    }

    @Test
    void theShadedRegionsFollowTheLargerLogit() {
        XYChart chart = DecisionBoundaryChart.chart(HOUSES, LABELS, CLASSES, FEATURES, WEIGHTS, BIAS, "boundary");
        int cells = 0;
        for (int k = 0; k < 2; k++) {
            XYSeries region = series(chart, BoundaryPlane.regionName(CLASSES.get(k)));
            assertFalse(region.isShowInLegend(), "region " + k + " stays out of the legend");
            for (int c = 0; c < region.getXData().length; c++) {
                double x = region.getXData()[c];
                double y = region.getYData()[c];
                double z0 = logit(WEIGHTS, BIAS, 0, x, y);
                double z1 = logit(WEIGHTS, BIAS, 1, x, y);
                assertEquals(k, z1 > z0 ? 1 : 0, "class of the cell at (" + x + ", " + y + ")");
            }
            cells += region.getXData().length;
        }
        assertEquals(BoundaryPlane.REGION_COLUMNS * BoundaryPlane.REGION_ROWS, cells, "shaded cells");
    }

    @Test
    void aVerticalBoundaryWhenOnlyTheAreaMatters() {
        // c = W[1][0] − W[1][1] = 0: z₀ = z₁ ⇔ −0.008·x + 16 = 0 ⇔ x = 2000
        double[][] w = {{-0.004, 0.004}, {0.7, 0.7}};
        double[] b = {16, 0};
        Optional<DecisionBoundaryChart.Segment> segment = DecisionBoundaryChart.boundary(w, b, 1000, 3000, 1, 5);
        assertTrue(segment.isPresent(), "a vertical boundary is drawn");
        DecisionBoundaryChart.Segment s = segment.get();
        assertEquals(2000, s.x1(), ON_THE_LINE * 2000, "x of the first end");
        assertEquals(2000, s.x2(), ON_THE_LINE * 2000, "x of the second end");
        assertEquals(4, Math.abs(s.y2() - s.y1()), 0.0, "the line spans the whole height 1 … 5");
    }

    @Test
    void aHorizontalBoundaryWhenOnlyTheBathroomsMatter() {
        // a = 0: z₀ = z₁ ⇔ 3·y − 9 = 0 ⇔ y = 3
        double[][] w = {{0.001, 0.001}, {1.5, -1.5}};
        double[] b = {-4.5, 4.5};
        DecisionBoundaryChart.Segment s = DecisionBoundaryChart.boundary(w, b, 1000, 3000, 1, 5).orElseThrow();
        assertEquals(3, s.y1(), ON_THE_LINE * 3, "y of the first end");
        assertEquals(3, s.y2(), ON_THE_LINE * 3, "y of the second end");
        assertEquals(2000, Math.abs(s.x2() - s.x1()), 0.0, "the line spans the whole width 1000 … 3000");
    }

    @Test
    void noBoundaryWhenTheLogitsDifferByAConstantOrTheLineMissesThePlot() {
        double[][] equalWeights = {{0.002, 0.002}, {1, 1}};
        assertTrue(DecisionBoundaryChart.boundary(equalWeights, new double[] {1, 0}, 1000, 3000, 1, 5).isEmpty(),
                "a = c = 0: one class wins everywhere");
        // x = 500 lies left of the plot
        assertTrue(DecisionBoundaryChart.boundary(new double[][] {{-0.004, 0.004}, {0, 0}}, new double[] {4, 0},
                1000, 3000, 1, 5).isEmpty(), "the line misses the plot");

        XYChart chart = DecisionBoundaryChart.chart(HOUSES, LABELS, CLASSES, FEATURES, equalWeights, new double[] {1, 0}, "flat");
        assertFalse(chart.getSeriesMap().containsKey(DecisionBoundaryChart.BOUNDARY), "no boundary series");
        assertTrue(chart.getTitle().endsWith("(" + BoundaryPlane.NO_BOUNDARY + ")"), "the title says so: " + chart.getTitle());
        assertFalse(chart.getSeriesMap().containsKey(BoundaryPlane.regionName("bad")), "bad wins nowhere");
        assertRendersNotBlank(chart);
    }

    @Test
    void onlyTwoClassesAndTwoFeatures() {
        IllegalArgumentException three = assertThrows(IllegalArgumentException.class, () -> DecisionBoundaryChart.chart(
                HOUSES, LABELS, List.of("a", "b", "c"), FEATURES, WEIGHTS, BIAS, "t"));
        assertEquals("a decision boundary line needs exactly 2 classes, found 3", three.getMessage());
        IllegalArgumentException label = assertThrows(IllegalArgumentException.class, () -> DecisionBoundaryChart.chart(
                HOUSES, new int[] {0, 0, 0, 1, 2, 0, 1, 0, 0, 0}, CLASSES, FEATURES, WEIGHTS, BIAS, "t"));
        assertEquals("labels[4] is 2: not an index into [good, bad]", label.getMessage());
    }
}
