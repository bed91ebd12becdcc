package nnbasics.dl4j.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The DL4J 1.0.0-M2.1 conventions of dense networks that the twins rely on, each pinned by its own test so that an
 * upgrade that changes one is caught. Expected values are closed forms written in each test's javadoc, or the
 * plain-Java backpropagation of {@link PlainNetwork}.
 */
class DenseConventionsTest {

    /** Sums of a handful of products of doubles of size ≈ 1, computed in another order: a few ulps of 1. */
    private static final double ROUNDING = 1e-14;

    /** Computes the score and the layer gradients at the network's parameters without an update. */
    private static MultiLayerNetwork gradientAt(MultiLayerNetwork net, double[][] x, double[][] y) {
        net.setInput(Nd4j.createFromArray(x));
        net.setLabels(Nd4j.createFromArray(y));
        net.computeGradientAndScore();
        return net;
    }

    private static double[][] gradient(MultiLayerNetwork net, String key) {
        return net.gradient().getGradientFor(key).toDoubleMatrix();
    }

    private static double[] biasGradient(MultiLayerNetwork net, String key) {
        return net.gradient().getGradientFor(key).toDoubleVector();
    }

    // ---- parameter layout -----------------------------------------------------------------------------------

    /**
     * A 2 → 3 tanh → 2 tanh → 4 softmax network with every parameter distinct (layer l, row j, column k gives
     * 100·(l+1) + 10·j + k, bias k gives −(100·(l+1) + k)): {@code params()} must be 0_W column by column, 0_b,
     * 1_W column by column, 1_b, 2_W …, 2_b; the keys in that order; W [nIn, nOut]; b rank 1.
     */
    @Test
    void paramsAreEachLayersWeightsColumnMajorThenItsBiasInLayerOrder() {
        int[] sizes = {2, 3, 2, 4};
        MultiLayerNetwork net = Network.build(2, new int[] {3, 2}, 4, Activation.TANH, 0.1);
        List<double[][]> w = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        List<Double> expectedFlat = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            double[][] wl = new double[sizes[l]][sizes[l + 1]];
            double[] bl = new double[sizes[l + 1]];
            for (int k = 0; k < bl.length; k++) {
                bl[k] = -(100 * (l + 1) + k);
                for (int j = 0; j < wl.length; j++) {
                    wl[j][k] = 100 * (l + 1) + 10 * j + k;
                }
            }
            for (int k = 0; k < bl.length; k++) {         // column-major: column k, rows j = 0 … nIn−1
                for (int j = 0; j < wl.length; j++) {
                    expectedFlat.add(wl[j][k]);
                }
            }
            for (double v : bl) {
                expectedFlat.add(v);
            }
            w.add(wl);
            b.add(bl);
        }
        Network.setParameters(net, w, b);

        assertEquals(List.of("0_W", "0_b", "1_W", "1_b", "2_W", "2_b"), new ArrayList<>(net.paramTable().keySet()),
                "the parameter keys are not layer by layer, W before b, the output layer last");
        for (int l = 0; l < 3; l++) {
            assertArrayEquals(new long[] {sizes[l], sizes[l + 1]}, net.getParam(l + "_W").shape(),
                    "layer " + l + ": W is not [nIn, nOut]");
            assertArrayEquals(new long[] {sizes[l + 1]}, net.getParam(l + "_b").shape(),
                    "layer " + l + ": b is not rank 1 [nOut]");
        }
        double[] expected = expectedFlat.stream().mapToDouble(Double::doubleValue).toArray();
        assertArrayEquals(expected, net.params().toDoubleVector(), 0.0,
                "params() is not, layer by layer, W in column-major order then b");
        for (int l = 0; l < 3; l++) {
            assertTrue(PlainNetwork.relativeDifference(Network.weights(net).get(l), w.get(l)) == 0,
                    "layer " + l + ": weights() does not read back what setParameters wrote");
            assertArrayEquals(b.get(l), Network.biases(net).get(l), 0.0,
                    "layer " + l + ": biases() does not read back what setParameters wrote");
        }
    }

    // ---- derivatives of the hidden activations ----------------------------------------------------------------

    /**
     * ReLU′(0) in backpropagation. Network 1 → 2 relu → 2 softmax, one example x = 1 of class 0:
     * <pre>
     * W⁰ = [[1, 1]], b⁰ = (−1, 0.5)        z⁰ = (0, 1.5)  — unit 0 sits exactly at the kink
     * a⁰ = relu(z⁰) = (0, 1.5)
     * W¹ = [[0.3, −0.2], [0.1, 0.4]], b¹ = 0,  p = softmax(a⁰ W¹),  δ¹ = p − y
     * g = δ¹ W¹ᵀ                           g_j = Σ_k δ¹_k W¹_jk, what reaches a⁰_j
     * ∂W⁰_0j = x · g_j · relu′(z⁰_j),  ∂b⁰_j = g_j · relu′(z⁰_j)
     * </pre>
     * With relu′(0) = 0: ∂W⁰_00 = ∂b⁰_0 = 0 exactly; with relu′(0) = 1 they would be g_0 (≈ −0.15, far from 0).
     * Unit 1 (z = 1.5 > 0) passes g_1 through unchanged.
     */
    @Test
    void reluDerivativeAtZeroIsZero() {
        MultiLayerNetwork net = Network.build(1, new int[] {2}, 2, Activation.RELU, 1.0);
        double[][] w1 = {{0.3, -0.2}, {0.1, 0.4}};
        Network.setParameters(net, List.of(new double[][] {{1, 1}}, w1),
                List.of(new double[] {-1, 0.5}, new double[] {0, 0}));
        gradientAt(net, new double[][] {{1}}, new double[][] {{1, 0}});

        double[] a = {0, 1.5};
        double[] p = PlainNetwork.softmax(PlainNetwork.affine(a, w1, new double[] {0, 0}));
        double[] delta = {p[0] - 1, p[1]};
        double g0 = delta[0] * w1[0][0] + delta[1] * w1[0][1];
        double g1 = delta[0] * w1[1][0] + delta[1] * w1[1][1];
        assertTrue(Math.abs(g0) > 0.1, "the test needs a gradient at unit 0 that relu′(0) = 1 would pass: " + g0);

        double[][] dW0 = gradient(net, "0_W");
        double[] db0 = biasGradient(net, "0_b");
        assertEquals(0.0, dW0[0][0], 0.0, "∂L/∂W⁰_00 is not 0: DL4J's relu′(0) is not 0 (g_0 = " + g0 + ")");
        assertEquals(0.0, db0[0], 0.0, "∂L/∂b⁰_0 is not 0: DL4J's relu′(0) is not 0 (g_0 = " + g0 + ")");
        assertEquals(g1, dW0[0][1], Math.abs(g1) * ROUNDING, "unit 1 (z > 0) did not pass g_1 = x · g_1");
        assertEquals(g1, db0[1], Math.abs(g1) * ROUNDING, "unit 1 (z > 0) did not pass g_1 to its bias");
        // and forwards, relu(0) = 0: the output layer's weights from unit 0 get a⁰_0 · δ¹ = 0
        assertArrayEquals(new double[] {0, 0}, gradient(net, "1_W")[0], 0.0, "relu(0) is not 0 in the forward pass");
    }

    /**
     * The derivative of each hidden activation as backpropagation uses it. Network 1 → 1 f → 2 softmax, two examples
     * x = 0.5 (class 0) and x = −1.5 (class 1):
     * <pre>
     * W⁰ = 0.8, b⁰ = −0.3                  z_i = 0.8 x_i − 0.3 = (0.1, −1.5),  h_i = f(z_i)
     * W¹ = (1.2, −0.7), b¹ = (0.1, −0.1)   p_i = softmax(h_i W¹ + b¹),  δ_i = p_i − y_i
     * ∂W¹_k = Σ_i h_i δ_ik,  ∂b¹_k = Σ_i δ_ik                (sums: no 1/B in the layer gradient)
     * g_i = Σ_k δ_ik W¹_k
     * ∂W⁰ = Σ_i x_i g_i f′(z_i),  ∂b⁰ = Σ_i g_i f′(z_i)
     * f′: identity 1;  sigmoid σ(z)(1 − σ(z));  tanh 1 − tanh²(z);  relu 1 if z > 0 else 0
     * </pre>
     */
    @ParameterizedTest
    @EnumSource(value = Activation.class, names = {"IDENTITY", "SIGMOID", "TANH", "RELU"})
    void backpropagationUsesTheClosedFormDerivative(Activation f) {
        double[] x = {0.5, -1.5};
        double[][] y = {{1, 0}, {0, 1}};
        double[] w1 = {1.2, -0.7};
        double[] b1 = {0.1, -0.1};
        MultiLayerNetwork net = Network.build(1, new int[] {1}, 2, f, 1.0);
        Network.setParameters(net, List.of(new double[][] {{0.8}}, new double[][] {w1}),
                List.of(new double[] {-0.3}, b1));
        gradientAt(net, new double[][] {{x[0]}, {x[1]}}, y);

        double dW0 = 0;
        double db0 = 0;
        double[] dW1 = new double[2];
        double[] db1 = new double[2];
        for (int i = 0; i < 2; i++) {
            double z = 0.8 * x[i] - 0.3;
            double h;
            double fPrime;
            switch (f) {
                case IDENTITY -> {
                    h = z;
                    fPrime = 1;
                }
                case SIGMOID -> {
                    h = 1 / (1 + Math.exp(-z));
                    fPrime = h * (1 - h);
                }
                case TANH -> {
                    h = Math.tanh(z);
                    fPrime = 1 - h * h;
                }
                case RELU -> {
                    h = Math.max(0, z);
                    fPrime = z > 0 ? 1 : 0;
                }
                default -> throw new AssertionError(f);
            }
            double[] p = PlainNetwork.softmax(new double[] {h * w1[0] + b1[0], h * w1[1] + b1[1]});
            double g = 0;
            for (int k = 0; k < 2; k++) {
                double delta = p[k] - y[i][k];
                dW1[k] += h * delta;
                db1[k] += delta;
                g += delta * w1[k];
            }
            dW0 += x[i] * g * fPrime;
            db0 += g * fPrime;
        }
        assertTrue(PlainNetwork.relativeDifference(gradient(net, "0_W")[0][0], dW0) <= ROUNDING,
                f + ": ∂L/∂W⁰ " + gradient(net, "0_W")[0][0] + " is not Σ x g f′(z) = " + dW0);
        assertTrue(PlainNetwork.relativeDifference(biasGradient(net, "0_b")[0], db0) <= ROUNDING,
                f + ": ∂L/∂b⁰ " + biasGradient(net, "0_b")[0] + " is not Σ g f′(z) = " + db0);
        assertTrue(PlainNetwork.relativeDifference(gradient(net, "1_W")[0], dW1) <= ROUNDING,
                f + ": ∂L/∂W¹ is not Σ h δ");
        assertTrue(PlainNetwork.relativeDifference(biasGradient(net, "1_b"), db1) <= ROUNDING,
                f + ": ∂L/∂b¹ is not Σ δ");
    }

    // ---- the batch: sums, 1/B, the score, one iteration -------------------------------------------------------

    /** Five examples, three features, three classes; a 3 → 4 tanh → 3 tanh → 3 network; all seeded. */
    private static final class Fixture {
        final double[][] x = new double[5][3];
        final double[][] y = new double[5][3];
        final List<double[][]> w = new ArrayList<>();
        final List<double[]> b = new ArrayList<>();

        Fixture() {
            Random random = new Random(7L);
            for (int i = 0; i < x.length; i++) {
                for (int j = 0; j < 3; j++) {
                    x[i][j] = random.nextGaussian();
                }
                y[i][random.nextInt(3)] = 1;
            }
            int[] sizes = {3, 4, 3, 3};
            for (int l = 0; l < 3; l++) {
                double[][] wl = new double[sizes[l]][sizes[l + 1]];
                double[] bl = new double[sizes[l + 1]];
                for (int k = 0; k < bl.length; k++) {
                    bl[k] = 0.1 * random.nextGaussian();
                    for (int j = 0; j < wl.length; j++) {
                        wl[j][k] = 0.7 * random.nextGaussian();
                    }
                }
                w.add(wl);
                b.add(bl);
            }
        }

        MultiLayerNetwork network(double rate) {
            MultiLayerNetwork net = Network.build(3, new int[] {4, 3}, 3, Activation.TANH, rate);
            Network.setParameters(net, w, b);
            return net;
        }
    }

    /**
     * The layer gradients of a batch are the sum of the gradients of its rows taken one at a time (DL4J on each), and
     * equal the plain backpropagation sum Σ_i aˡ⁻¹_iᵀ δˡ_i with δᴸ_i = p_i − y_i (no 1/B).
     */
    @Test
    void layerGradientIsTheSumOverTheRows() {
        Fixture fixture = new Fixture();
        MultiLayerNetwork batch = gradientAt(fixture.network(1.0), fixture.x, fixture.y);
        PlainNetwork.Gradient plain = PlainNetwork.gradient(fixture.x, fixture.y, fixture.w, fixture.b,
                Activation.TANH);
        for (int l = 0; l < 3; l++) {
            double[][] sumOfRows = new double[fixture.w.get(l).length][fixture.w.get(l)[0].length];
            double[] biasSumOfRows = new double[fixture.b.get(l).length];
            for (int i = 0; i < fixture.x.length; i++) {
                MultiLayerNetwork one = gradientAt(fixture.network(1.0), new double[][] {fixture.x[i]},
                        new double[][] {fixture.y[i]});
                double[][] g = gradient(one, l + "_W");
                double[] gb = biasGradient(one, l + "_b");
                for (int k = 0; k < gb.length; k++) {
                    biasSumOfRows[k] += gb[k];
                    for (int j = 0; j < g.length; j++) {
                        sumOfRows[j][k] += g[j][k];
                    }
                }
            }
            assertTrue(PlainNetwork.relativeDifference(gradient(batch, l + "_W"), sumOfRows) <= ROUNDING,
                    "layer " + l + ": ∂L/∂W of the batch is not the sum of the rows' ∂L/∂W");
            assertTrue(PlainNetwork.relativeDifference(biasGradient(batch, l + "_b"), biasSumOfRows) <= ROUNDING,
                    "layer " + l + ": ∂L/∂b of the batch is not the sum of the rows' ∂L/∂b");
            assertTrue(PlainNetwork.relativeDifference(gradient(batch, l + "_W"), plain.weights().get(l)) <= ROUNDING,
                    "layer " + l + ": ∂L/∂W is not the plain backpropagation sum");
            assertTrue(PlainNetwork.relativeDifference(biasGradient(batch, l + "_b"), plain.biases().get(l))
                    <= ROUNDING, "layer " + l + ": ∂L/∂b is not the plain backpropagation sum");
        }
        assertTrue(PlainNetwork.relativeDifference(batch.score(), plain.loss()) <= ROUNDING,
                "the score " + batch.score() + " is not −(1/B) Σ log p = " + plain.loss());
    }

    /**
     * One {@code fit(features, labels)} is exactly one iteration of θ ← θ − η · (Σ over the rows)/B, for every
     * parameter of every layer: the flat gradient of {@code computeGradientAndScore} (layout as {@code params()}),
     * divided by B = 5 by the updater ({@code miniBatch(true)}), times η = 0.3.
     */
    @Test
    void oneFitIsOneStepOfRateTimesTheSumOverB() {
        double rate = 0.3;
        Fixture fixture = new Fixture();
        int batchSize = fixture.x.length;
        double[] before = fixture.network(rate).params().toDoubleVector();
        double[] sum = gradientAt(fixture.network(rate), fixture.x, fixture.y).gradient().gradient()
                .toDoubleVector();
        double[] expected = new double[before.length];
        for (int q = 0; q < before.length; q++) {
            expected[q] = before[q] - rate * sum[q] / batchSize;
        }
        MultiLayerNetwork net = fixture.network(rate);
        assertEquals(0, net.getIterationCount(), "a new network has done iterations");
        net.fit(Nd4j.createFromArray(fixture.x), Nd4j.createFromArray(fixture.y));
        assertEquals(1, net.getIterationCount(), "fit(features, labels) is not exactly one iteration");
        assertEquals(0, net.getEpochCount(), "fit(features, labels) counted an epoch");
        assertTrue(PlainNetwork.relativeDifference(net.params().toDoubleVector(), expected) <= ROUNDING,
                "one fit did not move every parameter by η · Σ/B");
    }

    /** {@code net.score()} after a fit is the loss at the parameters before that fit's update. */
    @Test
    void scoreAfterFitIsTheLossBeforeTheUpdate() {
        Fixture fixture = new Fixture();
        MultiLayerNetwork net = fixture.network(0.5);
        DataSet data = new DataSet(Nd4j.createFromArray(fixture.x), Nd4j.createFromArray(fixture.y));
        double before = net.score(data, false);
        net.fit(data.getFeatures(), data.getLabels());
        double after = net.score(data, false);
        assertEquals(before, net.score(), Math.abs(before) * ROUNDING, "score() after fit is not the pre-update loss");
        assertTrue(after < before - 1e-3, "the step did not lower the loss: " + before + " → " + after);
    }

    // ---- one step by hand ----------------------------------------------------------------------------------

    /**
     * One step of a 1 → 1 identity → 2 softmax network on one example x = 1 of class 0, η = 0.5, by hand:
     * <pre>
     * W⁰ = 1, b⁰ = 0                 h = 1·1 + 0 = 1
     * W¹ = (1, −1), b¹ = (0, 0)      z = (1, −1)
     * p = softmax(z) = (σ(2), 1 − σ(2)),  σ(2) = 1/(1 + e⁻²) = 0.8807970779778823,  e := 1 − σ(2) = 0.11920292202211769
     * L = −log σ(2) = log(1 + e⁻²) = 0.12692801104297263
     * δ¹ = p − y = (−e, e)                       ∂W¹ = h δ¹ = (−e, e),  ∂b¹ = (−e, e)
     * g = δ¹ W¹ᵀ = −e·1 + e·(−1) = −2e            ∂W⁰ = x g = −2e,       ∂b⁰ = −2e
     * W⁰ ← 1 − 0.5·(−2e) = 1 + e = 1.1192029220221178        b⁰ ← e = 0.11920292202211769
     * W¹ ← (1 + e/2, −1 − e/2) = (1.059601461011059, −1.059601461011059)
     * b¹ ← (e/2, −e/2) = (0.05960146101105884, −0.05960146101105884)
     * </pre>
     */
    @Test
    void oneStepOfATinyNetworkMatchesTheHandComputation() {
        DataSet data = new DataSet(Nd4j.createFromArray(new double[][] {{1}}),
                Nd4j.createFromArray(new double[][] {{1, 0}}));
        NetworkTrainer trainer = new NetworkTrainer(data, List.of(new double[][] {{1}}, new double[][] {{1, -1}}),
                List.of(new double[] {0}, new double[] {0, 0}), Activation.IDENTITY, 0.5);
        double loss = trainer.step();
        assertEquals(0.12692801104297263, loss, ROUNDING, "the loss is not log(1 + e⁻²)");
        assertEquals(1.1192029220221178, trainer.weights().get(0)[0][0], ROUNDING, "W⁰ is not 1 + e");
        assertEquals(0.11920292202211769, trainer.biases().get(0)[0], ROUNDING, "b⁰ is not e");
        assertArrayEquals(new double[] {1.059601461011059, -1.059601461011059}, trainer.weights().get(1)[0],
                ROUNDING, "W¹ is not (1 + e/2, −1 − e/2)");
        assertArrayEquals(new double[] {0.05960146101105884, -0.05960146101105884}, trainer.biases().get(1),
                ROUNDING, "b¹ is not (e/2, −e/2)");
    }

    /**
     * {@code getParam} is a live view into the parameters: {@code Network.weights} reads the current values from
     * it without a copy, and a caller who keeps a view must {@code dup()} it before the next step.
     */
    @Test
    void getParamIsALiveView() {
        Fixture fixture = new Fixture();
        MultiLayerNetwork net = fixture.network(0.5);
        INDArray view = net.getParam("0_W");
        double before = view.getDouble(0, 0);
        net.fit(Nd4j.createFromArray(fixture.x), Nd4j.createFromArray(fixture.y));
        assertTrue(view.getDouble(0, 0) != before, "getParam did not return a live view of the parameters");
    }
}
