package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.dl4j.network.NetworkTrainer;
import nnbasics.dl4j.network.ParameterBuffer;
import nnbasics.handwritten.network.NetworkStart;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The DL4J network on MNIST: {@link NetworkTrainer} (a {@code DenseNetwork} of {@code DenseLayer}s and a
 * softmax {@code OutputLayer}) on {@link MnistArrays}, gathering batch k's rows from the shared training arrays;
 * tensors {@code W1, b1, W2, b2, …} read in bulk; the test accuracy from DL4J's {@link Evaluation}.
 */
public final class Dl4jMnistNetworkEngine implements MnistEngine {

    private final MnistArrays train;
    private final MnistArrays test;
    private final MnistBatches batches;
    private final NetworkTrainer trainer;
    private int taken;

    /**
     * @param train        the training split, in double precision
     * @param test         the test split, in double precision
     * @param batches      the schedule over the training split
     * @param start        W and b of every layer, input side first (the same numbers as the hand-written side's)
     * @param hidden       f of the hidden layers
     * @param learningRate η of SGD, for every weight and bias
     */
    public Dl4jMnistNetworkEngine(MnistArrays train, MnistArrays test, MnistBatches batches, NetworkStart start,
                                  HiddenActivation hidden, double learningRate) {
        if (train.features().dataType() != DataType.DOUBLE || test.features().dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("the network twin computes in double");
        }
        if (batches.count() != train.count()) {
            throw new IllegalArgumentException("a schedule of " + batches.count() + " rows for " + train.count()
                    + " training images");
        }
        this.train = train;
        this.test = test;
        this.batches = batches;
        this.trainer = new NetworkTrainer(train.features(), train.labels(), start.weights(), start.biases(),
                hidden.dl4j(), learningRate);
    }

    @Override
    public String name() {
        return "dl4j";
    }

    @Override
    public double step(int k) {
        int[] rows = batches.rows(k);
        taken = k + 1;
        return trainer.step(rows);
    }

    @Override
    public double step() {
        return step(taken);
    }

    /** DL4J's own score of the whole training split (p clipped to [1e−10, 1 − 1e−10], as the hand-written loss). */
    @Override
    public double loss() {
        return trainer.loss();
    }

    @Override
    public List<Tensor> parameters() {
        ParameterBuffer now = trainer.parameters();   // one bulk copy of the parameter buffer
        return NetworkTensors.ofFlat(now.weights(), now.biases());
    }

    @Override
    public int[] sizes() {
        return trainer.sizes();
    }

    @Override
    public double testAccuracy() {
        return trainer.evaluate(test.features(), test.labels()).accuracy();
    }

    @Override
    public int[][] confusion() {
        Evaluation evaluation = trainer.evaluate(test.features(), test.labels());
        int[][] counts = new int[MnistArrays.CLASSES][MnistArrays.CLASSES];
        for (int actual = 0; actual < MnistArrays.CLASSES; actual++) {
            for (int predicted = 0; predicted < MnistArrays.CLASSES; predicted++) {
                counts[actual][predicted] = evaluation.getConfusionMatrix().getCount(actual, predicted);
            }
        }
        return counts;
    }

    /** @return e.g. {@code 784 → 128 relu → 10 softmax}, as DL4J's configuration names it */
    public String architecture() {
        return trainer.architecture();
    }
}
