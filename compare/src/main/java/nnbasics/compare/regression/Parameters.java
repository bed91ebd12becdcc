package nnbasics.compare.regression;

import java.util.Arrays;

/** The flat parameter layout shared by the regression engines: {@code [w_1 … w_n, b]}. */
final class Parameters {

    private Parameters() {
    }

    static double[] concat(double[] weights, double bias) {
        double[] all = Arrays.copyOf(weights, weights.length + 1);
        all[weights.length] = bias;
        return all;
    }
}
