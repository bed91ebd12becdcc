package nnbasics.compare.classification;

import nnbasics.compare.network.Optimisers;
import nnbasics.dl4j.classification.SoftmaxTrainer;
import nnbasics.handwritten.updaters.Optimiser;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The DL4J softmax regression ({@code dl4j/…/classification/SoftmaxTrainer}: one {@code OutputLayer}) as a
 * {@link SoftmaxEngine}: one {@code net.fit} per step; the probabilities from {@code net.output}. It runs free (no
 * {@link #startingFrom}).
 */
public final class Dl4jSoftmaxEngine extends SoftmaxEngine {

    private final SoftmaxTrainer trainer;

    /**
     * @param data         the training rows, as the model sees them (standardised or raw), one-hot labels
     * @param startWeights W at the start, [feature][class]
     * @param startBias    b at the start
     * @param loss         MCXENT (cross-entropy) or MSE on p
     * @param rate         η, for W and b
     */
    public Dl4jSoftmaxEngine(DataSet data, double[][] startWeights, double[] startBias, LossFunction loss,
                             double rate) {
        this(data, new SoftmaxTrainer(data, startWeights, startBias, loss, rate));
    }

    /**
     * The same with the step an optimiser describes, set on DL4J's network.
     *
     * @param optimiser the updater, its hyper-parameters, the regularisation
     */
    public Dl4jSoftmaxEngine(DataSet data, double[][] startWeights, double[] startBias, LossFunction loss,
                             Optimiser optimiser) {
        this(data, new SoftmaxTrainer(data, startWeights, startBias, loss, Optimisers.dl4j(optimiser)));
    }

    /** @return DL4J's updater state, {@code W.m, b.m, …}; empty for plain SGD */
    @Override
    public java.util.List<nnbasics.compare.Tensor> state() {
        return stateTensors(trainer.state());
    }

    /** @return DL4J's iteration count */
    @Override
    public int iteration() {
        return trainer.iteration();
    }

    private Dl4jSoftmaxEngine(DataSet data, SoftmaxTrainer trainer) {
        super("dl4j", trainer::step, trainer::loss, trainer::weights, trainer::biases,
                () -> trainer.probabilities(data.getFeatures()));
        this.trainer = trainer;
    }

    /** @return the trainer (its network, W and b) */
    public SoftmaxTrainer trainer() {
        return trainer;
    }
}
