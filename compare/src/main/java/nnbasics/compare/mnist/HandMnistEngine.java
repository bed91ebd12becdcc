package nnbasics.compare.mnist;

import nnbasics.handwritten.mnist.MnistData;
import nnbasics.handwritten.mnist.MnistSoftmax;

/** The hand-written engine: {@link MnistSoftmax} on {@link MnistData}. */
public final class HandMnistEngine implements MnistEngine {

    private final MnistData train;
    private final MnistData test;
    private final MnistSoftmax model;

    /**
     * @param train        the training split
     * @param test         the test split
     * @param learningRate the SGD rate
     */
    public HandMnistEngine(MnistData train, MnistData test, double learningRate) {
        this.train = train;
        this.test = test;
        this.model = new MnistSoftmax(learningRate);
    }

    @Override
    public String name() {
        return "hand";
    }

    @Override
    public double trainBatch(int[] rows) {
        return model.trainBatch(train, rows);
    }

    @Override
    public double[] weights() {
        return model.weights();
    }

    @Override
    public double[] bias() {
        return model.bias();
    }

    @Override
    public double testAccuracy() {
        return model.accuracy(test);
    }

    @Override
    public int[][] confusion() {
        return model.confusion(test);
    }
}
