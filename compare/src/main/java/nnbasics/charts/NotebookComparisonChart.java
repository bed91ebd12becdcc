package nnbasics.charts;

import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * Section 8: P(good) per house from the companion notebook's model (squared error on the softmax outputs, raw
 * features, learning rate 1e−6: every house ends up "good") against the cross-entropy model on standardised
 * features, as grouped bars with a dashed line at ½ — a bar above it means the house is predicted good.
 *
 * <p>Series: {@link #NOTEBOOK}, {@link #CROSS_ENTROPY}, then the threshold line at ½.
 */
public final class NotebookComparisonChart {

    public static final String NOTEBOOK = "notebook (squared error, raw features)";
    public static final String CROSS_ENTROPY = "cross-entropy (standardised features)";

    private NotebookComparisonChart() {
    }

    /** With a default title. */
    public static CategoryChart chart(List<String> houses, double[] notebook, double[] crossEntropy) {
        return chart(houses, notebook, crossEntropy, "P(good) per house: the notebook's model and cross-entropy");
    }

    /**
     * @param houses       one label per house, e.g. "1 (good)"
     * @param notebook     P(good) per house from the notebook's model
     * @param crossEntropy P(good) per house from the cross-entropy model
     * @param title        the chart title
     */
    public static CategoryChart chart(List<String> houses, double[] notebook, double[] crossEntropy, String title) {
        return GroupedBars.chart(houses, List.of(
                        new GroupedBars.Bars(NOTEBOOK, ChartStyle.NOTEBOOK, notebook),
                        new GroupedBars.Bars(CROSS_ENTROPY, ChartStyle.CROSS_ENTROPY, crossEntropy)),
                "P(good)", title, true);
    }
}
