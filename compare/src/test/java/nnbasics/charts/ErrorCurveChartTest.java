package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeries;
import static nnbasics.charts.ChartAssertions.assertSeriesNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

class ErrorCurveChartTest {

    private static final double[] AREAS = {2104, 1600, 2400};
    private static final double[] PRICES = {399.9, 329.9, 369.0};
    /** The values are copied into the chart unchanged. */
    private static final double COPIED = 0.0;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    /** MSE(w) = (1/n) Σ (w·x − y)², the guide's error without ½, computed here as the caller would. */
    private static double mse(double w) {
        double sum = 0;
        for (int i = 0; i < AREAS.length; i++) {
            double error = w * AREAS[i] - PRICES[i];
            sum += error * error;
        }
        return sum / AREAS.length;
    }

    @Test
    void drawsTheCurveAndTheAveragePricePick() {
        double[] weights = new double[81];
        double[] errors = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 0.4 * i / (weights.length - 1);
            errors[i] = mse(weights[i]);
        }
        double pick = 1098.8 / 6104;
        // the guide: the MSE at w = 0.180 is 2,057.73 ("2,058")
        assertEquals(2057.73, mse(0.180), 0.005, "the guide's error at w = 0.180");
        ErrorCurveChart.Mark mark = new ErrorCurveChart.Mark("average price: w = 0.180", pick, mse(pick));
        XYChart chart = ErrorCurveChart.chart(weights, errors, List.of(mark), "section 2");

        assertSeriesNames(chart, List.of(ErrorCurveChart.CURVE, "average price: w = 0.180"));
        assertSeries(chart, ErrorCurveChart.CURVE, weights, errors, COPIED);
        assertSeries(chart, "average price: w = 0.180", new double[] {pick}, new double[] {mse(pick)}, COPIED);
        assertRendersNotBlank(chart);
    }

    @Test
    void rejectsNonFiniteMarks() {
        assertThrows(IllegalArgumentException.class, () -> new ErrorCurveChart.Mark("m", Double.NaN, 1));
        assertThrows(IllegalArgumentException.class,
                () -> ErrorCurveChart.chart(new double[] {0, 1}, new double[] {1}, List.of(), "t"));
    }
}
