package nnbasics.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import nnbasics.charts.ChartStyle;
import nnbasics.charts.Thinning;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The playground's two small charts, built afresh from the model's logs: the loss of both engines per step, and the
 * twin difference per step (log scale): the step proof of each update against its bound (what decides), and the
 * trajectory of the two engines running free (reported) as a second, grey series.
 */
final class PlaygroundCharts {

    static final String HAND = "hand-written";
    static final String DL4J = "DL4J";
    /** The status line above the charts says what each is and which decides. */
    static final String STEP_PROOF = "step proof";
    static final String TRAJECTORY = "trajectory";
    static final String BOUND = "bound";
    /** A log axis cannot show 0 (the same start is 0 apart): such steps are drawn at this floor. */
    static final double FLOOR = 1e-17;

    private PlaygroundCharts() {
    }

    /**
     * The cross-entropy per step, the hand-written engine solid, DL4J dashed over it.
     *
     * @param start the loss at the start, drawn alone before the first step, on an axis from 0 (a flat line alone
     *              gets one tick labelled with every digit, which pushed the plot and its title out of the panel)
     */
    static XYChart loss(List<Double> hand, List<Double> dl4j, double start) {
        XYChart chart = small("Loss (cross-entropy)", "L");
        if (hand.isEmpty()) {
            chart.setTitle("Loss at the start");
            chart.getStyler().setYAxisMin(0.0);
            chart.getStyler().setYAxisMax(Math.max(1.25 * start, 0.01));
            hand = List.of(start, start);
            dl4j = hand;
        }
        line(chart, HAND, hand, ChartStyle.HAND, null, 0);
        line(chart, DL4J, dl4j, ChartStyle.DL4J, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 6f}, 0f), 0);
        return chart;
    }

    /**
     * The step proof per update (update j at x = j) and the trajectory per step (step k at x = k) on a log scale, the
     * step proof's bound as a dashed line; the title red when some update's step proof is above it. Values below
     * {@link #FLOOR} (0: the same bits) are drawn at it.
     *
     * @param stepProofs the step proof of updates 1 … n (entry j: update j + 1)
     * @param trajectory the trajectory's d_k at steps 0 … n
     * @param stepBound  the step proof's bound
     */
    static XYChart difference(List<Double> stepProofs, List<Double> trajectory, double stepBound) {
        XYChart chart = small("Twin difference per step", "d (0 at 1e−17)");
        // three entries do not fit on one line under a chart half the panel wide
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(FLOOR / 2);
        double[] free = floored(trajectory.isEmpty() ? List.of(0.0) : trajectory);
        double[] proof = floored(stepProofs);
        double largest = Math.max(stepBound, Math.max(max(free), max(proof)));
        chart.getStyler().setYAxisMax(largest * 20);
        boolean above = max(proof) > stepBound;
        if (above) {
            chart.getStyler().setChartFontColor(ChartStyle.BAD);
        }
        line(chart, TRAJECTORY, Arrays.stream(free).boxed().toList(), ChartStyle.REFERENCE, null, 0);
        if (proof.length > 0) {
            line(chart, STEP_PROOF, Arrays.stream(proof).boxed().toList(), above ? ChartStyle.BAD : ChartStyle.HAND,
                    new BasicStroke(2f), 1);
        }
        int last = Math.max(1, free.length - 1);
        XYSeries bound = chart.addSeries(BOUND + " " + ChartStyle.number(stepBound), new double[] {0, beyond(last)},
                new double[] {stepBound, stepBound});
        bound.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        bound.setMarker(SeriesMarkers.NONE);
        bound.setLineColor(ChartStyle.BAD);
        bound.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 4f}, 0f));
        return chart;
    }

    private static double[] floored(List<Double> values) {
        double[] floored = new double[values.size()];
        for (int k = 0; k < floored.length; k++) {
            floored[k] = Math.max(FLOOR, values.get(k));
        }
        return floored;
    }

    private static double max(double[] values) {
        double max = FLOOR;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static XYChart small(String title, String yAxis) {
        XYChart chart = Controls.xyChart(title, "step", yAxis);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisTickMarkSpacingHint(40);
        chart.getStyler().setChartTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 13));
        chart.getStyler().setAxisTitleFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 11));
        chart.getStyler().setAxisTickLabelsFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        chart.getStyler().setLegendFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 10));
        chart.getStyler().setLegendBackgroundColor(new Color(255, 255, 255, 210));
        return chart;
    }

    /** The smallest of 1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8 or 10 times a power of ten above {@code last}. */
    static double beyond(int last) {
        double decade = Math.pow(10, Math.floor(Math.log10(Math.max(1, last))));
        for (double m : new double[] {1, 1.25, 1.5, 2, 2.5, 3, 3.5, 4, 5, 6, 7, 8, 10}) {
            if (m * decade > last) {
                return m * decade;
            }
        }
        return 20 * decade;
    }

    /** A line of values at x = first, first + 1, …, thinned evenly. */
    private static void line(XYChart chart, String name, List<Double> values, Color colour, BasicStroke stroke,
                             int first) {
        double[] ys = values.stream().mapToDouble(Double::doubleValue).toArray();

        int[] kept = Thinning.evenly(ys.length, Thinning.MAX_POINTS);
        double[] xs = Thinning.asDoubles(kept);
        for (int i = 0; i < xs.length; i++) {
            xs[i] += first;
        }
        // XChart 3.8 puts the ticks of equally spaced x values that span the axis on the values themselves (0, 43,
        // 86, … for 300 steps: labels running into each other); an axis a little longer than the data gets round ones
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(Math.max(chart.getStyler().getXAxisMax() == null ? 0
                : chart.getStyler().getXAxisMax(), beyond(ys.length - 1 + first)));
        XYSeries series = chart.addSeries(name, xs, Thinning.pick(ys, kept));
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        if (stroke != null) {
            series.setLineStyle(stroke);
        }
    }
}
