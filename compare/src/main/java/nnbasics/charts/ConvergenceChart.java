package nnbasics.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The proof that gradient descent runs the same in both engines (section 4), as two charts with a logarithmic
 * y-axis: the loss per step of the hand-written engine and of DL4J overlaid, and the relative difference between
 * them per step.
 *
 * <p>x is the step index i of the input arrays (the loss after i updates when the caller records the loss before
 * each update). Long runs are thinned for drawing with {@link Thinning} to at most {@link Thinning#MAX_POINTS}
 * points: evenly for the losses, keeping each bucket's extremes for the difference (so its peak is always drawn).
 *
 * <p>A log axis cannot show zero, and identical engines often differ by exactly 0. Values below {@link #FLOOR}
 * (including 0) are drawn at {@link #FLOOR}, and the series' legend label says so.
 */
public final class ConvergenceChart {

    /**
     * The lowest value drawn: 1e−17, below the smallest relative difference two doubles can have (the unit
     * round-off 2^−53 ≈ 1.1e−16), so a point on the floor can only mean "exactly equal".
     */
    public static final double FLOOR = 1e-17;
    /** Machine epsilon of double, 2^−52 ≈ 2.2e−16, drawn as a reference on the difference chart. */
    public static final double MACHINE_EPSILON = Math.ulp(1.0);

    /** Series names. */
    public static final String HAND = "hand-written";
    public static final String DL4J = "DL4J";
    public static final String DIFFERENCE = "relative difference";
    public static final String EPSILON = "machine epsilon";

    private ConvergenceChart() {
    }

    /** Loss per step for both engines, log y-axis, with a default title. */
    public static XYChart loss(double[] handLoss, double[] dl4jLoss) {
        return loss(handLoss, dl4jLoss, "Loss per gradient-descent step: hand-written and DL4J");
    }

    /** The y-axis title of the regression sections' loss. */
    public static final String MSE_AXIS = "mean squared error (log scale)";

    /** Loss per step for both engines overlaid, log y-axis titled {@link #MSE_AXIS}. */
    public static XYChart loss(double[] handLoss, double[] dl4jLoss, String title) {
        return loss(handLoss, dl4jLoss, title, MSE_AXIS);
    }

    /**
     * Loss per step for both engines overlaid (DL4J dashed on top of the hand-written line), log y-axis labelled
     * inside each decade (see {@link ChartStyle#logAxis}), round step ticks.
     *
     * @param yAxisTitle what the loss is, e.g. "cross-entropy (log scale)"
     */
    public static XYChart loss(double[] handLoss, double[] dl4jLoss, String title, String yAxisTitle) {
        Check.finite("handLoss", handLoss);
        Check.finite("dl4jLoss", dl4jLoss);
        Check.sameLength("handLoss", handLoss, "dl4jLoss", dl4jLoss);

        int[] kept = Thinning.evenly(handLoss.length, Thinning.MAX_POINTS);
        double[] steps = Thinning.asDoubles(kept);
        XYChart chart = ChartStyle.xyChart(title, "step", yAxisTitle);
        double[] handDrawn = floored(Thinning.pick(handLoss, kept));
        XYSeries hand = chart.addSeries(HAND, steps, handDrawn);
        style(hand, ChartStyle.HAND, ChartStyle.stroke(5f));
        XYSeries dl4j = chart.addSeries(DL4J, steps.clone(), floored(Thinning.pick(dl4jLoss, kept)));
        style(dl4j, ChartStyle.DL4J, ChartStyle.dashed(2f));
        String floorNote = floorNote(handLoss, dl4jLoss);
        if (!floorNote.isEmpty()) {
            hand.setLabel(HAND + " (" + floorNote.substring(2) + ")");
            dl4j.setLabel(DL4J + " (" + floorNote.substring(2) + ")");
        }

        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double[] drawn : new double[][] {handDrawn, dl4j.getYData()}) {
            for (double v : drawn) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        ChartStyle.logAxis(chart, min, max, ChartStyle.decimalPattern(ChartStyle.leadingDigitFloor(min), max));
        ChartStyle.niceStepTicks(chart, steps[0], handDrawn[0]);
        chart.getStyler().setLegendPosition(LegendPosition.InsideNE);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        return chart;
    }

    /** Relative difference per step, log y-axis, with a default title. */
    public static XYChart relativeDifference(double[] relativeDifference) {
        return relativeDifference(relativeDifference, "Relative difference between the engines per step");
    }

    /**
     * The relative difference per step as dots (it is usually quantised noise of a few units in the last place, which
     * a line would turn into a solid block), with machine epsilon as a dashed reference line. The legend label gives
     * the largest difference and its step, and says that values below {@link #FLOOR} are drawn at the floor.
     */
    public static XYChart relativeDifference(double[] relativeDifference, String title) {
        return relativeDifference(relativeDifference, title, "|hand − DL4J| / max(|hand|, |DL4J|)");
    }

    /** The same with the y-axis naming what is compared (e.g. two forms of one rule, both computed by hand). */
    public static XYChart relativeDifference(double[] relativeDifference, String title, String yAxis) {
        Check.finite("relativeDifference", relativeDifference);
        int largest = 0;
        for (int i = 0; i < relativeDifference.length; i++) {
            if (relativeDifference[i] < 0) {
                throw new IllegalArgumentException("relativeDifference[" + i + "] is " + relativeDifference[i]
                        + ": a relative difference cannot be negative");
            }
            if (relativeDifference[i] > relativeDifference[largest]) {
                largest = i;
            }
        }
        int[] kept = Thinning.keepingExtremes(relativeDifference, Thinning.MAX_POINTS);
        double[] steps = Thinning.asDoubles(kept);
        XYChart chart = ChartStyle.xyChart(title, "step", yAxis);
        XYSeries difference = chart.addSeries(DIFFERENCE, steps, floored(Thinning.pick(relativeDifference, kept)));
        difference.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        difference.setMarker(SeriesMarkers.CIRCLE);
        difference.setMarkerColor(ChartStyle.HAND);
        difference.setLabel(DIFFERENCE + ", largest " + ChartStyle.number(relativeDifference[largest])
                + " at step " + largest + floorNote(relativeDifference));

        double last = Math.max(1, relativeDifference.length - 1);
        XYSeries epsilon = chart.addSeries(EPSILON, new double[] {0, last}, new double[] {MACHINE_EPSILON, MACHINE_EPSILON});
        style(epsilon, ChartStyle.REFERENCE, ChartStyle.dashed(1.5f));
        epsilon.setLabel(EPSILON + " 2^−52 ≈ 2.2e−16");

        chart.getStyler().setYAxisLogarithmic(true);
        ChartStyle.niceStepTicks(chart, steps[0], MACHINE_EPSILON);
        chart.getStyler().setMarkerSize(4);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        return chart;
    }

    /** The legend entry of the tolerance line: "tolerance 1e−5". */
    public static String toleranceLabel(double tolerance) {
        return "tolerance " + ChartStyle.number(tolerance).replace("e-", "e−");
    }

    /**
     * {@link #relativeDifference(double[], String)} with the tolerance the run is held to as a dashed red line (for
     * runs whose difference grows far above machine epsilon, such as a network passing a saddle).
     */
    public static XYChart relativeDifference(double[] relativeDifference, String title, double tolerance) {
        if (!(tolerance > 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and positive, was " + tolerance);
        }
        XYChart chart = relativeDifference(relativeDifference, title);
        double last = Math.max(1, relativeDifference.length - 1);
        XYSeries line = chart.addSeries(toleranceLabel(tolerance), new double[] {0, last},
                new double[] {tolerance, tolerance});
        style(line, ChartStyle.BAD, ChartStyle.dashed(1.5f));
        return chart;
    }

    /** max(value, FLOOR) for each value: what a log axis can show. */
    static double[] floored(double[] values) {
        double[] drawn = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            drawn[i] = Math.max(values[i], FLOOR);
        }
        return drawn;
    }

    /** "; values below 1e-17, such as 0, drawn at 1e-17" when any value is (the legend must not hide it), else "". */
    private static String floorNote(double[]... series) {
        for (double[] values : series) {
            for (double v : values) {
                if (v < FLOOR) {
                    return "; values below " + ChartStyle.number(FLOOR) + ", such as 0, drawn at "
                            + ChartStyle.number(FLOOR);
                }
            }
        }
        return "";
    }

    private static void style(XYSeries series, Color color, BasicStroke stroke) {
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
    }
}
