package nnbasics.compare.explore;

import java.awt.BasicStroke;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import nnbasics.compare.charts.ChartStyle;
import nnbasics.compare.charts.Thinning;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The playground's two small charts, built afresh from the model's logs: the loss of both engines per step, and the
 * twin difference per step (log scale) against the tolerance.
 */
final class PlaygroundCharts {

    static final String HAND = "hand-written";
    static final String DL4J = "DL4J";
    static final String DIFFERENCE = "twin difference d_k";
    static final String TOLERANCE = "tolerance";
    /** A log axis cannot show 0 (the same start is 0 apart): such steps are drawn at this floor. */
    static final double FLOOR = 1e-17;

    private PlaygroundCharts() {
    }

    /**
     * The cross-entropy per step, the hand-written engine solid, DL4J dashed over it.
     *
     * @param start the loss at the start, drawn alone before the first step
     */
    static XYChart loss(List<Double> hand, List<Double> dl4j, double start) {
        XYChart chart = small("Loss (cross-entropy)", "L");
        if (hand.isEmpty()) {
            chart.setTitle("Loss (cross-entropy) at the start");
            hand = List.of(start, start);
            dl4j = hand;
        }
        line(chart, HAND, hand, ChartStyle.HAND, null);
        line(chart, DL4J, dl4j, ChartStyle.DL4J, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER,
                10f, new float[] {6f, 6f}, 0f));
        return chart;
    }

    /** d_k per step on a log scale, the tolerance as a line; the title red when some d_k is above it. */
    static XYChart difference(List<Double> differences, double tolerance) {
        XYChart chart = small("Twin difference per step", "d_k (0 at 1e−17)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setYAxisMin(FLOOR / 2);
        double largest = FLOOR;
        double[] floored = new double[Math.max(1, differences.size())];
        floored[0] = FLOOR;
        for (int k = 0; k < differences.size(); k++) {
            floored[k] = Math.max(FLOOR, differences.get(k));
            largest = Math.max(largest, floored[k]);
        }
        chart.getStyler().setYAxisMax(Math.max(largest, tolerance) * 20);
        boolean above = largest > tolerance;
        if (above) {
            chart.getStyler().setChartFontColor(ChartStyle.BAD);
        }
        line(chart, DIFFERENCE, Arrays.stream(floored).boxed().toList(), above ? ChartStyle.BAD
                : ChartStyle.DATA, null);
        int last = Math.max(1, differences.size() - 1);
        XYSeries bound = chart.addSeries(TOLERANCE + " " + ChartStyle.number(tolerance), new double[] {0, beyond(last)},
                new double[] {tolerance, tolerance});
        bound.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        bound.setMarker(SeriesMarkers.NONE);
        bound.setLineColor(ChartStyle.BAD);
        bound.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
                new float[] {4f, 4f}, 0f));
        return chart;
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

    private static void line(XYChart chart, String name, List<Double> values, Color colour, BasicStroke stroke) {
        double[] ys = values.stream().mapToDouble(Double::doubleValue).toArray();

        int[] kept = Thinning.evenly(ys.length, Thinning.MAX_POINTS);
        // XChart 3.8 puts the ticks of equally spaced x values that span the axis on the values themselves (0, 43,
        // 86, … for 300 steps: labels running into each other); an axis a little longer than the data gets round ones
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax(beyond(ys.length - 1));
        XYSeries series = chart.addSeries(name, Thinning.asDoubles(kept), Thinning.pick(ys, kept));
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(colour);
        if (stroke != null) {
            series.setLineStyle(stroke);
        }
    }
}
