package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeriesNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class ClassProbabilityChartTest {

    private static final List<String> HOUSES = List.of("1 (good)", "2 (good)", "3 (bad)");
    /** Any probabilities will do for drawing; the two engines agree to round-off. */
    private static final double[] HAND = {0.81, 0.64, 0.22};
    private static final double[] DL4J = {0.8100000000000001, 0.64, 0.22};

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    static List<Double> boxed(double... values) {
        List<Double> list = new ArrayList<>();
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    @Test
    void groupedBarsForBothEngines() {
        CategoryChart chart = ClassProbabilityChart.chart(HOUSES, "good", HAND, DL4J);
        assertSeriesNames(chart, List.of(ClassProbabilityChart.HAND, ClassProbabilityChart.DL4J));
        CategorySeries hand = chart.getSeriesMap().get(ClassProbabilityChart.HAND);
        CategorySeries dl4j = chart.getSeriesMap().get(ClassProbabilityChart.DL4J);
        assertEquals(HOUSES, new ArrayList<>(hand.getXData()), "houses of the hand-written bars");
        assertEquals(boxed(HAND), new ArrayList<>(hand.getYData()), "hand-written probabilities");
        assertEquals(boxed(DL4J), new ArrayList<>(dl4j.getYData()), "DL4J probabilities");
        assertEquals(ChartStyle.HAND, hand.getFillColor(), "hand-written colour");
        assertEquals(ChartStyle.DL4J, dl4j.getFillColor(), "DL4J colour");
        assertEquals("P(good)", chart.getYAxisTitle(), "y-axis title");
        assertRendersNotBlank(chart);
    }

    @Test
    void rejectsValuesThatAreNotProbabilities() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> ClassProbabilityChart.chart(HOUSES, "good", new double[] {0.5, 1.5, 0.2}, DL4J));
        assertEquals("hand-written[1] is 1.5: a probability lies in [0, 1]", error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ClassProbabilityChart.chart(HOUSES, "good", new double[] {0.5}, DL4J));
    }
}
