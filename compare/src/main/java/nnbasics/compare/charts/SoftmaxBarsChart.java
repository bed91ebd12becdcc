package nnbasics.compare.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;

/**
 * Section 7's softmax table as bar charts: one small {@link CategoryChart} per input row, the classes y1 … yk on the
 * x-axis and their probabilities (0 … 1, printed on the bars to four places) on the y-axis. One chart per row
 * rather than one chart with subplots because the rows have different numbers of classes; {@link ChartFiles} can
 * save the list side by side as one image.
 *
 * <p>Each chart has a single series, {@link #SERIES}.
 */
public final class SoftmaxBarsChart {

    public static final String SERIES = "softmax";
    /** The size of each small chart. */
    public static final int WIDTH = 360;
    public static final int HEIGHT = 280;
    /** A light blue, so the dark probability printed at the top of each bar stays readable. */
    private static final Color BAR = new Color(0x9ecae1);

    private SoftmaxBarsChart() {
    }

    /**
     * @param inputs        the logits of each row, e.g. [2, 4]
     * @param probabilities softmax of each row, the same length as its input
     * @return one chart per row, titled "softmax([2, 4])"
     */
    public static List<CategoryChart> charts(List<double[]> inputs, List<double[]> probabilities) {
        Check.sameLength("inputs (rows)", inputs.size(), "probabilities (rows)", probabilities.size());
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("inputs is empty: nothing to draw");
        }
        List<CategoryChart> charts = new ArrayList<>();
        for (int row = 0; row < inputs.size(); row++) {
            charts.add(chart(inputs.get(row), probabilities.get(row)));
        }
        return charts;
    }

    /** One row: softmax(input) = probabilities. */
    public static CategoryChart chart(double[] input, double[] probabilities) {
        Check.finite("input", input);
        Check.finite("probabilities", probabilities);
        Check.sameLength("input", input, "probabilities", probabilities);

        CategoryChart chart = ChartStyle.categoryChart(WIDTH, HEIGHT, "softmax(" + vector(input) + ")", "class", "probability");
        CategorySeries series = chart.addSeries(SERIES, classNames(input.length), boxed(probabilities));
        series.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
        series.setFillColor(BAR);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        // "0.####": ticks read 0, 0.2, … and the bar labels (which use the same format) 0.2689, 0.7311
        chart.getStyler().setYAxisDecimalPattern("0.####");
        chart.getStyler().setLabelsVisible(true);
        chart.getStyler().setLabelsPosition(1.0);
        chart.getStyler().setLabelsFont(ChartStyle.TICK_FONT);
        chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
        chart.getStyler().setLabelsFontColor(ChartStyle.DATA);
        chart.getStyler().setChartTitleFont(ChartStyle.AXIS_TITLE_FONT.deriveFont(Font.BOLD));
        chart.getStyler().setAvailableSpaceFill(0.6);
        return chart;
    }

    /** "y1", "y2", … "yk". */
    static List<String> classNames(int classes) {
        List<String> names = new ArrayList<>();
        for (int k = 1; k <= classes; k++) {
            names.add("y" + k);
        }
        return names;
    }

    /** "[2, 4]", "[−1, 0, 1]". */
    static String vector(double[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(ChartStyle.number(values[i]).replace('-', '−'));
        }
        return text.append(']').toString();
    }

    static List<Double> boxed(double[] values) {
        List<Double> boxed = new ArrayList<>(values.length);
        for (double v : values) {
            boxed.add(v);
        }
        return boxed;
    }
}
