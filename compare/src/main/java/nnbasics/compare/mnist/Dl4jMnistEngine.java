package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.dl4j.mnist.MnistTrainer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DL4J softmax regression on MNIST: {@link MnistTrainer} (one {@code OutputLayer}) on {@link MnistArrays}, one
 * {@code net.fit} on batch k of the schedule at step k; tensors {@code W, b}; the test counts from DL4J's
 * {@code Evaluation}. It runs free (no {@link #startingFrom}).
 */
public final class Dl4jMnistEngine extends ScheduledMnistEngine {

    private final MnistArrays train;
    private final MnistArrays test;
    private final MnistTrainer trainer;

    /**
     * Starts from W = 0, b = 0, as the tutorial does.
     *
     * @param train        the training split, in the data type of the network
     * @param test         the test split, likewise
     * @param batches      the schedule over the training split
     * @param learningRate the SGD rate
     * @param dataType     DOUBLE or FLOAT
     */
    public Dl4jMnistEngine(MnistArrays train, MnistArrays test, MnistBatches batches, double learningRate,
                           DataType dataType) {
        super("dl4j", covering(batches, train.count()));
        this.train = train;
        this.test = test;
        this.trainer = new MnistTrainer(learningRate, dataType);
    }

    @Override
    double train(MnistBatches batches, int k) {
        return trainer.trainBatch(train.features(), train.labels(), batches.rows(k));
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
    public int[][] confusion() {
        return trainer.confusion(test);
    }
}
