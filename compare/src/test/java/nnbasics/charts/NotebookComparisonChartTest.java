package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeriesNames;
import static nnbasics.charts.ClassProbabilityChartTest.boxed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;

class NotebookComparisonChartTest {

    private static final List<String> HOUSES = List.of("1 (good)", "4 (bad)", "5 (bad)");
    /** The notebook's tiny weights leave every P(good) just above ½ (section 8: every house predicted good). */
    private static final double[] NOTEBOOK = {0.5003, 0.5002, 0.5004};
    private static final double[] CROSS_ENTROPY = {0.91, 0.12, 0.03};

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void bothModelsAndTheThresholdAtOneHalf() {
        CategoryChart chart = NotebookComparisonChart.chart(HOUSES, NOTEBOOK, CROSS_ENTROPY);
        assertSeriesNames(chart, List.of(NotebookComparisonChart.NOTEBOOK, NotebookComparisonChart.CROSS_ENTROPY,
                GroupedBars.HALF));
        assertEquals(boxed(NOTEBOOK), new ArrayList<>(chart.getSeriesMap().get(NotebookComparisonChart.NOTEBOOK).getYData()),
                "notebook P(good)");
        assertEquals(boxed(CROSS_ENTROPY),
                new ArrayList<>(chart.getSeriesMap().get(NotebookComparisonChart.CROSS_ENTROPY).getYData()),
                "cross-entropy P(good)");
        assertEquals(boxed(0.5, 0.5, 0.5), new ArrayList<>(chart.getSeriesMap().get(GroupedBars.HALF).getYData()),
                "the threshold is ½ for every house");
        assertEquals(CategorySeriesRenderStyle.Line,
                chart.getSeriesMap().get(GroupedBars.HALF).getChartCategorySeriesRenderStyle(), "the threshold is a line");
        assertRendersNotBlank(chart);
    }
}
