package nnbasics.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A two-class softmax is a sigmoid: p₁ = e^{z₁} / (e^{z₁} + e^{z₂}) = 1 / (1 + e^{−(z₁ − z₂)}) = σ(z₁ − z₂). The
 * chart puts every point of a (z₁, z₂) grid at x = z₁ − z₂ with its softmax p₁ as a dot, and σ as a line: the
 * dots of all the pairs with the same difference fall on one point of the curve.
 */
public final class SoftmaxSigmoidChart {

    public static final String SIGMOID = "σ(z₁ − z₂) = 1 / (1 + e^−(z₁ − z₂))";

    private SoftmaxSigmoidChart() {
    }

    /**
     * @param differences z₁ − z₂ of each grid point
     * @param softmax     softmax([z₁, z₂])₁ of each grid point
     * @param z           the points of the sigmoid's line, increasing
     * @param sigmoid     σ at each of {@code z}
     * @param largestGap  max |p₁ − σ(z₁ − z₂)| over the grid, for the legend
     * @param title       the chart title
     */
    public static XYChart chart(double[] differences, double[] softmax, double[] z, double[] sigmoid,
                                double largestGap, String title) {
        Check.finite("differences", differences);
        Check.finite("softmax", softmax);
        Check.sameLength("differences", differences, "softmax", softmax);
        Check.finite("z", z);
        Check.sameLength("z", z, "sigmoid", sigmoid);
        XYChart chart = ChartStyle.xyChart(title, "z₁ − z₂ (difference of the two logits)", "probability of class 1");
        XYSeries line = chart.addSeries(SIGMOID, z, sigmoid);
        line.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(ChartStyle.REFERENCE);
        line.setLineStyle(ChartStyle.stroke(6f));
        XYSeries dots = chart.addSeries("softmax([z₁, z₂])₁, " + differences.length + " grid points (z₁, z₂); "
                + "largest gap " + ChartStyle.number(largestGap).replace("e-", "e−"), differences, softmax);
        dots.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        dots.setMarker(SeriesMarkers.CIRCLE);
        dots.setMarkerColor(ChartStyle.HAND);
        chart.getStyler().setMarkerSize(6);
        chart.getStyler().setXAxisMin(z[0]);
        chart.getStyler().setXAxisMax(z[z.length - 1]);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        return chart;
    }
}
