package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.dl4j.classification.Evaluations;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.dl4j.network.NetworkTrainer;
import nnbasics.dl4j.network.ParameterBuffer;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.updaters.Optimiser;
import nnbasics.compare.network.Optimisers;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.dataset.DataSet;

/**
 * The DL4J network on MNIST: {@link NetworkTrainer} (a {@code Network} of {@code DenseLayer}s and a softmax
 * {@code OutputLayer}) on {@link MnistArrays}' arrays (shared, not copied), one {@code net.fit} on batch k of the
 * schedule at step k; tensors {@code W1, b1, W2, b2, …} read in bulk; the test counts from DL4J's
 * {@code Evaluation}. It runs free (no {@link #startingFrom}).
 */
public final class Dl4jMnistNetworkEngine extends ScheduledMnistEngine {

    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    private final MnistArrays test;
    private final NetworkTrainer trainer;

    /**
     * @param train        the training split, in double precision
     * @param test         the test split, in double precision
     * @param batches      the schedule over the training split
     * @param start        W and b of every layer, input side first (the same numbers as the hand-written side's)
     * @param hidden       f of the hidden layers
     * @param learningRate η of SGD, for every weight and bias
     * @throws IllegalArgumentException for arrays that are not double, or a schedule of another length
     */
    public Dl4jMnistNetworkEngine(MnistArrays train, MnistArrays test, MnistBatches batches, NetworkStart start,
                                  HiddenActivation hidden, double learningRate) {
        this(train, test, batches, start, hidden, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the step an optimiser describes, set on DL4J's network.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public Dl4jMnistNetworkEngine(MnistArrays train, MnistArrays test, MnistBatches batches, NetworkStart start,
                                  HiddenActivation hidden, Optimiser optimiser) {
        super("dl4j", covering(batches, train.count()));
        if (test.features().dataType() != DataType.DOUBLE) {
            throw new IllegalArgumentException("the network twin computes in double, the test split is "
                    + test.features().dataType());
        }
        this.test = test;
        this.trainer = new NetworkTrainer(train.features(), train.labels(), start.weights(), start.biases(),
                hidden.dl4j(), Optimisers.dl4j(optimiser));
    }

    /** @return DL4J's updater state, {@code W1.m, b1.m, …}; empty for plain SGD */
    @Override
    public List<Tensor> state() {
        return NetworkTensors.state(trainer.state());
    }

    /** @return DL4J's iteration count */
    @Override
    public int iteration() {
        return trainer.iteration();
    }

    @Override
    double train(MnistBatches batches, int k) {
        return trainer.step(batches.rows(k));
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
    public int[][] confusion() {
        return Evaluations.evaluate(trainer.network(), new DataSet(test.features(), test.labels()), DIGITS).counts();
    }

    /** @return e.g. {@code 784 → 128 relu → 10 softmax}, as DL4J's configuration names it */
    public String architecture() {
        return trainer.architecture();
    }
}
