package nnbasics.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The guide's sequel: activations f(z) and their derivatives f'(z) on one chart, each activation in its own colour,
 * the curve solid and the derivative dashed. A derivative that jumps (ReLU's, from 0 to 1 at z = 0) is drawn with a
 * gap at the jump rather than a vertical line that no function has.
 */
public final class ActivationChart {

    /** A jump between two neighbouring points larger than this is a discontinuity, not a slope. */
    static final double JUMP = 0.5;

    /**
     * One activation.
     *
     * @param name            the legend entry of the curve, e.g. "sigmoid σ(z)"
     * @param derivativeName  the legend entry of the derivative, e.g. "σ′(z) = σ(1 − σ)"
     * @param values          f(z) at each z
     * @param derivatives     f'(z) at each z
     */
    public record Curve(String name, String derivativeName, double[] values, double[] derivatives) {
    }

    private ActivationChart() {
    }

    /**
     * @param z      the points, increasing
     * @param curves the activations
     * @param title  the chart title
     */
    public static XYChart chart(double[] z, List<Curve> curves, String title) {
        Check.finite("z", z);
        if (curves.isEmpty()) {
            throw new IllegalArgumentException("curves is empty: nothing to draw");
        }
        XYChart chart = ChartStyle.xyChart(title, "z (the unit's weighted sum)", "f(z) solid, f′(z) dashed");
        for (int c = 0; c < curves.size(); c++) {
            Curve curve = curves.get(c);
            Check.sameLength("z", z, curve.name(), curve.values());
            Check.sameLength("z", z, curve.derivativeName(), curve.derivatives());
            Check.finite(curve.name(), curve.values());
            Check.finite(curve.derivativeName(), curve.derivatives());
            Color color = ChartStyle.sequence(c);
            line(chart, curve.name(), z, curve.values(), color, ChartStyle.stroke(2.5f));
            line(chart, curve.derivativeName(), z, curve.derivatives(), color, ChartStyle.dashed(2f));
        }
        chart.getStyler().setXAxisMin(z[0]);
        chart.getStyler().setXAxisMax(z[z.length - 1]);
        chart.getStyler().setYAxisMin(-1.1);
        chart.getStyler().setYAxisMax(1.6);
        chart.getStyler().setXAxisDecimalPattern("0");
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        return chart;
    }

    private static void line(XYChart chart, String name, double[] z, double[] y, Color color,
                             java.awt.BasicStroke stroke) {
        List<Double> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < z.length; i++) {
            if (i > 0 && Math.abs(y[i] - y[i - 1]) > JUMP) {
                xs.add(Double.NaN); // XChart leaves a gap at NaN
                ys.add(Double.NaN);
            }
            xs.add(z[i]);
            ys.add(y[i]);
        }
        XYSeries series = chart.addSeries(name, xs, ys);
        series.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        series.setMarker(SeriesMarkers.NONE);
        series.setLineColor(color);
        series.setLineStyle(stroke);
    }
}
