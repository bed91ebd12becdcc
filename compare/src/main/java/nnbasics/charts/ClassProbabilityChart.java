package nnbasics.charts;

import java.util.List;
import org.knowm.xchart.CategoryChart;

/**
 * Section 7: the probability of one class for every house, from both engines side by side (grouped bars: the
 * hand-written engine, then DL4J). Equal bars are the point of the picture.
 *
 * <p>Series: {@link #HAND}, {@link #DL4J}.
 */
public final class ClassProbabilityChart {

    public static final String HAND = "hand-written";
    public static final String DL4J = "DL4J";

    private ClassProbabilityChart() {
    }

    /** With a default title, "P(good) per house: hand-written and DL4J". */
    public static CategoryChart chart(List<String> houses, String className, double[] hand, double[] dl4j) {
        return chart(houses, className, hand, dl4j, "P(" + className + ") per house: hand-written and DL4J");
    }

    /**
     * @param houses    one label per house (the x-axis categories), e.g. "1", "2", … or "2104 sq ft"
     * @param className the class whose probability is drawn, e.g. "good"
     * @param hand      P(class) per house from the hand-written engine
     * @param dl4j      P(class) per house from DL4J
     * @param title     the chart title
     */
    public static CategoryChart chart(List<String> houses, String className, double[] hand, double[] dl4j, String title) {
        return GroupedBars.chart(houses, List.of(
                        new GroupedBars.Bars(HAND, ChartStyle.HAND, hand),
                        new GroupedBars.Bars(DL4J, ChartStyle.DL4J, dl4j)),
                "P(" + className + ")", title, false);
    }
}
