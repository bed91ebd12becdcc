package nnbasics.handwritten.kernels;

import java.util.SplittableRandom;

import nnbasics.handwritten.classification.FlatData;

/** MNIST-shaped examples for the network kernel's tests: 784 features, 10 classes, mostly zeros. */
final class MnistShapedRows {

    static final int FEATURES = 784;
    static final int CLASSES = 10;

    private MnistShapedRows() {
    }

    /**
     * @return {@code rows} examples whose features are 0 with probability 0.8, else k/255 for k uniform in 1…255 (as
     *         MNIST's pixels), with uniform labels
     */
    static FlatData data(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] features = new double[rows * FEATURES];
        for (int i = 0; i < features.length; i++) {
            features[i] = random.nextDouble() < 0.8 ? 0 : random.nextInt(1, 256) / 255.0;
        }
        int[] labels = new int[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = random.nextInt(CLASSES);
        }
        return new FlatData(features, labels, FEATURES, CLASSES);
    }
}
