package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeries;
import static nnbasics.charts.ChartAssertions.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class PredictedActualChartTest {

    /** The ten houses' prices from the guide ($1000). */
    private static final double[] ACTUAL = {399.9, 329.9, 369.0, 232.0, 539.9, 299.9, 314.9, 198.999, 212.0, 242.5};
    /** Any predictions will do for drawing; these are within ±20% of the prices. */
    private static final double[] PREDICTED = {356, 286, 397, 269, 472, 330, 277, 262, 255, 271};
    /** Values are copied into the chart unchanged. */
    private static final double COPIED = 0.0;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void housesAndTheIdealLineOnEqualAxes() {
        XYChart chart = PredictedActualChart.chart(ACTUAL, PREDICTED);
        assertSeries(chart, PredictedActualChart.HOUSES, ACTUAL, PREDICTED, COPIED);
        double[] x = series(chart, PredictedActualChart.IDEAL).getXData();
        assertArrayEquals(x, series(chart, PredictedActualChart.IDEAL).getYData(), COPIED, "the ideal line is y = x");
        // padded range of all values: min 198.999, max 539.9, 10% of the span on each side
        double pad = 0.1 * (539.9 - 198.999);
        assertEquals(198.999 - pad, x[0], 1e-9, "the ideal line starts below every value");
        assertEquals(539.9 + pad, x[1], 1e-9, "the ideal line ends above every value");
        assertEquals(chart.getStyler().getXAxisMin(), chart.getStyler().getYAxisMin(), "equal axis minimum");
        assertEquals(chart.getStyler().getXAxisMax(), chart.getStyler().getYAxisMax(), "equal axis maximum");
        assertRendersNotBlank(chart);
    }

    @Test
    void rejectsMismatchedLengths() {
        assertThrows(IllegalArgumentException.class, () -> PredictedActualChart.chart(ACTUAL, new double[] {1}));
    }
}
