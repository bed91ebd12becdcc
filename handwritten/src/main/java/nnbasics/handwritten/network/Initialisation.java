package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random starting weights, drawn once from a seed so that both engines can start from the same numbers
 * ({@code docs/derivations.md}, section 11).
 *
 * <pre>
 * Xavier/Glorot uniform   W_jk ~ U(−r, +r),  r = √(6 / (nIn + nOut))     hidden sigmoid, tanh, identity; the output
 * He uniform              W_jk ~ U(−r, +r),  r = √(6 / nIn)              hidden ReLU
 * b = 0
 * one draw                W_jk = (2u − 1)·r,  u = SplittableRandom.nextDouble() ∈ [0, 1)
 * </pre>
 *
 * <p>Xavier keeps the variance of the activations (forward) and of the δs (backward) about the same from layer to
 * layer for activations with slope 1 at 0; ReLU zeroes half of its inputs, so He doubles the variance,
 * Var W = 2/nIn. The draws use one {@link SplittableRandom} of the seed and only {@code nextDouble()}, whose
 * sequence is specified (not platform- or JVM-dependent): layer by layer from the input, row j by row, column k by
 * column within a row. The output layer is always Xavier.
 */
public final class Initialisation {

    private Initialisation() {
    }

    /**
     * @param sizes  the widths from the input to the output: nIn, hidden units …, classes; at least 2 entries, each
     *               at least 1 (the last at least 2)
     * @param hidden the hidden layers' activation: {@link Activation#RELU} gets He, the others Xavier
     * @param seed   the seed of the one generator
     * @return W and b = 0 of every layer
     */
    public static NetworkStart draw(int[] sizes, Activation hidden, long seed) {
        if (sizes.length < 2) {
            throw new IllegalArgumentException("sizes needs the input width and the classes at least, found "
                    + sizes.length + " entries");
        }
        for (int l = 0; l < sizes.length; l++) {
            if (sizes[l] < 1) {
                throw new IllegalArgumentException("size " + l + " is " + sizes[l] + ", needs at least 1");
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            int nIn = sizes[l];
            int nOut = sizes[l + 1];
            boolean output = l + 2 == sizes.length;
            double r = hidden == Activation.RELU && !output ? heLimit(nIn) : xavierLimit(nIn, nOut);
            double[][] w = new double[nIn][nOut];
            for (int j = 0; j < nIn; j++) {
                for (int k = 0; k < nOut; k++) {
                    w[j][k] = (2 * random.nextDouble() - 1) * r;     // W_jk = (2u − 1)·r ~ U(−r, r)
                }
            }
            weights.add(w);
            biases.add(new double[nOut]);                            // b = 0
        }
        return new NetworkStart(weights, biases);
    }

    /** @return r = √(6 / (nIn + nOut)), the Xavier/Glorot uniform bound */
    public static double xavierLimit(int nIn, int nOut) {
        return Math.sqrt(6.0 / (nIn + nOut));
    }

    /** @return r = √(6 / nIn), the He uniform bound */
    public static double heLimit(int nIn) {
        return Math.sqrt(6.0 / nIn);
    }
}
