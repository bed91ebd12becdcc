package nnbasics.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;

/** The MNIST pictures, drawn without any window. */
class MnistChartsTest {

    @Test
    void oneLinePerEngineAndOnePointPerEpoch() {
        XYChart chart = MnistCharts.accuracy(List.of("hand", "dl4j"),
                List.of(new double[] {0.9, 0.91}, new double[] {0.9, 0.91}));
        assertEquals(2, chart.getSeriesMap().size(), "two engines");
        assertEquals(91.0, chart.getSeriesMap().get(ConvergenceChart.DL4J).getYData()[1], 1e-12, "percent");
        assertEquals(2.0, chart.getSeriesMap().get(ConvergenceChart.HAND).getXData()[1], 0.0, "epochs count from 1");
    }

    @Test
    void theTemplatesUseADivergingScaleAroundZero() {
        double[] w = new double[7840];
        w[0] = 1.0;          // pixel 0, digit 0: the largest positive weight
        w[1] = -1.0;         // pixel 0, digit 1: the largest negative weight
        BufferedImage image = MnistCharts.weightTemplates(w, "test");
        assertEquals(MnistCharts.diverging(1.0, 1.0), MnistCharts.diverging(2.0, 1.0), "clipped at the limit");
        assertEquals(Color.WHITE, MnistCharts.diverging(0.0, 1.0), "zero is white");
        assertEquals(true, MnistCharts.diverging(1.0, 1.0).getRed() > MnistCharts.diverging(1.0, 1.0).getBlue(),
                "positive is red");
        assertEquals(true, MnistCharts.diverging(-1.0, 1.0).getBlue() > MnistCharts.diverging(-1.0, 1.0).getRed(),
                "negative is blue");
        assertEquals(true, image.getWidth() > 5 * 28 && image.getHeight() > 2 * 28, "ten 28×28 tiles");
    }

    @Test
    void refusesWeightsOfTheWrongSize() {
        assertThrows(IllegalArgumentException.class, () -> MnistCharts.weightTemplates(new double[10], "test"));
    }

    @Test
    void aHiddenLayersFirstUnitsAreDrawnEightPerRow() {
        double[] w = new double[784 * 128];
        w[5] = 1.0;          // pixel 0, unit 5
        BufferedImage image = MnistCharts.unitTemplates(w, 128, 32, "test");
        BufferedImage one = MnistCharts.unitTemplates(w, 128, 8, "test");
        assertEquals(one.getWidth(), image.getWidth(), "eight tiles per row");
        assertEquals(true, image.getHeight() > 3 * one.getHeight(), "four rows of 28×28 tiles for 32 units");
        assertThrows(IllegalArgumentException.class, () -> MnistCharts.unitTemplates(w, 128, 129, "test"));
        assertThrows(IllegalArgumentException.class, () -> MnistCharts.unitTemplates(new double[784], 128, 8, "t"));
    }

    @Test
    void theConfusionMatrixIsDrawn() {
        int[][] counts = new int[10][10];
        for (int d = 0; d < 10; d++) {
            counts[d][d] = 100;
        }
        BufferedImage image = MnistCharts.confusion(counts, "test");
        assertEquals(true, image.getWidth() > 10 * 40, "ten columns");
    }
}
