package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
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
    public List<Tensor> parameters() {
        return Tensor.layer("W", model.weights(), "b", model.bias(), "layer");
    }

    @Override
    public int[] sizes() {
        return new int[] {MnistData.PIXELS, MnistData.CLASSES};
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
