package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;

class SoftmaxBarsChartTest {

    /** The guide's softmax table (section 7), probabilities to four places. */
    private static final List<double[]> INPUTS = List.of(
            new double[] {1}, new double[] {1, 1}, new double[] {0, 1}, new double[] {2, 4}, new double[] {5, 10},
            new double[] {-1, 0, 1}, new double[] {1, 2, 4});
    private static final List<double[]> PROBABILITIES = List.of(
            new double[] {1}, new double[] {0.5, 0.5}, new double[] {0.2689, 0.7311}, new double[] {0.1192, 0.8808},
            new double[] {0.0067, 0.9933}, new double[] {0.0900, 0.2447, 0.6652}, new double[] {0.0420, 0.1142, 0.8438});

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    @Test
    void oneChartPerRowWithItsClassesAndProbabilities() {
        List<CategoryChart> charts = SoftmaxBarsChart.charts(INPUTS, PROBABILITIES);
        assertEquals(INPUTS.size(), charts.size(), "one chart per row of the table");
        for (int row = 0; row < charts.size(); row++) {
            CategorySeries series = charts.get(row).getSeriesMap().get(SoftmaxBarsChart.SERIES);
            int classes = INPUTS.get(row).length;
            assertEquals(SoftmaxBarsChart.classNames(classes), new ArrayList<>(series.getXData()), "classes of row " + row);
            List<Double> expected = new ArrayList<>();
            for (double p : PROBABILITIES.get(row)) {
                expected.add(p);
            }
            assertEquals(expected, new ArrayList<>(series.getYData()), "probabilities of row " + row);
        }
        assertEquals("softmax([2, 4])", charts.get(3).getTitle(), "title of row 4");
        assertEquals("softmax([−1, 0, 1])", charts.get(5).getTitle(), "title of row 6, with a minus sign");
        assertEquals(List.of("y1", "y2", "y3"), SoftmaxBarsChart.classNames(3), "class names");
        for (CategoryChart chart : charts) {
            assertRendersNotBlank(chart);
        }
    }

    @Test
    void rejectsRowsOfDifferentLengths() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SoftmaxBarsChart.chart(new double[] {1, 2}, new double[] {1}));
        assertEquals("input has 2 values but probabilities has 1", error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SoftmaxBarsChart.charts(INPUTS, PROBABILITIES.subList(0, 2)));
    }
}
