package nnbasics.charts;

import static nnbasics.charts.ChartAssertions.assertRendersNotBlank;
import static nnbasics.charts.ChartAssertions.assertSeries;
import static nnbasics.charts.ChartAssertions.series;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

class ErrorSurfaceChartTest {

    private static final double[] AREAS = {2104, 1600, 2400};
    private static final double[] PRICES = {399.9, 329.9, 369.0};
    /** The guide's 15 × 15 grid over weight [0, 0.4] × bias [0, 460]. */
    private static final int GRID = 15;
    /** Edges are products of powers: a few ulps of relative error. */
    private static final double EDGE_RATIO = 1e-12;
    /** Values are copied into the chart unchanged. */
    private static final double COPIED = 0.0;

    private final double[] ws = new double[GRID];
    private final double[] bs = new double[GRID];
    private final double[][] mse = new double[GRID][GRID];

    @BeforeAll
    static void headless() {
        ChartAssertions.headless();
    }

    ErrorSurfaceChartTest() {
        for (int i = 0; i < GRID; i++) {
            ws[i] = 0.4 * i / (GRID - 1);
            bs[i] = 460.0 * i / (GRID - 1);
        }
        for (int i = 0; i < GRID; i++) {
            for (int j = 0; j < GRID; j++) {
                mse[i][j] = mse(ws[i], bs[j]);
            }
        }
    }

    /** (1/n) Σ (w·x + b − y)², as the caller computes it. */
    private static double mse(double w, double b) {
        double sum = 0;
        for (int i = 0; i < AREAS.length; i++) {
            double error = w * AREAS[i] + b - PRICES[i];
            sum += error * error;
        }
        return sum / AREAS.length;
    }

    @Test
    void everyCellIsDrawnOnceInTheLevelOfItsError() {
        XYChart chart = ErrorSurfaceChart.chart(ws, bs, mse, new double[] {0, 0.05}, new double[] {0, 240}, "surface");
        double[] edges = ErrorSurfaceChart.levelEdges(mse);
        Map<String, Integer> seen = new HashMap<>();
        for (XYSeries series : chart.getSeriesMap().values()) {
            if (!series.getName().startsWith("cells ")) {
                continue;
            }
            int level = Integer.parseInt(series.getName().substring("cells ".length()));
            assertFalse(series.isShowInLegend(), "the cells of level " + level + " stay out of the legend");
            assertEquals(ErrorSurfaceChart.levelColor(level, ErrorSurfaceChart.LEVELS), series.getMarkerColor(),
                    "colour of level " + level);
            for (int c = 0; c < series.getXData().length; c++) {
                int i = indexOf(ws, series.getXData()[c]);
                int j = indexOf(bs, series.getYData()[c]);
                assertEquals(level, ErrorSurfaceChart.level(mse[i][j], edges), "level of cell (" + i + ", " + j + ")");
                String cell = i + "," + j;
                assertFalse(seen.containsKey(cell), "cell " + cell + " drawn twice");
                seen.put(cell, level);
            }
        }
        assertEquals(GRID * GRID, seen.size(), "cells drawn");
    }

    @Test
    void levelsAreLogSpacedFromTheSmallestToTheLargestError() {
        double[] edges = ErrorSurfaceChart.levelEdges(mse);
        assertEquals(ErrorSurfaceChart.LEVELS + 1, edges.length, "number of edges");
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] row : mse) {
            for (double v : row) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        assertEquals(lo, edges[0], COPIED, "lowest edge = smallest error");
        assertEquals(hi, edges[ErrorSurfaceChart.LEVELS], COPIED, "highest edge = largest error");
        // log-spaced: every ratio equals (hi / lo)^(1/L)
        double ratio = Math.pow(hi / lo, 1.0 / ErrorSurfaceChart.LEVELS);
        for (int l = 0; l < ErrorSurfaceChart.LEVELS; l++) {
            assertEquals(ratio, edges[l + 1] / edges[l], ratio * EDGE_RATIO, "ratio of edges " + l + " and " + (l + 1));
        }
        assertEquals(0, ErrorSurfaceChart.level(lo, edges), "the smallest error is level 0");
        assertEquals(ErrorSurfaceChart.LEVELS - 1, ErrorSurfaceChart.level(hi, edges), "the largest error is the top level");
        assertEquals(0, ErrorSurfaceChart.level(0.0, edges), "a zero error (an exact fit) is level 0");
    }

    @Test
    void thePathIsDrawnOverTheSurfaceWithItsEnds() {
        // a 20,000-step path as gradient descent from (0, 0) gives it: thinned, first and last kept
        int steps = 20_001;
        double[] pathW = new double[steps];
        double[] pathB = new double[steps];
        for (int s = 0; s < steps; s++) {
            pathW[s] = 0.058488 * (1 - Math.exp(-s / 3000.0));
            pathB[s] = 247.263 * (1 - Math.exp(-s / 50.0));
        }
        XYChart chart = ErrorSurfaceChart.chart(ws, bs, mse, pathW, pathB, "surface");
        XYSeries path = series(chart, ErrorSurfaceChart.PATH);
        int[] kept = Thinning.evenly(steps, Thinning.MAX_POINTS);
        assertSeries(chart, ErrorSurfaceChart.PATH, Thinning.pick(pathW, kept), Thinning.pick(pathB, kept), COPIED);
        assertEquals(ChartStyle.PATH, path.getLineColor(), "path colour");
        assertSeries(chart, ErrorSurfaceChart.START, new double[] {0}, new double[] {0}, COPIED);
        assertSeries(chart, ErrorSurfaceChart.END, new double[] {pathW[steps - 1]}, new double[] {pathB[steps - 1]}, COPIED);
        // the path is the last line: drawn on top of every cell
        String last = null;
        for (String name : chart.getSeriesMap().keySet()) {
            last = name;
        }
        assertEquals(ErrorSurfaceChart.END, last, "the path and its ends are drawn last");
    }

    @Test
    void theCellsFillThePlotWithoutGaps() {
        XYChart chart = ErrorSurfaceChart.chart(ws, bs, mse, new double[] {0, 0.01}, new double[] {0, 10}, "surface");
        BufferedImage image = assertRendersNotBlank(chart);
        double[] edges = ErrorSurfaceChart.levelEdges(mse);
        double halfStepW = (ws[1] - ws[0]) / 2;
        double halfStepB = (bs[1] - bs[0]) / 2;
        // cells away from the short path in the bottom-left corner; probe the centre and points 0.8 of the way to
        // each edge, which a marker smaller than the cell would leave white
        for (int i = 5; i < GRID; i += 3) {
            for (int j = 5; j < GRID; j += 3) {
                Color expected = ErrorSurfaceChart.levelColor(ErrorSurfaceChart.level(mse[i][j], edges), ErrorSurfaceChart.LEVELS);
                for (double[] offset : new double[][] {{0, 0}, {0.8, 0}, {-0.8, 0}, {0, 0.8}, {0, -0.8}}) {
                    int px = (int) Math.round(chart.getScreenXFromChart(ws[i] + offset[0] * halfStepW));
                    int py = (int) Math.round(chart.getScreenYFromChart(bs[j] + offset[1] * halfStepB));
                    assertEquals(expected.getRGB() & 0xffffff, image.getRGB(px, py) & 0xffffff,
                            "pixel at offset (" + offset[0] + ", " + offset[1] + ") of cell (" + i + ", " + j + ")");
                }
            }
        }
    }

    @Test
    void rejectsMalformedGrids() {
        double[][] ragged = {{1, 2}, {3}};
        assertThrows(IllegalArgumentException.class,
                () -> ErrorSurfaceChart.chart(new double[] {0, 1}, new double[] {0, 1}, ragged, new double[] {0}, new double[] {0}, "t"));
        assertThrows(IllegalArgumentException.class,
                () -> ErrorSurfaceChart.chart(new double[] {1, 0}, new double[] {0, 1}, new double[][] {{1, 1}, {1, 1}},
                        new double[] {0}, new double[] {0}, "t"));
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> ErrorSurfaceChart.chart(new double[] {0, 1}, new double[] {0, 1}, new double[][] {{1, -1}, {1, 1}},
                        new double[] {0}, new double[] {0}, "t"));
        assertTrue(negative.getMessage().startsWith("mse[0][1] is -1.0"), negative.getMessage());
    }

    private static int indexOf(double[] axis, double value) {
        for (int i = 0; i < axis.length; i++) {
            if (axis[i] == value) {
                return i;
            }
        }
        throw new AssertionError(value + " is not a grid value");
    }
}
