package nnbasics.explore;

import nnbasics.charts.ChartStyle;
import nnbasics.charts.Thinning;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The "error log": the MSE after every update (log scale), built once and updated in place. */
final class ErrorLogChart {

    static final String SERIES = "error (hand-written)";
    /** The latest error, a dot (a line of one point would draw nothing). */
    static final String LATEST = "latest";

    private final XYChart chart;

    ErrorLogChart(double[] log) {
        chart = Controls.xyChart("Error log: MSE after every update", "update", "MSE (log scale)");
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setLegendVisible(false);
        XYSeries series = chart.addSeries(SERIES, xs(log), log.clone());
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(ChartStyle.HAND);
        XYSeries latest = chart.addSeries(LATEST, new double[] {0}, new double[] {log[0]});
        latest.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        latest.setMarker(SeriesMarkers.CIRCLE);
        latest.setMarkerColor(ChartStyle.HAND);
        update(log);
    }

    XYChart chart() {
        return chart;
    }

    void update(double[] log) {
        int[] kept = Thinning.evenly(log.length, Thinning.MAX_POINTS);
        chart.updateXYSeries(SERIES, Thinning.asDoubles(kept), Thinning.pick(log, kept), null);
        chart.updateXYSeries(LATEST, new double[] {log.length - 1}, new double[] {log[log.length - 1]}, null);
        chart.setTitle("Error log: MSE after every update (now " + ChartStyle.number(log[log.length - 1]) + ")");
        // a log axis needs a span: a single point gets a decade around it
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (double e : log) {
            min = Math.min(min, e);
            max = Math.max(max, e);
        }
        chart.getStyler().setXAxisMin(0.0);
        chart.getStyler().setXAxisMax((double) Math.max(1, log.length - 1));
        chart.getStyler().setYAxisMin(Math.max(min, 1e-300) / 2);
        chart.getStyler().setYAxisMax(Math.max(max, min * 10) * 2);
    }

    private static double[] xs(double[] log) {
        double[] x = new double[log.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        return x;
    }
}
