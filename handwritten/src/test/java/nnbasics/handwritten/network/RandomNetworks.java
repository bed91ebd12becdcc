package nnbasics.handwritten.network;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import nnbasics.handwritten.classification.ClassificationData;

/** Small random data and parameters from a fixed seed, for checks away from hand-computed numbers. */
final class RandomNetworks {

    private RandomNetworks() {
    }

    /** @return {@code n} examples of standard-normal features, labels uniform over {@code classes} classes */
    static ClassificationData data(long seed, int n, int features, int classes) {
        Random random = new Random(seed);
        double[][] x = new double[n][features];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                x[i][j] = random.nextGaussian();
            }
            labels[i] = random.nextInt(classes);
        }
        List<String> names = new ArrayList<>();
        for (int k = 0; k < classes; k++) {
            names.add("c" + k);
        }
        return new ClassificationData(x, labels, names);
    }

    /** @return W and b with entries scale·N(0, 1) for the widths {@code sizes} (input, hidden …, classes) */
    static NetworkStart parameters(long seed, double scale, int... sizes) {
        Random random = new Random(seed);
        List<double[][]> weights = new ArrayList<>();
        List<double[]> biases = new ArrayList<>();
        for (int l = 0; l + 1 < sizes.length; l++) {
            double[][] w = new double[sizes[l]][sizes[l + 1]];
            double[] b = new double[sizes[l + 1]];
            for (double[] row : w) {
                for (int k = 0; k < row.length; k++) {
                    row[k] = scale * random.nextGaussian();
                }
            }
            for (int k = 0; k < b.length; k++) {
                b[k] = scale * random.nextGaussian();
            }
            weights.add(w);
            biases.add(b);
        }
        return new NetworkStart(weights, biases);
    }
}
