package nnbasics.charts;

import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Section 5: predicted against actual price for the two-variable model price = w1 · area + w2 · bathrooms + b.
 * A perfect model puts every house on the dashed line y = x; the vertical distance to it is the error.
 *
 * <p>Series: {@link #IDEAL} (the y = x line across the range of both axes), then {@link #HOUSES}.
 */
public final class PredictedActualChart {

    public static final String IDEAL = "perfect prediction (y = x)";
    public static final String HOUSES = "houses";

    private PredictedActualChart() {
    }

    /** With a default title. */
    public static XYChart chart(double[] actual, double[] predicted) {
        return chart(actual, predicted, "Predicted against actual price");
    }

    /**
     * @param actual    the actual prices ($1000)
     * @param predicted the model's predictions for the same houses ($1000)
     * @param title     the chart title
     */
    public static XYChart chart(double[] actual, double[] predicted, String title) {
        Check.finite("actual", actual);
        Check.finite("predicted", predicted);
        Check.sameLength("actual", actual, "predicted", predicted);

        double[] both = new double[actual.length * 2];
        System.arraycopy(actual, 0, both, 0, actual.length);
        System.arraycopy(predicted, 0, both, actual.length, predicted.length);
        double[] range = HousesChart.paddedRange(both);

        XYChart chart = ChartStyle.xyChart(640, 560, title, "actual " + ChartStyle.PRICE, "predicted " + ChartStyle.PRICE);
        XYSeries ideal = chart.addSeries(IDEAL, range.clone(), range.clone());
        ideal.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        ideal.setMarker(SeriesMarkers.NONE);
        ideal.setLineColor(ChartStyle.REFERENCE);
        ideal.setLineStyle(ChartStyle.dashed(1.5f));

        XYSeries houses = chart.addSeries(HOUSES, actual.clone(), predicted.clone());
        houses.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        houses.setMarker(SeriesMarkers.CIRCLE);
        houses.setMarkerColor(ChartStyle.HAND);

        // the same range on both axes, so y = x is the diagonal
        chart.getStyler().setXAxisMin(range[0]);
        chart.getStyler().setXAxisMax(range[1]);
        chart.getStyler().setYAxisMin(range[0]);
        chart.getStyler().setYAxisMax(range[1]);
        chart.getStyler().setXAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
        return chart;
    }
}
