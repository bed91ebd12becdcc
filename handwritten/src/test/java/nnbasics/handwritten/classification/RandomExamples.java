package nnbasics.handwritten.classification;

import java.util.List;
import java.util.Random;

/** Small random data and models from a fixed seed, for derivative checks away from the guide's numbers. */
final class RandomExamples {

    private RandomExamples() {
    }

    /** @return {@code n} examples of {@code features} standard-normal features, labels uniform over three classes */
    static ClassificationData threeClasses(long seed, int n, int features) {
        Random random = new Random(seed);
        double[][] x = new double[n][features];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < features; j++) {
                x[i][j] = random.nextGaussian();
            }
            labels[i] = random.nextInt(3);
        }
        return new ClassificationData(x, labels, List.of("a", "b", "c"));
    }

    /** @return a model with standard-normal weights and biases */
    static SoftmaxModel model(long seed, int features, int classes) {
        Random random = new Random(seed);
        double[][] w = new double[features][classes];
        double[] b = new double[classes];
        for (int j = 0; j < features; j++) {
            for (int k = 0; k < classes; k++) {
                w[j][k] = random.nextGaussian();
            }
        }
        for (int k = 0; k < classes; k++) {
            b[k] = random.nextGaussian();
        }
        return new SoftmaxModel(w, b);
    }
}
