package nnbasics.compare.mnist;

import java.util.List;
import nnbasics.compare.Tensor;
import nnbasics.compare.classification.SoftmaxEngine;
import nnbasics.compare.network.Optimisers;
import nnbasics.dl4j.classification.SoftmaxTrainer;
import nnbasics.dl4j.mnist.MnistArrays;
import nnbasics.handwritten.updaters.Optimiser;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The DL4J softmax regression on MNIST: the same {@link SoftmaxTrainer} (one {@code OutputLayer}) as the guide's
 * classification, on {@link MnistArrays} (shared, not copied), one {@code net.fit} on batch k of the schedule at step
 * k; tensors {@code W, b}; the test counts from DL4J's {@code Evaluation}. It runs free (no {@link #startingFrom}).
 */
public final class Dl4jMnistEngine extends ScheduledMnistEngine {

    private final MnistArrays test;
    private final SoftmaxTrainer trainer;

    /**
     * Starts from W = 0, b = 0, as the tutorial does; DL4J computes in the data type of the arrays (DOUBLE, or FLOAT
     * for {@code --float32}).
     *
     * @param train        the training split, in the data type of the network
     * @param test         the test split, likewise
     * @param batches      the schedule over the training split
     * @param learningRate the SGD rate
     */
    public Dl4jMnistEngine(MnistArrays train, MnistArrays test, MnistBatches batches, double learningRate) {
        this(train, test, batches, Optimiser.sgd(learningRate));
    }

    /**
     * The same with the step an optimiser describes, set on DL4J's network.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public Dl4jMnistEngine(MnistArrays train, MnistArrays test, MnistBatches batches, Optimiser optimiser) {
        super("dl4j", covering(batches, train.count()));
        this.test = test;
        this.trainer = new SoftmaxTrainer(train.features(), train.labels(),
                new double[MnistArrays.PIXELS][MnistArrays.CLASSES], new double[MnistArrays.CLASSES],
                LossFunction.MCXENT, Optimisers.dl4j(optimiser));
    }

    /** @return DL4J's updater state, {@code W.m, b.m, …}; empty for plain SGD */
    @Override
    public List<Tensor> state() {
        return SoftmaxEngine.stateTensors(trainer.state());
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
        double[][] wb = trainer.flatParameters();
        return Tensor.layer("W", wb[0], "b", wb[1], "layer");
    }

    @Override
    public int[] sizes() {
        return new int[] {MnistArrays.PIXELS, MnistArrays.CLASSES};
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
}
