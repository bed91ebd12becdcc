package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nnbasics.charts.ChartStyle;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/**
 * The playground's charts: the twin difference (the step proof with its bound, the trajectory as a second series), and
 * the loss at the start.
 */
class PlaygroundChartsTest {

    /** Drawn values are copies of the model's (or the floor). */
    private static final double COPIED = 0.0;
    /** The step proof's bound on the houses: docs/twin-difference.md's max(1e−12, 2n·2⁻⁵³), n = 10. */
    private static final double BOUND = 1e-12;

    private static XYSeries series(XYChart chart, String prefix) {
        return chart.getSeriesMap().values().stream().filter(s -> s.getName().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + prefix + " in " + chart.getSeriesMap().keySet()));
    }

    @Test
    void theStepProofIsAtItsUpdateTheTrajectoryAtItsStepAndTheBoundIsNamed() {
        XYChart chart = PlaygroundCharts.difference(List.of(2e-16, 0.0), List.of(0.0, 3e-16, 5e-10), BOUND);
        XYSeries proof = series(chart, PlaygroundCharts.STEP_PROOF);
        assertArrayEquals(new double[] {1, 2}, proof.getXData(), COPIED, "update 1 and 2");
        assertArrayEquals(new double[] {2e-16, PlaygroundCharts.FLOOR}, proof.getYData(), COPIED);
        XYSeries free = series(chart, PlaygroundCharts.TRAJECTORY);
        assertArrayEquals(new double[] {0, 1, 2}, free.getXData(), COPIED, "steps 0, 1, 2");
        assertArrayEquals(new double[] {PlaygroundCharts.FLOOR, 3e-16, 5e-10}, free.getYData(), COPIED);
        XYSeries bound = series(chart, PlaygroundCharts.BOUND);
        assertEquals(PlaygroundCharts.BOUND + " 1e-12", bound.getName());
        assertArrayEquals(new double[] {BOUND, BOUND}, bound.getYData(), COPIED);
        assertTrue(PlaygroundCharts.STEP_PROOF.equals("step proof") && PlaygroundCharts.TRAJECTORY.equals("trajectory"),
                "the legend tells them apart, in the status line's words");
        assertEquals(ChartStyle.HAND, proof.getLineColor(), "within the bound: not red");
    }

    /**
     * Before the first step the loss is a flat line: alone on its axis it got one tick labelled with all 15 digits of
     * the loss, which pushed the plot and its title out of the half-panel; on an axis from 0 the ticks are short.
     */
    @Test
    void theLossAtTheStartIsDrawnOnAnAxisFromZero() {
        double start = 0.785469166832511;                      // the houses' start with two layers of 8 tanh units
        XYChart chart = PlaygroundCharts.loss(List.of(), List.of(), start);
        assertEquals(0.0, chart.getStyler().getYAxisMin(), COPIED);
        assertTrue(chart.getStyler().getYAxisMax() > start, "the line inside the plot: " + chart.getStyler()
                .getYAxisMax());
        assertArrayEquals(new double[] {start, start}, series(chart, PlaygroundCharts.HAND).getYData(), COPIED);
        assertEquals("Loss at the start", chart.getTitle());
    }

    @Test
    void aStepProofAboveItsBoundIsRed() {
        XYChart chart = PlaygroundCharts.difference(List.of(2e-8), List.of(0.0, 2e-8), BOUND);
        assertEquals(ChartStyle.BAD, series(chart, PlaygroundCharts.STEP_PROOF).getLineColor());
        assertEquals(ChartStyle.BAD, chart.getStyler().getChartFontColor());
    }
}
