package nnbasics.compare.charts;

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
        double yRange = chart.getStyler().getYAxisMax() - chart.getStyler().getYAxisMin();
        for (int i = 0; i < x.length; i++) {
            // the hand-written value; DL4J's is the same point when the legend says so
            chart.addAnnotation(new AnnotationText(String.format(Locale.ROOT, "%.2f %%", hand[i]), x[i],
                    hand[i] + 0.06 * yRange, false));
        }
        return chart;
    }

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
