package nnbasics.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The guide's picture of the proof ({@code docs/twin-difference.md}): per step, on a log axis,
 *
 * <pre>
 * step proof   dots      update k: the hand-written engine's step from DL4J's state against DL4J's    decides
 * bound        red dash  Tolerances.step(n), the step proof's bound
 * trajectory   grey line step k: the two engines running free from the same start                    reported
 * </pre>
 *
 * <p>The step proof is drawn at the update it proves (1 … steps), the trajectory at the step it compares (0 …
 * steps). Long runs are thinned keeping each bucket's extremes ({@link Thinning#keepingExtremes}), so both peaks are
 * drawn. Values below {@link ConvergenceChart#FLOOR} (0 among them) are drawn at the floor.
 */
public final class TwinProofChart {

    /** Series names; the legend adds each one's largest value and step. */
    public static final String STEP_PROOF = "step proof (each step from DL4J's state; decides)";
    public static final String TRAJECTORY = "trajectory (both engines running free; reported)";
    public static final String BOUND = "step-proof bound";

    private TwinProofChart() {
    }

    /**
     * @param stepProof  per record k the step proof of update k + 1 (as {@code Trace.stepProof()}); NaN where a
     *                   record has none (the last)
     * @param trajectory per step k the trajectories' difference (as {@code Trace.difference()})
     * @param stepBound  the step proof's bound, finite and positive
     */
    public static XYChart chart(double[] stepProof, double[] trajectory, double stepBound, String title) {
        if (!(stepBound > 0) || Double.isInfinite(stepBound)) {
            throw new IllegalArgumentException("the step proof's bound must be finite and positive, was " + stepBound);
        }
        Check.finite("trajectory", trajectory);
        int updates = 0;
        while (updates < stepProof.length && !Double.isNaN(stepProof[updates])) {
            updates++;
        }
        double[] proof = java.util.Arrays.copyOf(stepProof, updates);
        Check.finite("stepProof", proof);
        XYChart chart = ChartStyle.xyChart(title, "step", "twin difference (log scale)");

        int[] keptTrajectory = Thinning.keepingExtremes(trajectory, Thinning.MAX_POINTS);
        XYSeries free = chart.addSeries(TRAJECTORY, Thinning.asDoubles(keptTrajectory),
                ConvergenceChart.floored(Thinning.pick(trajectory, keptTrajectory)));
        free.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        free.setMarker(SeriesMarkers.NONE);
        free.setLineColor(ChartStyle.REFERENCE);
        free.setLineStyle(ChartStyle.stroke(2f));
        free.setLabel(TRAJECTORY + ", largest " + largest(trajectory, 0));

        if (updates > 0) {
            int[] kept = Thinning.keepingExtremes(proof, Thinning.MAX_POINTS);
            double[] at = Thinning.asDoubles(kept);
            for (int i = 0; i < at.length; i++) {
                at[i] += 1;                                   // record k proves update k + 1
            }
            XYSeries step = chart.addSeries(STEP_PROOF, at, ConvergenceChart.floored(Thinning.pick(proof, kept)));
            step.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            step.setMarker(SeriesMarkers.CIRCLE);
            step.setMarkerColor(ChartStyle.HAND);
            step.setLabel(STEP_PROOF + ", largest " + largest(proof, 1));
        }

        double last = Math.max(1, trajectory.length - 1);
        XYSeries bound = chart.addSeries(BOUND, new double[] {0, last}, new double[] {stepBound, stepBound});
        bound.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        bound.setMarker(SeriesMarkers.NONE);
        bound.setLineColor(ChartStyle.BAD);
        bound.setLineStyle(ChartStyle.dashed(1.5f));
        bound.setLabel(BOUND + " " + ChartStyle.number(stepBound).replace("e-", "e−"));

        if (belowFloor(trajectory) || belowFloor(proof)) {
            String note = "; 0 (the same bits) drawn at " + ChartStyle.number(ConvergenceChart.FLOOR).replace("e-", "e−");
            for (XYSeries s : chart.getSeriesMap().values()) {
                if (s.getName().equals(TRAJECTORY) && belowFloor(trajectory)
                        || s.getName().equals(STEP_PROOF) && belowFloor(proof)) {
                    s.setLabel(s.getLabel() + note);
                }
            }
        }
        chart.getStyler().setYAxisLogarithmic(true);
        ChartStyle.niceStepTicks(chart, 0, stepBound);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        return chart;
    }

    private static boolean belowFloor(double[] values) {
        for (double v : values) {
            if (v < ConvergenceChart.FLOOR) {
                return true;
            }
        }
        return false;
    }

    /** "1.83e−15 at step 252", as the console writes it (the first largest; {@code offset} maps an index to its step). */
    private static String largest(double[] values, int offset) {
        int largest = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[largest]) {
                largest = i;
            }
        }
        return nnbasics.compare.Difference.format(values[largest]).replaceAll("e-0?", "e−")
                + " at step " + (largest + offset);
    }
}
