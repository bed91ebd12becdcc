package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.dl4j.mnist.MnistTrainer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DL4J engine: {@link MnistTrainer} on {@link MnistArrays}, one {@code net.fit} on batch k of the schedule at
 * step k; it runs free (no {@link #startingFrom}).
 */
public final class Dl4jMnistEngine implements MnistEngine {

    private final MnistArrays train;
    private final MnistArrays test;
    private final MnistBatches batches;
    private final MnistTrainer trainer;
    private int taken;

    /**
     * @param train        the training split, in the data type of the network
     * @param test         the test split, likewise
     * @param batches      the schedule over the training split
     * @param learningRate the SGD rate
     * @param dataType     DOUBLE or FLOAT
     */
    public Dl4jMnistEngine(MnistArrays train, MnistArrays test, MnistBatches batches, double learningRate,
                           DataType dataType) {
        if (batches.count() != train.count()) {
            throw new IllegalArgumentException("a schedule of " + batches.count() + " rows for " + train.count()
                    + " training images");
        }
        this.train = train;
        this.test = test;
        this.batches = batches;
        this.trainer = new MnistTrainer(learningRate, dataType);
    }

    @Override
    public String name() {
        return "dl4j";
    }

    @Override
    public double step(int k) {
        int[] rows = batches.rows(k);
        taken = k + 1;
        return trainer.trainBatch(train.features(), train.labels(), rows);
    }

    @Override
    public double step() {
        return step(taken);
    }

    /** DL4J's own score of the whole training split (p clipped to [1e−10, 1 − 1e−10], as the hand-written loss). */
    @Override
    public double loss() {
        return trainer.network().score(new DataSet(train.features(), train.labels()), false);
    }

    @Override
    public List<Tensor> parameters() {
        return Tensor.layer("W", trainer.weights(), "b", trainer.bias(), "layer");
    }

    @Override
    public int[] sizes() {
        return new int[] {MnistArrays.PIXELS, MnistArrays.CLASSES};
    }

    @Override
    public double testAccuracy() {
        return trainer.accuracy(test);
    }

    @Override
    public int[][] confusion() {
        return trainer.confusion(test);
    }
}
