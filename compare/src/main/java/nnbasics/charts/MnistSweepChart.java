package nnbasics.charts;

import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * MNIST test accuracy against the number of hidden units, one line per engine (XChart): the hand-written engine wide
 * and solid, DL4J dashed on top of it, as in the other MNIST charts; each point labelled with its accuracy.
 */
public final class MnistSweepChart {

    /** The x axis's title: what a width of 0 means. */
    static final String X_TITLE = "hidden units (one hidden layer; 0 = softmax regression)";
    static final String Y_TITLE = "test accuracy (%)";
    /** Room left and right of the widest and narrowest width, as a fraction of their span. */
    private static final double X_PAD = 0.05;

    private MnistSweepChart() {
    }

    /**
     * @param hidden       the widths, ascending
     * @param handAccuracy the hand-written engine's test accuracy (a fraction) at each width
     * @param dl4jAccuracy DL4J's, at each width
     * @param title        the chart's title
     */
    public static XYChart accuracy(int[] hidden, double[] handAccuracy, double[] dl4jAccuracy, String title) {
        if (hidden.length == 0 || handAccuracy.length != hidden.length || dl4jAccuracy.length != hidden.length) {
            throw new IllegalArgumentException(hidden.length + " widths, " + handAccuracy.length + " and "
                    + dl4jAccuracy.length + " accuracies");
        }
        double[] x = new double[hidden.length];
        for (int i = 0; i < hidden.length; i++) {
            x[i] = hidden[i];
            if (i > 0 && hidden[i] <= hidden[i - 1]) {
                throw new IllegalArgumentException("the widths must ascend: " + java.util.Arrays.toString(hidden));
            }
        }
        double[] hand = percent(handAccuracy);
        double[] dl4j = percent(dl4jAccuracy);
        Check.finite("hand-written accuracy", hand);
        Check.finite("DL4J accuracy", dl4j);
        XYChart chart = ChartStyle.xyChart(title, X_TITLE, Y_TITLE);
        double apart = MnistCharts.largestRelativeGap(hand, dl4j);
        String note = apart > MnistCharts.COINCIDE ? ""
                : apart == 0 ? " (dashed, on the other: identical)"
                : " (dashed, on the other: within " + ChartStyle.number(apart) + ")";
        line(chart, ConvergenceChart.HAND, x, hand, false).setLabel(ConvergenceChart.HAND);
        line(chart, ConvergenceChart.DL4J, x, dl4j, true).setLabel(ConvergenceChart.DL4J + note);
        chart.getStyler().setLegendPosition(LegendPosition.InsideSE);   // the accuracy rises: the bottom right is free
        double span = Math.max(1, x[x.length - 1] - x[0]);
        chart.getStyler().setXAxisMin(x[0] - X_PAD * span);
        chart.getStyler().setXAxisMax(x[x.length - 1] + X_PAD * span);
        chart.getStyler().setXAxisDecimalPattern("0");
        MnistCharts.range(chart, List.of(hand, dl4j));
        double low = chart.getStyler().getYAxisMin();
        double high = chart.getStyler().getYAxisMax();
        chart.getStyler().setYAxisMin(Math.max(0, low - LABEL_ROOM * (high - low)));   // room for the labels
        chart.getStyler().setYAxisMax(Math.min(100, high + LABEL_ROOM * (high - low)));
        chart.getStyler().setAnnotationTextFont(ChartStyle.TICK_FONT);
        chart.getStyler().setAnnotationTextFontColor(ChartStyle.DATA);
        double[] xRange = {chart.getStyler().getXAxisMin(), chart.getStyler().getXAxisMax()};
        double[] yRange = {chart.getStyler().getYAxisMin(), chart.getStyler().getYAxisMax()};
        for (int i = 0; i < x.length; i++) {
            // the hand-written value; DL4J's is the same point when the legend says so
            double[] at = labelPlace(x, hand, i, xRange, yRange);
            chart.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%.2f %%", hand[i]), at[0], at[1],
                    false));
        }
        return chart;
    }

    /** Room added below and above the curves' range for the point labels, as a fraction of that range. */
    static final double LABEL_ROOM = 0.1;
    /**
     * A label's half width and half height as fractions of the axes' spans (a "95.90 %" in the 12-point tick font
     * is about 50 × 14 pixels in a plot of about 700 × 380, with some margin), and the distance of its centre
     * from the point's.
     */
    static final double LABEL_HALF_WIDTH = 0.045;
    static final double LABEL_HALF_HEIGHT = 0.03;
    static final double LABEL_OFFSET = 0.065;

    /**
     * Where point i's label goes, in data coordinates: centred above the point; else below it; else beside it,
     * upper left, lower right, lower left or upper right (a line rising steeply through the point leaves the upper
     * left and the lower right free) — the first place inside the plot that the line does not cross, or the one it
     * crosses least. Horizontally the label stays inside the plot.
     */
    static double[] labelPlace(double[] x, double[] y, int i, double[] xRange, double[] yRange) {
        double xSpan = xRange[1] - xRange[0];
        double ySpan = yRange[1] - yRange[0];
        double halfWidth = LABEL_HALF_WIDTH * xSpan;
        double halfHeight = LABEL_HALF_HEIGHT * ySpan;
        double beside = halfWidth + LABEL_GAP * xSpan;
        double[][] offsets = {{0, 1}, {0, -1}, {-beside, 1}, {beside, -1}, {-beside, -1}, {beside, 1}};
        double[] best = null;
        int fewest = Integer.MAX_VALUE;
        for (double[] offset : offsets) {
            double cx = Math.max(xRange[0] + halfWidth, Math.min(xRange[1] - halfWidth, x[i] + offset[0]));
            double cy = y[i] + offset[1] * LABEL_OFFSET * ySpan;
            if (cy + halfHeight > yRange[1] || cy - halfHeight < yRange[0]) {
                continue;
            }
            int crossings = crossings(x, y, cx, cy, halfWidth + LABEL_GAP * xSpan, halfHeight + LABEL_GAP * ySpan);
            if (crossings < fewest) {
                fewest = crossings;
                best = new double[] {cx, cy};
            }
            if (crossings == 0) {
                break;
            }
        }
        return best != null ? best : new double[] {x[i], y[i] + LABEL_OFFSET * ySpan};
    }

    /** Clearance between a label and the line (its stroke is a few pixels wide), as a fraction of the span. */
    static final double LABEL_GAP = 0.01;

    /** How many points sampled along the line lie in the rectangle centred at (cx, cy). */
    static int crossings(double[] x, double[] y, double cx, double cy, double halfWidth, double halfHeight) {
        int crossings = 0;
        for (int s = 0; s + 1 < x.length; s++) {
            for (int k = 0; k <= SAMPLES; k++) {
                double px = x[s] + (x[s + 1] - x[s]) * k / SAMPLES;
                double py = y[s] + (y[s + 1] - y[s]) * k / SAMPLES;
                if (Math.abs(px - cx) <= halfWidth && Math.abs(py - cy) <= halfHeight) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    /** Points tested along each segment of the line for {@link #labelPlace}. */
    private static final int SAMPLES = 200;

    private static XYSeries line(XYChart chart, String name, double[] x, double[] y, boolean dl4j) {
        XYSeries series = chart.addSeries(name, x, y);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.CIRCLE);
        series.setLineColor(dl4j ? ChartStyle.DL4J : ChartStyle.HAND);
        series.setMarkerColor(dl4j ? ChartStyle.DL4J : ChartStyle.HAND);
        series.setLineStyle(dl4j ? ChartStyle.dashed(2f) : ChartStyle.stroke(4f));
        return series;
    }

    private static double[] percent(double[] fractions) {
        double[] p = new double[fractions.length];
        for (int i = 0; i < fractions.length; i++) {
            p[i] = 100 * fractions[i];
        }
        return p;
    }
}
