package nnbasics.dl4j.updaters;

import java.util.function.UnaryOperator;

import nnbasics.dl4j.runtime.Nd4jRuntime;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The network every convention test steps: one 2 → 2 identity {@link OutputLayer} with MSE, in double precision,
 * two examples, so that its gradient is a closed form a test writes in two lines:
 *
 * <pre>
 * ŷ_i = x_i·W + b                          W [2, 2], b [2]
 * L   = (1/B) Σ_i (1/2) Σ_k (ŷ_ik − y_ik)²  LossMSE divides by nOut = 2
 * δ_i = 2(ŷ_i − y_i)/2 = ŷ_i − y_i
 * g_W = (1/B) Σ_i x_iᵀ δ_i,   g_b = (1/B) Σ_i δ_i     the mean: DL4J's updater divides the summed gradient by B
 * </pre>
 *
 * {@code params()} is W column by column (W00, W10, W01, W11), then b0, b1 ({@code DenseConventionsTest}).
 */
final class TinyNet {

    /** x, two examples of two features. */
    static final double[][] X = {{0.5, -1.0}, {1.5, 2.0}};
    /** y, their targets. */
    static final double[][] Y = {{1.0, -0.5}, {0.25, 2.0}};
    /** W at the start, [nIn][nOut]. */
    static final double[][] W0 = {{0.3, -0.2}, {0.1, 0.4}};
    /** b at the start. */
    static final double[] B0 = {0.05, -0.1};
    /** The number of weights, then of all parameters. */
    static final int WEIGHTS = 4;
    static final int PARAMS = 6;

    private TinyNet() {
    }

    /**
     * @param settings what the test configures: the updater, the regularisation
     * @param layer    what the test sets on the layer (dropout), or the identity
     * @return the network, initialised, its parameters set to W0, B0
     */
    static MultiLayerNetwork build(UnaryOperator<NeuralNetConfiguration.Builder> settings,
            UnaryOperator<OutputLayer.Builder> layer) {
        Nd4jRuntime.configure();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder()
                .seed(42)
                .dataType(DataType.DOUBLE)
                .weightInit(WeightInit.ZERO)
                .miniBatch(true);
        OutputLayer.Builder output = new OutputLayer.Builder(LossFunction.MSE)
                .nIn(2).nOut(2).activation(Activation.IDENTITY).hasBias(true);
        MultiLayerNetwork net = new MultiLayerNetwork(settings.apply(builder).list()
                .layer(layer.apply(output).build()).build());
        net.init();
        net.setParams(Nd4j.createFromArray(flat(W0, B0)).reshape(1, PARAMS));
        return net;
    }

    /** @return the network with the given settings and nothing on the layer */
    static MultiLayerNetwork build(UnaryOperator<NeuralNetConfiguration.Builder> settings) {
        return build(settings, l -> l);
    }

    /** One fit on X, Y: one iteration. */
    static void fit(MultiLayerNetwork net) {
        net.fit(Nd4j.createFromArray(X), Nd4j.createFromArray(Y));
    }

    /** @return W and b as DL4J lays them out: W column by column, then b */
    static double[] flat(double[][] w, double[] b) {
        return new double[] {w[0][0], w[1][0], w[0][1], w[1][1], b[0], b[1]};
    }

    /**
     * The mean gradient at θ (laid out as {@link #flat}) on inputs x, written out from the class javadoc.
     *
     * @param theta W then b, flat
     * @param x     the inputs (X, or X after dropout)
     * @return g_W then g_b, flat
     */
    static double[] meanGradient(double[] theta, double[][] x) {
        double[][] w = {{theta[0], theta[2]}, {theta[1], theta[3]}};
        double[] b = {theta[4], theta[5]};
        double[][] gw = new double[2][2];
        double[] gb = new double[2];
        int rows = x.length;
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < 2; k++) {
                double yHat = x[i][0] * w[0][k] + x[i][1] * w[1][k] + b[k];   // ŷ_ik
                double delta = yHat - Y[i][k];                               // δ_ik = ŷ_ik − y_ik
                gw[0][k] += x[i][0] * delta / rows;                          // g_W = (1/B) Σ_i x_iᵀ δ_i
                gw[1][k] += x[i][1] * delta / rows;
                gb[k] += delta / rows;                                       // g_b = (1/B) Σ_i δ_i
            }
        }
        return flat(gw, gb);
    }

    /** @return the network's parameters, flat */
    static double[] params(MultiLayerNetwork net) {
        return net.params().toDoubleVector();
    }

    /** @return the updater's state view, flat (a copy) */
    static double[] state(MultiLayerNetwork net) {
        return net.getUpdater().getStateViewArray().dup().toDoubleVector();
    }
}
