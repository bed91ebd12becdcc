package nnbasics.explore;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleBinaryOperator;

/**
 * Section 4's grid: weight [0, 0.4] × bias [0, 460] cut into 15 × 15 cells; each cell gradient descent has visited
 * is coloured by the error at its centre. The colour scale is logarithmic between the smallest and the largest
 * error over the centres of all the cells (viridis: dark = low error, yellow = high), so a cell keeps its colour
 * whatever else is visited.
 * <pre>
 *   cell of (w, b) = (floor(15 · w / 0.4), floor(15 · b / 460))   (w = 0.4 and b = 460 fall in the last cell)
 *   t = log(error / lo) / log(hi / lo)                             colour = viridis(t)
 * </pre>
 */
public final class VisitedGrid {

    public static final int CELLS = 15;
    public static final double WEIGHT_MAX = 0.4;
    public static final double BIAS_MAX = 460;

    /** Viridis at 0, ¼, ½, ¾ and 1. */
    private static final Color[] VIRIDIS = {
        new Color(0x440154), new Color(0x3b528b), new Color(0x21918c), new Color(0x5ec962), new Color(0xfde725)};

    /**
     * A visited cell.
     *
     * @param column the weight's cell, 0 … 14
     * @param row    the bias's cell, 0 … 14
     * @param weight the weight at the cell's centre
     * @param bias   the bias at the cell's centre
     * @param error  the MSE at the centre
     * @param color  its colour
     */
    public record Cell(int column, int row, double weight, double bias, double error, Color color) {
    }

    private final DoubleBinaryOperator error;
    private final double lo;
    private final double hi;
    private final boolean[][] visited = new boolean[CELLS][CELLS];
    private final List<Cell> cells = new ArrayList<>();

    /** @param error the MSE at (weight, bias) */
    public VisitedGrid(DoubleBinaryOperator error) {
        this.error = error;
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int i = 0; i < CELLS; i++) {
            for (int j = 0; j < CELLS; j++) {
                double e = error.applyAsDouble(centreWeight(i), centreBias(j));
                min = Math.min(min, e);
                max = Math.max(max, e);
            }
        }
        this.lo = min;
        this.hi = max;
    }

    /** Marks the cell of (weight, bias), if it lies on the grid; returns whether a new cell was visited. */
    public boolean visit(double weight, double bias) {
        if (!(weight >= 0 && weight <= WEIGHT_MAX && bias >= 0 && bias <= BIAS_MAX)) {
            return false;
        }
        int i = Math.min(CELLS - 1, (int) Math.floor(CELLS * weight / WEIGHT_MAX));
        int j = Math.min(CELLS - 1, (int) Math.floor(CELLS * bias / BIAS_MAX));
        if (visited[i][j]) {
            return false;
        }
        visited[i][j] = true;
        double e = error.applyAsDouble(centreWeight(i), centreBias(j));
        cells.add(new Cell(i, j, centreWeight(i), centreBias(j), e, color(e)));
        return true;
    }

    /** The visited cells, in the order first visited. */
    public List<Cell> cells() {
        return Collections.unmodifiableList(cells);
    }

    public void clear() {
        for (boolean[] column : visited) {
            java.util.Arrays.fill(column, false);
        }
        cells.clear();
    }

    public static double centreWeight(int column) {
        return WEIGHT_MAX * (column + 0.5) / CELLS;
    }

    public static double centreBias(int row) {
        return BIAS_MAX * (row + 0.5) / CELLS;
    }

    /** The colour of an error on this grid's log scale. */
    public Color color(double e) {
        double t = hi > lo ? Math.log(Math.max(e, lo) / lo) / Math.log(hi / lo) : 0;
        return viridis(Math.max(0, Math.min(1, t)));
    }

    /** Viridis at t ∈ [0, 1], interpolated linearly between five samples. */
    static Color viridis(double t) {
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
}
