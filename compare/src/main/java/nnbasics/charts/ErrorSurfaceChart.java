package nnbasics.charts;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.XYSeries.XYSeriesRenderStyle;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Section 4's second picture: the error over the weight × bias plane with the gradient-descent path on it.
 *
 * <p><b>Why an {@link XYChart} and not XChart's {@code HeatMapChart}:</b> a heat map chart cannot carry an XY line
 * series, so the path could not be drawn on it. Here the surface is a grid of filled cells, one scatter series per
 * colour level, and the path is an ordinary line series over it.
 *
 * <p><b>Levels.</b> The error spans orders of magnitude (≈ 450 at the least-squares line, millions at the corners),
 * so the cells are binned into {@link #LEVELS} log-spaced levels between the smallest positive and the largest value:
 * <pre>
 *   edge_l  = lo · (hi / lo)^(l / L)                          l = 0 … L
 *   level(v) = min(L − 1, floor(L · log(v / lo) / log(hi / lo)))   (v ≤ lo → 0)
 * </pre>
 * and coloured with a sequential palette (viridis: dark = low error, yellow = high).
 *
 * <p><b>Cells.</b> XChart's marker size is one global pixel size, too small for a cell and too big for the legend.
 * Each cell therefore uses a {@code CellMarker} that asks the chart, at paint time, how many pixels one grid step
 * spans, and fills exactly that rectangle (plus half a pixel against seams). The legend shows one ordinary square
 * per level (a one-point series hidden under the cells). The grid is expected to be evenly spaced.
 *
 * <p>Series, in drawing order: per non-empty level a legend entry {@link #levelName(double, double)} and its cells
 * ({@code "cells " + level}, hidden from the legend), then {@link #PATH}, {@link #START} and {@link #END}.
 */
public final class ErrorSurfaceChart {

    /** Number of colour levels. */
    public static final int LEVELS = 12;
    public static final String PATH = "gradient-descent path";
    public static final String START = "start";
    public static final String END = "end";

    /** The white margin around the cells and the path, as a fraction of each axis's span. */
    static final double MARGIN = 0.03;

    /** Viridis at 0, ¼, ½, ¾ and 1, interpolated linearly for the levels. */
    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x3b528b), new Color(0x21918c), new Color(0x5ec962), new Color(0xfde725)};

    private ErrorSurfaceChart() {
    }

    /**
     * The error surface and the path.
     *
     * @param ws    the grid's weights, increasing and evenly spaced ($1000 per sq ft)
     * @param bs    the grid's biases, increasing and evenly spaced ($1000)
     * @param mse   mse[i][j] = the mean squared error at (ws[i], bs[j]); finite and ≥ 0
     * @param pathW the weight after each step of gradient descent (thinned to {@link Thinning#MAX_POINTS})
     * @param pathB the bias after each step, the same length as pathW
     * @param title the chart title
     */
    public static XYChart chart(double[] ws, double[] bs, double[][] mse, double[] pathW, double[] pathB, String title) {
        Check.increasing("ws", ws);
        Check.increasing("bs", bs);
        Check.sameLength("mse (rows, one per weight)", mse.length, "ws", ws.length);
        for (int i = 0; i < mse.length; i++) {
            Check.sameLength("mse[" + i + "] (one per bias)", mse[i].length, "bs", bs.length);
            Check.finite("mse[" + i + "]", mse[i]);
            for (int j = 0; j < mse[i].length; j++) {
                if (mse[i][j] < 0) {
                    throw new IllegalArgumentException("mse[" + i + "][" + j + "] is " + mse[i][j]
                            + ": a mean squared error cannot be negative");
                }
            }
        }
        Check.finite("pathW", pathW);
        Check.finite("pathB", pathB);
        Check.sameLength("pathW", pathW, "pathB", pathB);

        XYChart chart = ChartStyle.xyChart(title, "weight w ($1000 per sq ft)", "bias b ($1000)");
        double cellWidth = ws.length > 1 ? (ws[ws.length - 1] - ws[0]) / (ws.length - 1) : Math.max(Math.abs(ws[0]), 1.0);
        double cellHeight = bs.length > 1 ? (bs[bs.length - 1] - bs[0]) / (bs.length - 1) : Math.max(Math.abs(bs[0]), 1.0);
        Marker cell = new CellMarker(chart, cellWidth, cellHeight);

        double[] edges = levelEdges(mse);
        int levels = edges.length - 1;
        for (int level = 0; level < levels; level++) {
            List<double[]> cells = new ArrayList<>();
            for (int i = 0; i < ws.length; i++) {
                for (int j = 0; j < bs.length; j++) {
                    if (level(mse[i][j], edges) == level) {
                        cells.add(new double[] {ws[i], bs[j]});
                    }
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            Color color = levelColor(level, levels);
            XYSeries legend = chart.addSeries(levelName(edges[level], edges[level + 1]),
                    new double[] {cells.get(0)[0]}, new double[] {cells.get(0)[1]});
            legend.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            legend.setMarker(SeriesMarkers.SQUARE);
            legend.setMarkerColor(color);

            double[] x = new double[cells.size()];
            double[] y = new double[cells.size()];
            for (int c = 0; c < cells.size(); c++) {
                x[c] = cells.get(c)[0];
                y[c] = cells.get(c)[1];
            }
            XYSeries filled = chart.addSeries("cells " + level, x, y);
            filled.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
            filled.setMarker(cell);
            filled.setMarkerColor(color);
            filled.setShowInLegend(false);
        }

        int[] kept = Thinning.evenly(pathW.length, Thinning.MAX_POINTS);
        XYSeries path = chart.addSeries(PATH, Thinning.pick(pathW, kept), Thinning.pick(pathB, kept));
        path.setXYSeriesRenderStyle(XYSeriesRenderStyle.Line);
        path.setMarker(SeriesMarkers.NONE);
        path.setLineColor(ChartStyle.PATH);
        path.setLineStyle(ChartStyle.stroke(2.5f));
        XYSeries start = chart.addSeries(START, new double[] {pathW[0]}, new double[] {pathB[0]});
        start.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        start.setMarker(SeriesMarkers.CIRCLE);
        start.setMarkerColor(ChartStyle.DATA);
        start.setLabel(START + " (" + ChartStyle.number(pathW[0]) + ", " + ChartStyle.number(pathB[0]) + ")");
        int last = pathW.length - 1;
        XYSeries end = chart.addSeries(END, new double[] {pathW[last]}, new double[] {pathB[last]});
        end.setXYSeriesRenderStyle(XYSeriesRenderStyle.Scatter);
        end.setMarker(SeriesMarkers.DIAMOND);
        end.setMarkerColor(ChartStyle.PATH);
        end.setLabel(END + " (" + ChartStyle.number(pathW[last]) + ", " + ChartStyle.number(pathB[last]) + ")");

        // the plot spans the cells' outer edges and the path, plus a margin, so that a start in the grid's corner
        // (the widget's (0, 0)) is drawn whole and the axes carry a 0 tick
        double xMin = Math.min(ws[0] - cellWidth / 2, min(pathW));
        double xMax = Math.max(ws[ws.length - 1] + cellWidth / 2, max(pathW));
        double yMin = Math.min(bs[0] - cellHeight / 2, min(pathB));
        double yMax = Math.max(bs[bs.length - 1] + cellHeight / 2, max(pathB));
        chart.getStyler().setXAxisMin(xMin - MARGIN * (xMax - xMin));
        chart.getStyler().setXAxisMax(xMax + MARGIN * (xMax - xMin));
        chart.getStyler().setYAxisMin(yMin - MARGIN * (yMax - yMin));
        chart.getStyler().setYAxisMax(yMax + MARGIN * (yMax - yMin));
        chart.getStyler().setPlotGridLinesVisible(false);
        chart.getStyler().setXAxisDecimalPattern("0.0##");
        chart.getStyler().setPlotContentSize(1.0);
        chart.getStyler().setLegendPosition(LegendPosition.OutsideE);
        chart.getStyler().setMarkerSize(11);
        return chart;
    }

    /**
     * The level edges: LEVELS + 1 log-spaced values from the smallest positive error to the largest; a single edge
     * pair when the surface is flat (or all zero).
     */
    static double[] levelEdges(double[][] mse) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (double[] row : mse) {
            for (double v : row) {
                if (v > 0) {
                    lo = Math.min(lo, v);
                }
                hi = Math.max(hi, v);
            }
        }
        if (!(hi > lo)) {
            double only = hi;
            return new double[] {only, only};
        }
        double[] edges = new double[LEVELS + 1];
        for (int l = 0; l <= LEVELS; l++) {
            edges[l] = lo * Math.pow(hi / lo, (double) l / LEVELS); // edge_l = lo · (hi/lo)^(l/L)
        }
        edges[0] = lo;
        edges[LEVELS] = hi;
        return edges;
    }

    /** The level of one value: floor(L · log(v/lo) / log(hi/lo)) clamped to 0 … L − 1. */
    static int level(double value, double[] edges) {
        int levels = edges.length - 1;
        double lo = edges[0];
        double hi = edges[levels];
        if (!(hi > lo) || value <= lo) {
            return 0;
        }
        int level = (int) Math.floor(levels * Math.log(value / lo) / Math.log(hi / lo));
        return Math.min(levels - 1, Math.max(0, level));
    }

    /** The legend name of a level, e.g. "MSE 447 – 736". */
    static String levelName(double from, double to) {
        return "MSE " + ChartStyle.shortNumber(from) + " – " + ChartStyle.shortNumber(to);
    }

    /** Viridis sampled at level / (levels − 1). */
    static Color levelColor(int level, int levels) {
        double t = levels <= 1 ? 0 : (double) level / (levels - 1);
        double scaled = t * (VIRIDIS.length - 1);
        int index = Math.min(VIRIDIS.length - 2, (int) Math.floor(scaled));
        double f = scaled - index;
        Color a = VIRIDIS[index];
        Color b = VIRIDIS[index + 1];
        return new Color(
                (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    private static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    private static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
