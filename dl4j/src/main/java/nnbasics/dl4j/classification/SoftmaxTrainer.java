package nnbasics.dl4j.classification;

import nnbasics.dl4j.data.JavaRows;
import java.util.Arrays;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Full-batch gradient descent on a {@link SoftmaxNetwork}: the twin of the hand-written {@code SoftmaxTrainer}.
 *
 * <p>One {@link #step()} is exactly one {@code net.fit(features, labels)}, which in this order computes the
 * probabilities, the loss, the gradient, and updates {@code W -= rate · dL/dW}, {@code b -= rate · dL/db}.
 */
public final class SoftmaxTrainer {

    private final INDArray features;
    private final INDArray labels;
    private final MultiLayerNetwork net;

    /**
     * @param data          features [N, nIn] and one-hot labels [N, K]; copied in double precision
     * @param startWeights  W at the start, [feature][class]
     * @param startBias     b at the start, one per class
     * @param loss          {@link LossFunction#MCXENT} or {@link LossFunction#MSE}
     * @param learningRate  the rate of plain gradient descent on that loss (for MSE: on Σ(p−y)²/(N·K), no ½)
     * @throws IllegalArgumentException if the shapes do not agree
     */
    public SoftmaxTrainer(DataSet data, double[][] startWeights, double[] startBias, LossFunction loss,
                          double learningRate) {
        this.features = data.getFeatures().castTo(DataType.DOUBLE).dup();
        this.labels = data.getLabels().castTo(DataType.DOUBLE).dup();
        if (features.rank() != 2 || labels.rank() != 2 || features.size(0) != labels.size(0)) {
            throw new IllegalArgumentException("features must be [N, nIn] and labels [N, K], got "
                    + Arrays.toString(features.shape()) + " and "
                    + Arrays.toString(labels.shape()));
        }
        if (startWeights.length != features.size(1)) {
            throw new IllegalArgumentException("the data has " + features.size(1) + " features, the start weights "
                    + startWeights.length + " rows");
        }
        if (startBias.length != labels.size(1)) {
            throw new IllegalArgumentException("the data has " + labels.size(1) + " classes, the start bias "
                    + startBias.length + " entries");
        }
        this.net = SoftmaxNetwork.build((int) features.size(1), (int) labels.size(1), loss, learningRate);
        SoftmaxNetwork.setParameters(net, startWeights, startBias);
    }

    /**
     * One full-batch gradient-descent step.
     *
     * @return the loss at the parameters the step started from ({@code net.score()} after {@code fit} is the score
     *         computed on the way to the gradient, before the update)
     */
    public double step() {
        net.fit(features, labels);
        return net.score();
    }

    /** @return a copy of the current W, [feature][class] */
    public double[][] weights() {
        return SoftmaxNetwork.weights(net);
    }

    /** @return a copy of the current b, one per class */
    public double[] bias() {
        return SoftmaxNetwork.bias(net);
    }

    /** @return the loss at the current parameters, on the training data, without changing them */
    public double loss() {
        return net.score(new DataSet(features, labels), false);
    }

    /**
     * @param features [N, nIn]
     * @return p, [example][class], from {@code net.output} (inference mode)
     */
    public double[][] probabilities(INDArray features) {
        return JavaRows.of(net.output(features.castTo(DataType.DOUBLE), false));
    }

    /** @return the network being trained (live: training it outside this trainer changes this trainer) */
    public MultiLayerNetwork network() {
        return net;
    }
}
