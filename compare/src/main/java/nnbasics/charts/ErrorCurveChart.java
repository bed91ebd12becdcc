package nnbasics.charts;

import java.util.List;
import java.util.Objects;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Section 2 of the guide: the error of the one-weight model price = w · area as a function of w — a parabola — with
 * marked points such as the average-price pick w = 0.180 (MSE 2,058). The caller computes the curve (the
 * hand-written engine's mean squared error at each sampled weight); this class only draws it.
 *
 * <p>Series: {@link #CURVE}, then one scatter series per {@link Mark}, named by its label.
 */
public final class ErrorCurveChart {

    /** The sampled curve MSE(w). */
    public static final String CURVE = "mean squared error";

    /** A point to mark on the curve, e.g. ("average price per sq ft: w = 0.180", 0.180, 2057.73). */
    public record Mark(String label, double weight, double error) {

        public Mark {
            Objects.requireNonNull(label, "label");
            Check.finite("weight of mark " + label, weight);
            Check.finite("error of mark " + label, error);
        }
    }

    private ErrorCurveChart() {
    }

    /**
     * The curve through (weights[i], errors[i]) and the marks.
     *
     * @param weights sampled weights w ($1000 per sq ft), in the order to connect them
     * @param errors  the mean squared error at each weight ($1000²)
     * @param marks   points to highlight; may be empty
     * @param title   the chart title
     */
    public static XYChart chart(double[] weights, double[] errors, List<Mark> marks, String title) {
        Check.finite("weights", weights);
        Check.finite("errors", errors);
        Check.sameLength("weights", weights, "errors", errors);

        XYChart chart = ChartStyle.xyChart(title, "weight w ($1000 per sq ft)", "mean squared error ($1000²)");
        XYSeries curve = chart.addSeries(CURVE, weights.clone(), errors.clone());
        curve.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        curve.setMarker(SeriesMarkers.NONE);
        curve.setLineColor(ChartStyle.HAND);
        curve.setLineStyle(ChartStyle.stroke(2.5f));

        for (int m = 0; m < marks.size(); m++) {
            Mark mark = marks.get(m);
            XYSeries point = chart.addSeries(mark.label(), new double[] {mark.weight()}, new double[] {mark.error()});
            point.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            point.setMarker(m == 0 ? SeriesMarkers.CIRCLE : SeriesMarkers.DIAMOND);
            point.setMarkerColor(m == 0 ? ChartStyle.BAD : ChartStyle.sequence(m + 1));
        }
        chart.getStyler().setMarkerSize(12);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setXAxisDecimalPattern("0.0##");
        chart.getStyler().setLegendPosition(LegendPosition.InsideN);
        return chart;
    }
}
