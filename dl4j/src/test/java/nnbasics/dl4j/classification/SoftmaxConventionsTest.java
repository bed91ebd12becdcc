package nnbasics.dl4j.classification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.deeplearning4j.exception.DL4JInvalidConfigException;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * The DL4J 1.0.0-M2.1 conventions that the softmax twins rely on, each pinned by its own test so that an upgrade
 * that changes one is caught. Expected values are closed forms computed in plain Java ({@link Plain}).
 */
class SoftmaxConventionsTest {

    /** A sum of 4 products of doubles of size ≈ 1, computed in another order: a few ulps of 1. */
    private static final double ROUNDING = 1e-14;

    // Four examples, two features, three classes: small enough to write down, K ≠ N ≠ nIn so no factor hides.
    private static final double[][] X = {{0.5, -1.0}, {1.5, 0.2}, {-0.3, 0.8}, {2.0, -0.5}};
    private static final double[][] Y = {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}};
    private static final double[][] W = {{0.1, -0.2, 0.3}, {0.4, 0.05, -0.1}};
    private static final double[] B = {0.01, -0.02, 0.03};
    private static final int N = X.length;
    private static final int K = B.length;

    private static MultiLayerNetwork network(LossFunction loss, double rate) {
        MultiLayerNetwork net = SoftmaxModel.build(2, K, loss, rate);
        SoftmaxModel.setParameters(net, W, B);
        return net;
    }

    /** Computes the score and the layer's gradient at W, B without an update. */
    private static MultiLayerNetwork gradientAtStart(LossFunction loss) {
        MultiLayerNetwork net = network(loss, 1.0);
        net.setInput(Nd4j.createFromArray(X));
        net.setLabels(Nd4j.createFromArray(Y));
        net.computeGradientAndScore();
        return net;
    }

    @Test
    void crossEntropyLayerGradientIsTheSumOverTheBatchOfPMinusY() {
        MultiLayerNetwork net = gradientAtStart(LossFunction.MCXENT);
        // Closed form: dL/dz_i = p_i − y_i per example; dW = Σ_i x_i ⊗ (p_i − y_i), db = Σ_i (p_i − y_i) — no 1/N.
        double[][] p = Plain.probabilities(X, W, B);
        double[][] dW = new double[2][K];
        double[] db = new double[K];
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < K; k++) {
                db[k] += p[i][k] - Y[i][k];
                for (int j = 0; j < 2; j++) {
                    dW[j][k] += X[i][j] * (p[i][k] - Y[i][k]);
                }
            }
        }
        double[][] actualW = net.gradient().getGradientFor(SoftmaxModel.WEIGHTS).toDoubleMatrix();
        double[] actualB = net.gradient().getGradientFor(SoftmaxModel.BIAS).toDoubleVector();
        assertTrue(Plain.relativeDifference(actualW, dW) <= ROUNDING, "dL/dW is not Σ_i x_i (p_i − y_i)");
        assertTrue(Plain.relativeDifference(actualB, db) <= ROUNDING, "dL/db is not Σ_i (p_i − y_i)");
    }

    @Test
    void updaterDividesTheSummedGradientByTheBatchSize() {
        double rate = 0.1;
        MultiLayerNetwork net = network(LossFunction.MCXENT, rate);
        net.fit(Nd4j.createFromArray(X), Nd4j.createFromArray(Y));
        // Closed form: W' = W − rate · Σ_i x_i ⊗ (p_i − y_i) / N, b' = b − rate · Σ_i (p_i − y_i) / N.
        double[][] p = Plain.probabilities(X, W, B);
        double[][] expectedW = {W[0].clone(), W[1].clone()};
        double[] expectedB = B.clone();
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < K; k++) {
                expectedB[k] -= rate * (p[i][k] - Y[i][k]) / N;
                for (int j = 0; j < 2; j++) {
                    expectedW[j][k] -= rate * X[i][j] * (p[i][k] - Y[i][k]) / N;
                }
            }
        }
        assertTrue(Plain.relativeDifference(SoftmaxModel.weights(net), expectedW) <= ROUNDING,
                "one SGD step did not move W by rate · dW / N");
        assertTrue(Plain.relativeDifference(SoftmaxModel.biases(net), expectedB) <= ROUNDING,
                "one SGD step did not move b by rate · db / N");
    }

    @Test
    void crossEntropyScoreIsTheMeanOverTheBatch() {
        MultiLayerNetwork net = gradientAtStart(LossFunction.MCXENT);
        // Closed form: L = −(1/N) Σ_i Σ_k y_ik log p_ik.
        double[][] p = Plain.probabilities(X, W, B);
        double expected = 0;
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < K; k++) {
                expected -= Y[i][k] * Math.log(p[i][k]) / N;
            }
        }
        assertTrue(Plain.relativeDifference(net.score(), expected) <= ROUNDING,
                "MCXENT score " + net.score() + " is not −(1/N) Σ y log p = " + expected);
    }

    @Test
    void crossEntropyScoreClipsTheProbabilityButTheGradientDoesNot() {
        // One example of class 0 whose logit is 1000 below class 1's: p_0 = e^−1000/(1 + e^−1000) underflows to 0.
        MultiLayerNetwork net = SoftmaxModel.build(1, 2, LossFunction.MCXENT, 1.0);
        SoftmaxModel.setParameters(net, new double[][] {{-1000, 0}}, new double[] {0, 0});
        net.setInput(Nd4j.createFromArray(new double[][] {{1}}));
        net.setLabels(Nd4j.createFromArray(new double[][] {{1, 0}}));
        net.computeGradientAndScore();
        // Closed form: the exact loss is −log p_0 = 1000 (and −log 0 = ∞ in doubles); clipped to p_0 = 1e−10 it is
        // −log 1e−10 = 10 ln 10 ≈ 23.03.
        double clipped = 10 * Math.log(10);
        assertEquals(clipped, net.score(), clipped * ROUNDING, "the score did not clip p to 1e-10");
        // Closed form: dL/dz = p − y = (0, 1) − (1, 0) = (−1, 1) exactly; a clipped p would give −1 + 1e−10.
        assertArrayEquals(new double[] {-1, 1}, net.gradient().getGradientFor(SoftmaxModel.WEIGHTS)
                .toDoubleMatrix()[0], 0.0, "the gradient is not the unclipped p − y");
    }

    @Test
    void squaredErrorDividesByClassesTimesExamples() {
        MultiLayerNetwork net = gradientAtStart(LossFunction.MSE);
        // Closed form: L = Σ_i Σ_k (p_ik − y_ik)² / (K·N), here K·N = 3·4 = 12.
        double[][] p = Plain.probabilities(X, W, B);
        double sum = 0;
        for (int i = 0; i < N; i++) {
            for (int k = 0; k < K; k++) {
                sum += (p[i][k] - Y[i][k]) * (p[i][k] - Y[i][k]);
            }
        }
        double expected = sum / (K * N);
        assertTrue(Plain.relativeDifference(net.score(), expected) <= ROUNDING,
                "MSE score " + net.score() + " is not Σ(p − y)²/(K·N) = " + expected + " (Σ = " + sum + ")");
    }

    @Test
    void squaredErrorLayerGradientGoesThroughTheSoftmaxJacobian() {
        MultiLayerNetwork net = gradientAtStart(LossFunction.MSE);
        // Closed form, per example: g = dL/dp = 2(p − y)/K; dL/dz = J g with J = diag(p) − p pᵀ, i.e.
        // dL/dz_k = p_k (g_k − Σ_m p_m g_m); dW = Σ_i x_i ⊗ dL/dz_i (a sum: the updater divides by N).
        double[][] p = Plain.probabilities(X, W, B);
        double[][] dW = new double[2][K];
        double[] db = new double[K];
        for (int i = 0; i < N; i++) {
            double[] g = new double[K];
            double pg = 0;
            for (int k = 0; k < K; k++) {
                g[k] = 2 * (p[i][k] - Y[i][k]) / K;
                pg += p[i][k] * g[k];
            }
            for (int k = 0; k < K; k++) {
                double dz = p[i][k] * (g[k] - pg);
                db[k] += dz;
                for (int j = 0; j < 2; j++) {
                    dW[j][k] += X[i][j] * dz;
                }
            }
        }
        assertTrue(Plain.relativeDifference(net.gradient().getGradientFor(SoftmaxModel.WEIGHTS).toDoubleMatrix(),
                dW) <= ROUNDING, "MSE dL/dW is not Σ_i x_i ⊗ J_i · 2(p_i − y_i)/K");
        assertTrue(Plain.relativeDifference(net.gradient().getGradientFor(SoftmaxModel.BIAS).toDoubleVector(),
                db) <= ROUNDING, "MSE dL/db is not Σ_i J_i · 2(p_i − y_i)/K");
    }

    @Test
    void softmaxWithOneOutputIsRejectedByValidation() {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        // softmax over one output is always 1: DL4J's output-layer validation refuses it when the list is built.
        assertThrows(DL4JInvalidConfigException.class, () -> new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .updater(new Sgd(0.1))
                .list()
                .layer(new OutputLayer.Builder(LossFunction.MCXENT).nIn(2).nOut(1)
                        .activation(Activation.SOFTMAX).build())
                .build(), "softmax with nOut = 1 was accepted");
        assertThrows(DL4JInvalidConfigException.class,
                () -> SoftmaxModel.build(2, 1, LossFunction.MCXENT, 0.1),
                "SoftmaxModel.build accepted one class");
    }

    @Test
    void weightsAreNInByNOutAndTheBiasIsRankOne() {
        MultiLayerNetwork net = network(LossFunction.MCXENT, 0.1);
        INDArray w = net.getParam(SoftmaxModel.WEIGHTS);
        INDArray b = net.getParam(SoftmaxModel.BIAS);
        assertArrayEquals(new long[] {2, K}, w.shape(), "W is not [nIn, nOut]");
        assertEquals(1, b.rank(), "b is not rank 1");
        assertArrayEquals(new long[] {K}, b.shape(), "b is not [nOut]");
        // W[j][k] is the weight from feature j to class k: what setParameters wrote is what weights() reads.
        assertArrayEquals(W[0], SoftmaxModel.weights(net)[0], 0.0, "W row 0 (feature 0) changed on the way");
        assertArrayEquals(W[1], SoftmaxModel.weights(net)[1], 0.0, "W row 1 (feature 1) changed on the way");
        // The flat parameter vector: W in column-major ('f') order, then b.
        double[] expectedFlat = {W[0][0], W[1][0], W[0][1], W[1][1], W[0][2], W[1][2], B[0], B[1], B[2]};
        assertArrayEquals(expectedFlat, net.params().toDoubleVector(), 0.0, "params() is not W in 'f' order, then b");
    }
}
