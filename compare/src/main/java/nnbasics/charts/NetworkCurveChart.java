package nnbasics.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A regression network's curve against the least-squares line: the target against one feature, the data as dots,
 * the line and the network's predictions along the feature's range (any other features held at their means).
 *
 * <p>Series: {@link #DATA}, {@link #LINEAR}, {@link #NETWORK}, in that order.
 */
public final class NetworkCurveChart {

    public static final String DATA = "data";
    public static final String LINEAR = "least-squares line";
    public static final String NETWORK = "network";

    private NetworkCurveChart() {
    }

    /**
     * @param x        the feature of every row
     * @param y        the target of every row
     * @param grid     the feature's values along its range, ascending
     * @param linear   the linear model's prediction at each grid value
     * @param network  the network's prediction at each grid value
     * @param xName    the feature's name (the x axis)
     * @param yName    the target's name (the y axis)
     * @param title    the chart title, e.g. the network's architecture
     */
    public static XYChart chart(double[] x, double[] y, double[] grid, double[] linear, double[] network, String xName,
                                String yName, String title) {
        Check.finite("x", x);
        Check.finite("y", y);
        Check.sameLength("x", x, "y", y);
        Check.finite("linear", linear);
        Check.finite("network", network);
        Check.sameLength("grid", grid, "linear", linear);
        Check.sameLength("grid", grid, "network", network);
        XYChart chart = ChartStyle.xyChart(title, xName, yName);
        XYSeries data = chart.addSeries(DATA, x.clone(), y.clone());
        data.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        data.setMarker(SeriesMarkers.CIRCLE);
        data.setMarkerColor(ChartStyle.DATA);
        XYSeries line = chart.addSeries(LINEAR, grid.clone(), linear.clone());
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(ChartStyle.REFERENCE);
        line.setLineStyle(ChartStyle.dashed(2f));
        XYSeries curve = chart.addSeries(NETWORK, grid.clone(), network.clone());
        curve.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        curve.setMarker(SeriesMarkers.NONE);
        curve.setLineColor(ChartStyle.HAND);
        curve.setLineStyle(ChartStyle.stroke(2.5f));
        chart.getStyler().setYAxisDecimalPattern("#,##0.##");   // prices as 350,000, not 3.5E5
        return chart;
    }
}
