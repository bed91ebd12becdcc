package nnbasics.explore;

import java.util.ArrayList;
import java.util.List;
import nnbasics.handwritten.network.Activation;
import nnbasics.handwritten.network.Network;

/**
 * What the playground's heat maps show, computed on a grid over the data's plane (raw units, the data's range plus
 * a margin): P of every class from both engines, and every hidden unit's activation from the hand-written network.
 *
 * <pre>
 * cell (c, r)        x = xMin + (c + ½)·(xMax − xMin)/columns,  y = yMax − (r + ½)·(yMax − yMin)/rows   (row 0 on top)
 * z-scores           x' = (x − μ)/σ                               the hand-written engine's standardiser
 * hidden unit k      a_l,k = f(Σ_j a_{l−1},j · W_l[j][k] + b_l[k])  layer by layer from a_0 = x'
 * </pre>
 *
 * The probabilities come from each engine's own forward pass ({@code Network.probabilities}, DL4J's
 * {@code net.output}); the hidden activations are the formula above on the hand-written engine's W and b (no
 * engine exposes them for arbitrary points).
 *
 * @param plane       the plotted rectangle, raw units
 * @param columns     cells across
 * @param rows        cells down
 * @param hand        P by the hand-written network, [cell][class], cell = r·columns + c
 * @param largestGap  max |P_hand − P_DL4J| over the cells and classes; NaN before the first step
 * @param units       per hidden layer, per unit, the activation at every cell
 */
public record PlaygroundMaps(Plane plane, int columns, int rows, double[][] hand, double largestGap,
                             List<double[][]> units) {

    /** The rectangle of the maps. */
    public record Plane(double xMin, double xMax, double yMin, double yMax) {

        /** The data's range with {@code margin} of its width added on every side (a constant column: ± 1). */
        public static Plane around(double[][] points, double margin) {
            double[] x = range(points, 0, margin);
            double[] y = range(points, 1, margin);
            return new Plane(x[0], x[1], y[0], y[1]);
        }

        private static double[] range(double[][] points, int column, double margin) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] p : points) {
                lo = Math.min(lo, p[column]);
                hi = Math.max(hi, p[column]);
            }
            double pad = hi > lo ? margin * (hi - lo) : 1;
            return new double[] {lo - pad, hi + pad};
        }

        /** The centres of the cells, row by row from the top. */
        double[][] cells(int columns, int rows) {
            double[][] cells = new double[columns * rows][];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    cells[r * columns + c] = new double[] {xMin + (c + 0.5) * (xMax - xMin) / columns,
                            yMax - (r + 0.5) * (yMax - yMin) / rows};
                }
            }
            return cells;
        }
    }

    /** The margin around the data, a share of its range. */
    public static final double MARGIN = 0.08;

    /** The maps of the model's current step. */
    public static PlaygroundMaps of(PlaygroundModel model, int columns, int rows) {
        Plane plane = Plane.around(model.data().raw().features(), MARGIN);
        double[][] cells = plane.cells(columns, rows);
        double[][] hand = model.handProbabilities(cells);
        double[][] dl4j = model.dl4jProbabilities(cells);
        double gap = dl4j == null ? Double.NaN : 0;
        for (int i = 0; dl4j != null && i < cells.length; i++) {
            for (int k = 0; k < hand[i].length; k++) {
                gap = Math.max(gap, Math.abs(hand[i][k] - dl4j[i][k]));
            }
        }
        return new PlaygroundMaps(plane, columns, rows, hand, gap,
                model.hidden().isEmpty() ? List.of()
                        : hiddenActivations(model.handNetwork(), model.standardizer().transform(cells)));
    }

    /**
     * Every hidden unit at every point: per hidden layer, [unit][point].
     *
     * @param z the points as the network sees them (z-scores)
     */
    static List<double[][]> hiddenActivations(Network network, double[][] z) {
        List<double[][]> weights = network.weights();
        List<double[]> biases = network.biases();
        Activation f = network.hidden();
        List<double[][]> layers = new ArrayList<>();
        double[][] a = z;                                           // a_0 = x', [point][input]
        for (int l = 0; l + 1 < weights.size(); l++) {
            double[][] w = weights.get(l);
            double[] b = biases.get(l);
            double[][] next = new double[a.length][b.length];
            double[][] byUnit = new double[b.length][a.length];
            for (int i = 0; i < a.length; i++) {
                for (int k = 0; k < b.length; k++) {
                    double zk = b[k];
                    for (int j = 0; j < w.length; j++) {
                        zk += a[i][j] * w[j][k];                    // z_k = Σ_j a_j W[j][k] + b_k
                    }
                    next[i][k] = f.value(zk);                       // a_k = f(z_k)
                    byUnit[k][i] = next[i][k];
                }
            }
            layers.add(byUnit);
            a = next;
        }
        return layers;
    }
}
