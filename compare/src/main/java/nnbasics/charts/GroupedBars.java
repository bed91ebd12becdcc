package nnbasics.charts;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Grouped probability bars per house, shared by the classifier charts (sections 7 and 8). */
final class GroupedBars {

    /** The name of the optional dashed line at probability ½. */
    static final String HALF = "½ (decision threshold)";

    /** One bar series: a name, a colour and one probability per house. */
    record Bars(String name, Color color, double[] values) {
    }

    private GroupedBars() {
    }

    static CategoryChart chart(List<String> houses, List<Bars> bars, String yAxisTitle, String title, boolean half) {
        if (houses.isEmpty()) {
            throw new IllegalArgumentException("houses is empty: nothing to draw");
        }
        int width = Math.max(ChartStyle.WIDTH, 160 + 70 * houses.size());
        CategoryChart chart = ChartStyle.categoryChart(width, ChartStyle.HEIGHT, title, "house", yAxisTitle);
        for (Bars series : bars) {
            Check.finite(series.name(), series.values());
            Check.sameSize("houses", houses, series.name(), series.values().length);
            for (int i = 0; i < series.values().length; i++) {
                double p = series.values()[i];
                if (p < 0 || p > 1) {
                    throw new IllegalArgumentException(series.name() + "[" + i + "] is " + p + ": a probability lies in [0, 1]");
                }
            }
            CategorySeries drawn = chart.addSeries(series.name(), List.copyOf(houses), SoftmaxBarsChart.boxed(series.values()));
            drawn.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
            drawn.setFillColor(series.color());
        }
        if (half) {
            double[] halves = new double[houses.size()];
            Arrays.fill(halves, 0.5);
            CategorySeries threshold = chart.addSeries(HALF, List.copyOf(houses), SoftmaxBarsChart.boxed(halves));
            threshold.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Line);
            threshold.setLineColor(ChartStyle.REFERENCE);
            threshold.setLineStyle(ChartStyle.dashed(1.5f));
            threshold.setMarker(SeriesMarkers.NONE);
        }
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        chart.getStyler().setYAxisDecimalPattern("0.0");
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(LegendLayout.Horizontal);
        chart.getStyler().setAvailableSpaceFill(0.75);
        chart.getStyler().setOverlapped(false);
        return chart;
    }
}
