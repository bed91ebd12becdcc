package nnbasics.charts;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.WeakHashMap;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import org.knowm.xchart.AnnotationText;
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

    /** Bars at least this tall carry their label inside, below the top; shorter ones just above. */
    static final double INSIDE_FROM = 0.5;
    /** The label's centre from the bar's top, in probability units (about a line of text at this size). */
    static final double LABEL_OFFSET = 0.05;

    /** The invisible spacer series' heights (see {@link #addSpacers}): 0 and one a millionth above it. */
    private static final double[] SPACERS = {0.0, 1e-6};
    private static final Color INVISIBLE = new Color(0, 0, 0, 0);

    /** Each chart's bar labels (XChart offers no way to list or remove a chart's annotations). */
    private static final Map<CategoryChart, List<AnnotationText>> LABELS = new WeakHashMap<>();

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
        addSpacers(chart, input.length);
        chart.getStyler().setOverlapped(true);
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setYAxisMax(1.0);
        // the same ticks in every panel (0, 0.2, … 1), whatever the bars
        chart.getStyler().setyAxisTickLabelsFormattingFunction(SoftmaxBarsChart::tick);
        // XChart's own bar labels use the tick format and sink below the baseline on a short bar; each probability
        // is written as an annotation instead, to four places like the printed table, inside a tall bar's top and
        // just above a short bar
        chart.getStyler().setLabelsVisible(false);
        chart.getStyler().setAnnotationTextFont(ChartStyle.TICK_FONT);
        chart.getStyler().setAnnotationTextFontColor(ChartStyle.DATA);
        label(chart, probabilities);
        chart.getStyler().setChartTitleFont(ChartStyle.AXIS_TITLE_FONT.deriveFont(Font.BOLD));
        chart.getStyler().setAvailableSpaceFill(0.6);
        return chart;
    }

    /**
     * Redraws one chart for new probabilities (the explore window's softmax tab): the bars, their labels and
     * nothing else.
     */
    public static void update(CategoryChart chart, double[] probabilities) {
        Check.finite("probabilities", probabilities);
        chart.updateCategorySeries(SERIES, classNames(probabilities.length), boxed(probabilities), null);
        for (int s = 0; s < SPACERS.length; s++) {
            chart.updateCategorySeries(spacerName(s), classNames(probabilities.length),
                    boxed(filled(probabilities.length, SPACERS[s])), null);
        }
        label(chart, probabilities);
    }

    /**
     * XChart puts a category chart's y ticks on the data's values when the distinct values are evenly spaced (one
     * or two of them: softmax([1]) got ticks 0 and 1, softmax([1, 1]) 0, 0.5 and 1). Two invisible series (no
     * fill, drawn over the bars, out of the legend) add the values {@link #SPACERS}, so every panel gets the same
     * ticks 0, 0.2, … 1.
     */
    private static void addSpacers(CategoryChart chart, int classes) {
        for (int s = 0; s < SPACERS.length; s++) {
            CategorySeries spacer = chart.addSeries(spacerName(s), classNames(classes),
                    boxed(filled(classes, SPACERS[s])));
            spacer.setChartCategorySeriesRenderStyle(CategorySeriesRenderStyle.Bar);
            spacer.setFillColor(INVISIBLE);
            spacer.setLineColor(INVISIBLE);
            spacer.setShowInLegend(false);
        }
    }

    static String spacerName(int s) {
        return "(tick spacer " + (s + 1) + ")";
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    /** Places label k over bar k, adding annotations as needed and hiding those beyond the bars. */
    private static void label(CategoryChart chart, double[] probabilities) {
        List<AnnotationText> labels;
        synchronized (LABELS) {
            labels = LABELS.computeIfAbsent(chart, c -> new ArrayList<>());
        }
        for (int k = 0; k < Math.max(labels.size(), probabilities.length); k++) {
            if (k == labels.size()) {
                AnnotationText text = new AnnotationText("", 0, 0, false);
                chart.addAnnotation(text);
                labels.add(text);
            }
            AnnotationText text = labels.get(k);
            if (k >= probabilities.length) {
                text.setVisible(false);
                continue;
            }
            double p = probabilities[k];
            text.setText(label(p));
            // a category chart's x runs 0 … n over its n categories: class k's centre is k + ½
            text.setX(k + 0.5);
            text.setY(p >= INSIDE_FROM ? p - LABEL_OFFSET : p + LABEL_OFFSET);
            text.setVisible(true);
        }
    }

    /** A probability as the table prints it: four places, "0.0900", "0.0420", "1.0000". */
    public static String label(double probability) {
        return String.format(Locale.ROOT, "%.4f", probability);
    }

    /** A y tick: "0", "0.2", … "1" (the tick calculator's 0.6000000000000001 read as 0.6). */
    static String tick(double value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(value);
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
