package nnbasics.charts;

import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * The sequel's unpublished bar chart: how many training rows a network classifies right against the number of its
 * hidden units, one bar per engine and width (0 units: softmax regression).
 */
public final class HiddenUnitsChart {

    public static final String HAND = "hand-written";
    public static final String DL4J = "DL4J";

    private HiddenUnitsChart() {
    }

    /**
     * @param units the hidden units of each network
     * @param hand  rows right, hand-written engine
     * @param dl4j  rows right, DL4J (its {@code Evaluation})
     * @param rows  the number of rows (the y axis ends there)
     * @param title the chart title
     */
    public static CategoryChart chart(int[] units, int[] hand, int[] dl4j, int rows, String title) {
        if (units.length == 0) {
            throw new IllegalArgumentException("units is empty: nothing to draw");
        }
        Check.sameLength("units", units.length, "hand", hand.length);
        Check.sameLength("units", units.length, "dl4j", dl4j.length);
        List<String> names = new ArrayList<>();
        List<Integer> handRight = new ArrayList<>();
        List<Integer> dl4jRight = new ArrayList<>();
        for (int i = 0; i < units.length; i++) {
            names.add(units[i] == 0 ? "0 (softmax regression)" : Integer.toString(units[i]));
            handRight.add(hand[i]);
            dl4jRight.add(dl4j[i]);
        }
        CategoryChart chart = ChartStyle.categoryChart(ChartStyle.WIDTH, ChartStyle.HEIGHT, title,
                "hidden units (tanh)", "houses classified right (of " + rows + ")");
        CategorySeries h = chart.addSeries(HAND, names, handRight);
        h.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        h.setFillColor(ChartStyle.HAND);
        CategorySeries d = chart.addSeries(DL4J, names, dl4jRight);
        d.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        d.setFillColor(ChartStyle.DL4J);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax((double) rows);
        chart.getStyler().setYAxisDecimalPattern("0");
        chart.getStyler().setLegendPosition(LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(LegendLayout.Horizontal);
        chart.getStyler().setOverlapped(false);
        chart.getStyler().setLabelsVisible(true);
        return chart;
    }
}
