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

/** The guide's picture of the proof: the step proof at the update it proves, the trajectory at its step, the bound. */
class TwinProofChartTest {

    /** Drawn values are copies of the input (or the floor): no arithmetic. */
    private static final double COPIED = 0.0;
    /** The step proof's bound of the guide's sections (docs/twin-difference.md: max(1e−12, 2n·2⁻⁵³), n ≤ 10). */
    private static final double BOUND = 1e-12;

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void theStepProofIsDrawnAtTheUpdateItProvesAndTheTrajectoryAtItsStep() {
        // as Trace records a 3-step run: record k carries update k + 1's step proof, the last record none (NaN)
        double[] stepProof = {2e-16, 0.0, 5e-16, Double.NaN};
        double[] trajectory = {0.0, 3e-16, 8e-16, 4e-15};
        XYChart chart = TwinProofChart.chart(stepProof, trajectory, BOUND, "proof");
        assertSeries(chart, TwinProofChart.STEP_PROOF, new double[] {1, 2, 3},
                new double[] {2e-16, ConvergenceChart.FLOOR, 5e-16}, COPIED);
        assertSeries(chart, TwinProofChart.TRAJECTORY, new double[] {0, 1, 2, 3},
                new double[] {ConvergenceChart.FLOOR, 3e-16, 8e-16, 4e-15}, COPIED);
        assertSeries(chart, TwinProofChart.BOUND, new double[] {0, 3}, new double[] {BOUND, BOUND}, COPIED);
        String proofLabel = series(chart, TwinProofChart.STEP_PROOF).getLabel();
        assertTrue(proofLabel.contains("decides") && proofLabel.contains("largest 5.00e−16 at step 3")
                && proofLabel.contains("0 (the same bits) drawn at 1e−17"), proofLabel);
        String freeLabel = series(chart, TwinProofChart.TRAJECTORY).getLabel();
        assertTrue(freeLabel.contains("running free") && freeLabel.contains("largest 4.00e−15 at step 3"), freeLabel);
        assertEquals("step-proof bound 1e−12", series(chart, TwinProofChart.BOUND).getLabel());
        assertTrue(chart.getStyler().isYAxisLogarithmic());
        assertRendersNotBlank(chart);
    }

    @Test
    void aBoundThatIsNotPositiveIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TwinProofChart.chart(new double[] {1e-16, Double.NaN}, new double[] {0, 1e-16}, 0, "t"));
    }
}
