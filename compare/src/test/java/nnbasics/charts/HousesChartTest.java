package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeries;
import static nnbasics.charts.ChartAssertions.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class HousesChartTest {

    /** Sections 1–4: the first three houses of the guide (area in sq ft, price in $1000). */
    private static final double[] AREAS = {2104, 1600, 2400};
    private static final double[] PRICES = {399.9, 329.9, 369.0};
    /** The guide's average-price weight 1098.8 / 6104 ≈ 0.180 ($1000 per sq ft). */
    private static final double AVERAGE_WEIGHT = 1098.8 / 6104;
    /** Values are copied or computed with one multiply-add: only rounding of the products remains. */
    private static final double EXACT = 1e-12;
    /** The guide prints its table to two decimals. */
    private static final double GUIDE_TABLE = 0.005;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void eachErrorSegmentRunsFromThePriceToThePrediction() {
        XYChart chart = HousesChart.chart(AREAS, PRICES, AVERAGE_WEIGHT, 0, "section 1");
        for (int i = 0; i < AREAS.length; i++) {
            // closed form: ŷ = w · area
            assertSeries(chart, HousesChart.errorSeriesName(i), new double[] {AREAS[i], AREAS[i]},
                    new double[] {PRICES[i], AVERAGE_WEIGHT * AREAS[i]}, EXACT);
        }
        // the guide's table at w = 0.180: 2104 → 378.72, 1600 → 288.00, 2400 → 432.00
        double[] guidePredictions = {378.72, 288.00, 432.00};
        XYSeries predicted = series(chart, HousesChart.PREDICTED);
        for (int i = 0; i < AREAS.length; i++) {
            assertEquals(AVERAGE_WEIGHT * AREAS[i], predicted.getYData()[i], EXACT, "prediction of house " + (i + 1));
            assertEquals(guidePredictions[i], 0.180 * AREAS[i], GUIDE_TABLE, "the guide's prediction of house " + (i + 1));
        }
        assertSeries(chart, HousesChart.HOUSES, AREAS, PRICES, 0.0);
    }

    @Test
    void theErrorSegmentsAreYellowAndOnlyTheFirstIsInTheLegend() {
        XYChart chart = HousesChart.chart(AREAS, PRICES, AVERAGE_WEIGHT, 0, "section 1");
        for (int i = 0; i < AREAS.length; i++) {
            XYSeries segment = series(chart, HousesChart.errorSeriesName(i));
            assertEquals(ChartStyle.ERROR, segment.getLineColor(), "colour of the error segment of house " + (i + 1));
            assertEquals(i == 0, segment.isShowInLegend(), "legend entry of the error segment of house " + (i + 1));
        }
    }

    @Test
    void theLineIsTheModelAcrossThePaddedAreaRange() {
        XYChart chart = HousesChart.chart(AREAS, PRICES, 0.1, 150, "section 3 start");
        XYSeries line = series(chart, "ŷ = 0.1·x + 150");
        double[] x = line.getXData();
        // 10% of the span 2400 − 1600 = 800 on each side
        assertEquals(1520, x[0], EXACT, "left end of the line");
        assertEquals(2480, x[1], EXACT, "right end of the line");
        for (int end = 0; end < 2; end++) {
            assertEquals(0.1 * x[end] + 150, line.getYData()[end], EXACT, "line end " + end + " on ŷ = 0.1·x + 150");
        }
    }

    @Test
    void twoNamedLinesWithTheErrorsOfTheChosenOne() {
        HousesChart.Line start = new HousesChart.Line("start", 0.1, 150);
        // the guide's least-squares line of section 3
        HousesChart.Line best = new HousesChart.Line("least squares", 0.058488, 247.263);
        XYChart chart = HousesChart.chart(AREAS, PRICES, List.of(start, best), 1, "section 3");
        assertTrue(chart.getSeriesMap().containsKey("start"), "the start line is drawn");
        assertTrue(chart.getSeriesMap().containsKey("least squares"), "the least-squares line is drawn");
        for (int i = 0; i < AREAS.length; i++) {
            assertSeries(chart, HousesChart.errorSeriesName(i), new double[] {AREAS[i], AREAS[i]},
                    new double[] {PRICES[i], 0.058488 * AREAS[i] + 247.263}, EXACT);
        }
        assertEquals("predicted (least squares)", series(chart, HousesChart.PREDICTED).getLabel(), "predicted label");
        assertRendersNotBlank(chart);
    }

    @Test
    void aFormulaNameForEachSignOfTheBias() {
        assertEquals("ŷ = 0.18·x", HousesChart.Line.of(0.18, 0).name());
        assertEquals("ŷ = 0.1·x + 150", HousesChart.Line.of(0.1, 150).name());
        assertEquals("ŷ = 2·x − 3.5", HousesChart.Line.of(2, -3.5).name());
    }

    @Test
    void rendersWithoutAWindow() {
        assertRendersNotBlank(HousesChart.chart(AREAS, PRICES, AVERAGE_WEIGHT, 0, "section 1"));
    }

    @Test
    void rejectsMismatchedOrNonFiniteInput() {
        IllegalArgumentException lengths = assertThrows(IllegalArgumentException.class,
                () -> HousesChart.chart(AREAS, new double[] {1, 2}, 0.18, 0, "t"));
        assertEquals("areas has 3 values but prices has 2", lengths.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> HousesChart.chart(AREAS, new double[] {1, Double.NaN, 3}, 0.18, 0, "t"));
        assertEquals("prices[1] is NaN: only finite values can be drawn", nan.getMessage());
        assertThrows(IndexOutOfBoundsException.class,
                () -> HousesChart.chart(AREAS, PRICES, List.of(HousesChart.Line.of(0.1, 0)), 1, "t"));
    }

    @Test
    void theInputArraysAreNotSharedWithTheChart() {
        double[] areas = AREAS.clone();
        XYChart chart = HousesChart.chart(areas, PRICES, AVERAGE_WEIGHT, 0, "t");
        areas[0] = -1;
        assertEquals(2104, series(chart, HousesChart.HOUSES).getXData()[0], 0.0, "the chart kept its own copy");
    }
}
