package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertAxisTitles;
import static nnbasics.charts.ChartAssertions.assertLegendForEveryRegion;
import static nnbasics.charts.ChartAssertions.assertReadableTicks;
import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertTitleInside;
import static nnbasics.charts.ChartAssertions.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The charts of the guide's section 10, from data written out here (not from the engines): the activations, the
 * softmax-as-sigmoid picture, a curved decision boundary, the accuracy bars, the twin difference with its tolerance.
 */
class SectionTenChartsTest {

    /** The ten labelled houses of the guide: area (sq ft), bathrooms; good (0) or bad (1) as in DecisionBoundaryChartTest. */
    private static final double[][] HOUSES = {
        {2104, 3}, {1600, 3}, {2400, 3}, {1416, 2}, {3000, 4}, {1985, 4}, {1534, 3}, {1427, 3}, {1380, 3}, {1494, 3}};
    private static final int[] LABELS = {0, 0, 0, 1, 1, 0, 1, 0, 0, 0};
    private static final List<String> CLASSES = List.of("good", "bad");
    private static final List<String> FEATURES = List.of("area (sq ft)", "bathrooms");
    /** A point of the traced boundary lies on a cell side, placed by linear interpolation: |P₁ − P₀| there is small. */
    private static final double ON_THE_CURVE = 0.02;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    private static double[] z() {
        double[] z = new double[121];
        for (int i = 0; i < z.length; i++) {
            z[i] = -6 + 0.1 * i;
        }
        return z;
    }

    @Test
    void activationsAreDrawnWithTheirDerivativesAndReluJumpsWithAGap() {
        double[] z = z();
        double[] relu = new double[z.length];
        double[] step = new double[z.length];
        double[] s = new double[z.length];
        double[] ds = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            relu[i] = Math.max(0, z[i]);
            step[i] = z[i] > 0 ? 1 : 0;
            s[i] = 1 / (1 + Math.exp(-z[i]));
            ds[i] = s[i] * (1 - s[i]);
        }
        XYChart chart = ActivationChart.chart(z, List.of(new ActivationChart.Curve("sigmoid", "sigmoid′", s, ds),
                new ActivationChart.Curve("ReLU", "ReLU′", relu, step)), "Activations");
        assertEquals(List.of("sigmoid", "sigmoid′", "ReLU", "ReLU′"), List.copyOf(chart.getSeriesMap().keySet()));
        XYSeries jump = series(chart, "ReLU′");
        assertEquals(z.length + 1, jump.getXData().length, "one NaN gap where ReLU′ jumps from 0 to 1");
        long gaps = java.util.Arrays.stream(series(chart, "sigmoid′").getYData()).filter(Double::isNaN).count();
        assertEquals(0, gaps, "no gap in a continuous derivative");
        assertAxisTitles(chart, "z", "f(z)");
        assertReadableTicks(chart, true);
        assertTitleInside(chart);
        assertRendersNotBlank(chart);
    }

    @Test
    void softmaxDotsAndTheSigmoidLineShareTheAxes() {
        double[] d = {-2, 0, 2};
        double[] p = {1 / (1 + Math.exp(2)), 0.5, 1 / (1 + Math.exp(-2))};
        double[] z = z();
        double[] sigma = java.util.Arrays.stream(z).map(v -> 1 / (1 + Math.exp(-v))).toArray();
        XYChart chart = SoftmaxSigmoidChart.chart(d, p, z, sigma, 5.5e-17, "Softmax is a sigmoid");
        assertTrue(series(chart, SoftmaxSigmoidChart.SIGMOID).isShowInLegend());
        String dots = chart.getSeriesMap().keySet().stream().filter(n -> n.startsWith("softmax")).findFirst()
                .orElseThrow();
        assertTrue(dots.contains("3 grid points") && dots.contains("5.5e−17"), dots);
        assertAxisTitles(chart, "z₁ − z₂", "probability");
        assertReadableTicks(chart, true);
        assertTitleInside(chart);
        assertRendersNotBlank(chart);
        assertThrows(IllegalArgumentException.class,
                () -> SoftmaxSigmoidChart.chart(d, new double[2], z, sigma, 0, "t"));
    }

    /** A model whose boundary is the circle around (2000 sq ft, 3) of "radius" 1 in units of (500 sq ft, 1). */
    private static double[][] circle(double[][] points) {
        double[][] p = new double[points.length][];
        for (int i = 0; i < points.length; i++) {
            double dx = (points[i][0] - 2000) / 500;
            double dy = points[i][1] - 3;
            double inside = 1 / (1 + Math.exp(4 * (dx * dx + dy * dy - 1))); // P(good) > ½ inside the circle
            p[i] = new double[] {inside, 1 - inside};
        }
        return p;
    }

    @Test
    void aNetworksBoundaryIsTracedWhereTheProbabilitiesAreEqual() {
        XYChart chart = NetworkBoundaryChart.chart(HOUSES, LABELS, CLASSES, FEATURES,
                SectionTenChartsTest::circle, "A curved boundary");
        XYSeries curve = series(chart, NetworkBoundaryChart.CURVED_BOUNDARY);
        int points = 0;
        for (int i = 0; i < curve.getXData().length; i++) {
            double x = curve.getXData()[i];
            double y = curve.getYData()[i];
            if (Double.isNaN(x)) {
                continue;
            }
            points++;
            double[] p = circle(new double[][] {{x, y}})[0];
            assertEquals(p[0], p[1], ON_THE_CURVE, "boundary point (" + x + ", " + y + ")");
        }
        assertTrue(points > 50, "a curve of many short pieces, was " + points + " points");
        // the bad house (1534, 3) lies inside the circle ((−0.932)² < 1), where the model says good
        XYSeries rings = series(chart, BoundaryPlane.MISCLASSIFIED);
        assertTrue(java.util.Arrays.stream(rings.getXData()).anyMatch(x -> x == 1534), "house (1534, 3) is ringed");
        assertLegendForEveryRegion(chart, name -> BoundaryPlane.regionLegendName(name.replace("predicted ", "")));
        assertAxisTitles(chart, "area", "bathrooms");
        assertReadableTicks(chart, true);
        assertTitleInside(chart);
        assertRendersNotBlank(chart);
    }

    @Test
    void aModelThatNeverChangesItsMindHasNoBoundaryAndSaysSo() {
        XYChart chart = NetworkBoundaryChart.chart(HOUSES, LABELS, CLASSES, FEATURES, points -> {
            double[][] p = new double[points.length][];
            for (int i = 0; i < p.length; i++) {
                p[i] = new double[] {0.9, 0.1};
            }
            return p;
        }, "Always good");
        assertFalse(chart.getSeriesMap().containsKey(NetworkBoundaryChart.CURVED_BOUNDARY));
        assertTrue(chart.getTitle().endsWith("(" + BoundaryPlane.NO_BOUNDARY + ")"), chart.getTitle());
    }

    @Test
    void accuracyBarsHaveOneSeriesPerEngineAndTheYAxisEndsAtTheRows() {
        CategoryChart chart = HiddenUnitsChart.chart(new int[] {0, 1, 4}, new int[] {7, 8, 10},
                new int[] {7, 8, 10}, 10, "Accuracy");
        assertEquals(List.of(HiddenUnitsChart.HAND, HiddenUnitsChart.DL4J),
                List.copyOf(chart.getSeriesMap().keySet()));
        assertEquals(List.of("0 (softmax regression)", "1", "4"),
                List.copyOf(chart.getSeriesMap().get(HiddenUnitsChart.HAND).getXData()));
        assertEquals(10.0, chart.getStyler().getYAxisMax());
        assertAxisTitles(chart, "hidden units", "houses classified right (of 10)");
        assertReadableTicks(chart, false);
        assertTitleInside(chart);
        assertRendersNotBlank(chart);
    }

    @Test
    void theTwinDifferenceOfANetworkShowsItsTolerance() {
        double[] d = {0, 1e-16, 3e-10, 6e-7, 2e-13};
        XYChart chart = ConvergenceChart.relativeDifference(d, "Twin difference", 1e-5);
        XYSeries line = series(chart, ConvergenceChart.toleranceLabel(1e-5));
        assertEquals("tolerance 1e−5", line.getName());
        assertEquals(1e-5, line.getYData()[0]);
        assertReadableTicks(chart, true);
        assertTitleInside(chart);
        assertRendersNotBlank(chart);
        assertThrows(IllegalArgumentException.class, () -> ConvergenceChart.relativeDifference(d, "t", 0));
    }
}
