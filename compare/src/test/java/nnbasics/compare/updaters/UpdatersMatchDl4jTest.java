package nnbasics.compare.updaters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import nnbasics.dl4j.runtime.Nd4jRuntime;
import nnbasics.handwritten.updaters.AdaGrad;
import nnbasics.handwritten.updaters.Adam;
import nnbasics.handwritten.updaters.L1;
import nnbasics.handwritten.updaters.L2;
import nnbasics.handwritten.updaters.Nesterovs;
import nnbasics.handwritten.updaters.Regularisation;
import nnbasics.handwritten.updaters.RmsProp;
import nnbasics.handwritten.updaters.Sgd;
import nnbasics.handwritten.updaters.Step;
import nnbasics.handwritten.updaters.TextbookAdam;
import nnbasics.handwritten.updaters.Updater;
import nnbasics.handwritten.updaters.WeightDecay;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Each hand-written updater and regulariser against DL4J's, without the trainers: a DL4J network of one 3 → 2
 * identity output layer with MSE takes 20 {@code fit} steps on 4 examples. At step 0 the hand side starts from its
 * own initial state (so RMSProp's ε and AdaGrad's 1e-6 are checked); before every later step it is given DL4J's
 * parameters and updater state (the step proof's lock-step). It computes the mean gradient itself
 * ({@link #meanGradient}) and takes one {@link Step} for the weights and one for the biases; after it, the weights,
 * the biases and every state array must agree with DL4J's within {@link #STEP_BOUND} of that tensor's largest entry.
 * A planted error (the textbook Adam in DL4J's place) must break it. Last, both engines run free for 20 steps and
 * are held to NumPy's Adam and momentum ({@code updaters_reference.py}, beside this test).
 */
class UpdatersMatchDl4jTest {

    private static final double[][] X = {{0.5, -1.0, 0.25}, {1.5, 2.0, -0.75}, {-0.3, 0.8, 1.1}, {2.2, -0.4, 0.6}};
    private static final double[][] Y = {{1.0, -0.5}, {0.25, 2.0}, {-1.2, 0.4}, {0.7, 0.9}};
    private static final double[] W0 = {0.3, 0.1, -0.25, -0.2, 0.4, 0.15}; // W column by column, [3, 2]
    private static final double[] B0 = {0.05, -0.1};
    private static final int STEPS = 20;
    private static final int N_IN = 3;
    private static final int N_OUT = 2;
    /** The unit roundoff of double, 2⁻⁵³. */
    private static final double U = 0x1p-53;
    /**
     * The roundings in the longest chain from θ to one entry of a step's output, on one side: the gradient
     * (N_IN products and N_IN adds for ŷ with b, a subtraction, ×2, ÷nOut: 3 + 3 + 3 = 9; B products and B − 1 adds
     * for the row sum and ÷B: 8), the updater (Adam's: α_t from two powers, a square root, two subtractions, a
     * product and a quotient, 7, each power within an ulp; m 3; v 4; √v, +ε, ×α, ÷: 4 — 18), a regulariser (2)
     * and θ − u (1): 9 + 8 + 18 + 2 + 1 = 38.
     */
    private static final int ROUNDINGS = 38;
    /**
     * The step bound, relative to a tensor's largest entry: both sides within γ_N ≈ N·u of the exact value, so
     * apart by at most 2·N·u — valid while no intermediate is much larger than the tensor it feeds, which holds
     * here (|x|, |y|, |θ| ≤ 2.2, B = 4). 2·38·2⁻⁵³ ≈ 8.4e-15; measured 2e-16 to 7e-16 (Nesterovs + l1 the
     * most), and 1.4e-7 with the textbook Adam planted in DL4J's place.
     */
    private static final double STEP_BOUND = 2 * ROUNDINGS * U;
    /**
     * Free-running for 20 steps against NumPy: each step adds at most STEP_BOUND (NumPy's own chain is no longer),
     * and the step map contracts errors here (η·λ_max of the MSE Hessian below 1), so 20·STEP_BOUND ≈ 1.7e-13 of
     * the largest parameter.
     */
    private static final double FREE_RUN_BOUND = STEPS * STEP_BOUND;

    /** One engine configuration and its hand-written twin. */
    record Case(String name, UnaryOperator<NeuralNetConfiguration.Builder> dl4j,
            UnaryOperator<OutputLayer.Builder> layer, Supplier<Updater> weights, Supplier<Updater> biases,
            List<Regularisation> onWeights, List<Regularisation> onBiases) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        int w = N_IN * N_OUT;
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Sgd", b -> b.updater(new org.nd4j.linalg.learning.config.Sgd(0.1)), l -> l,
                () -> new Sgd(w, 0.1), () -> new Sgd(N_OUT, 0.1), List.of(), List.of()));
        cases.add(new Case("Nesterovs", b -> b.updater(new org.nd4j.linalg.learning.config.Nesterovs(0.05, 0.9)),
                l -> l, () -> new Nesterovs(w, 0.05, 0.9), () -> new Nesterovs(N_OUT, 0.05, 0.9), List.of(),
                List.of()));
        cases.add(new Case("RmsProp", b -> b.updater(new org.nd4j.linalg.learning.config.RmsProp(0.01, 0.95, 1e-8)),
                l -> l, () -> new RmsProp(w, 0.01, 0.95, 1e-8), () -> new RmsProp(N_OUT, 0.01, 0.95, 1e-8),
                List.of(), List.of()));
        cases.add(new Case("AdaGrad", b -> b.updater(new org.nd4j.linalg.learning.config.AdaGrad(0.1, 1e-6)),
                l -> l, () -> new AdaGrad(w, 0.1, 1e-6), () -> new AdaGrad(N_OUT, 0.1, 1e-6), List.of(), List.of()));
        cases.add(new Case("Adam", b -> b.updater(new org.nd4j.linalg.learning.config.Adam(0.01, 0.9, 0.999, 1e-8)),
                l -> l, () -> new Adam(w, 0.01, 0.9, 0.999, 1e-8), () -> new Adam(N_OUT, 0.01, 0.9, 0.999, 1e-8),
                List.of(), List.of()));
        cases.add(new Case("Adam + l2 + l2Bias",
                b -> b.updater(new org.nd4j.linalg.learning.config.Adam(0.01, 0.9, 0.999, 1e-8)).l2(0.05).l2Bias(0.02),
                l -> l, () -> new Adam(w, 0.01, 0.9, 0.999, 1e-8), () -> new Adam(N_OUT, 0.01, 0.9, 0.999, 1e-8),
                List.of(new L2(0.05)), List.of(new L2(0.02))));
        cases.add(new Case("Nesterovs + l1",
                b -> b.updater(new org.nd4j.linalg.learning.config.Nesterovs(0.05, 0.9)).l1(0.05),
                l -> l, () -> new Nesterovs(w, 0.05, 0.9), () -> new Nesterovs(N_OUT, 0.05, 0.9),
                List.of(new L1(0.05)), List.of()));
        cases.add(new Case("Adam + weightDecay on the layer",
                b -> b.updater(new org.nd4j.linalg.learning.config.Adam(0.01, 0.9, 0.999, 1e-8)),
                l -> {
                    l.weightDecay(0.1);
                    l.weightDecayBias(0.05);
                    return l;
                }, () -> new Adam(w, 0.01, 0.9, 0.999, 1e-8), () -> new Adam(N_OUT, 0.01, 0.9, 0.999, 1e-8),
                List.of(new WeightDecay(0.1)), List.of(new WeightDecay(0.05))));
        return cases.stream().map(Arguments::of);
    }

    private static MultiLayerNetwork network(Case c) {
        Nd4jRuntime.configure();
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        NeuralNetConfiguration.Builder builder = new NeuralNetConfiguration.Builder().seed(42)
                .dataType(DataType.DOUBLE).weightInit(WeightInit.ZERO).miniBatch(true);
        OutputLayer.Builder output = new OutputLayer.Builder(LossFunction.MSE).nIn(N_IN).nOut(N_OUT)
                .activation(Activation.IDENTITY).hasBias(true);
        MultiLayerNetwork net = new MultiLayerNetwork(c.dl4j().apply(builder).list()
                .layer(c.layer().apply(output).build()).build());
        net.init();
        double[] flat = new double[W0.length + B0.length];
        System.arraycopy(W0, 0, flat, 0, W0.length);
        System.arraycopy(B0, 0, flat, W0.length, B0.length);
        net.setParams(Nd4j.createFromArray(flat).reshape(1, flat.length));
        return net;
    }

    /**
     * The mean MSE gradient of the identity layer at θ (W column by column, then b), by hand:
     * <pre>
     * ŷ_ik = Σ_j x_ij W_jk + b_k,   δ_ik = 2(ŷ_ik − y_ik)/nOut      LossMSE's per-row gradient
     * g_W,jk = (Σ_i x_ij δ_ik) / B,   g_b,k = (Σ_i δ_ik) / B          summed, then divided, as DL4J's updater does
     * </pre>
     */
    static double[] meanGradient(double[] w, double[] b) {
        int rows = X.length;
        double[][] delta = new double[rows][N_OUT];
        for (int i = 0; i < rows; i++) {
            for (int k = 0; k < N_OUT; k++) {
                double yHat = 0;
                for (int j = 0; j < N_IN; j++) {
                    yHat += X[i][j] * w[k * N_IN + j];
                }
                yHat += b[k];
                delta[i][k] = 2 * (yHat - Y[i][k]) / N_OUT;
            }
        }
        double[] g = new double[N_IN * N_OUT + N_OUT];
        for (int k = 0; k < N_OUT; k++) {
            for (int j = 0; j < N_IN; j++) {
                double sum = 0;
                for (int i = 0; i < rows; i++) {
                    sum += X[i][j] * delta[i][k];
                }
                g[k * N_IN + j] = sum / rows;
            }
            double sum = 0;
            for (int i = 0; i < rows; i++) {
                sum += delta[i][k];
            }
            g[N_IN * N_OUT + k] = sum / rows;
        }
        return g;
    }

    /** DL4J's state view cut into the named arrays of one group [from, to) of the parameters. */
    private static Map<String, double[]> dl4jState(double[] view, List<String> names, int from, int to) {
        int size = view.length / Math.max(1, names.size());
        Map<String, double[]> out = new LinkedHashMap<>();
        for (int k = 0; k < names.size(); k++) {
            out.put(names.get(k), Arrays.copyOfRange(view, k * size + from, k * size + to));
        }
        return out;
    }

    /** The largest |a_i − b_i| over the largest |b_i| (or 0 for an all-zero b compared with itself). */
    private static double relative(double[] a, double[] b) {
        double difference = 0;
        double scale = 0;
        for (int i = 0; i < a.length; i++) {
            difference = Math.max(difference, Math.abs(a[i] - b[i]));
            scale = Math.max(scale, Math.abs(b[i]));
        }
        return difference == 0 ? 0 : difference / scale;
    }

    private static double[] stateView(MultiLayerNetwork net) {
        return net.getUpdater().getStateViewArray() == null ? new double[0]
                : net.getUpdater().getStateViewArray().dup().toDoubleVector();
    }

    /**
     * Runs the lock-step and returns the worst relative difference of any tensor at any step.
     *
     * @param c        the configuration
     * @param weights  the hand updater for the weights (may differ from c's, to plant an error)
     */
    private static double lockStep(Case c, Supplier<Updater> weights) {
        MultiLayerNetwork net = network(c);
        int w = N_IN * N_OUT;
        Updater uw = weights.get();
        Updater ub = c.biases().get();
        List<String> names = new ArrayList<>(uw.state().keySet());
        double worst = 0;
        for (int t = 0; t < STEPS; t++) {
            double[] params = net.params().toDoubleVector();
            double[] view = stateView(net);
            if (t > 0) {                                            // step 0: the hand side's own initial state
                uw.restore(t, dl4jState(view, names, 0, w));
                ub.restore(t, dl4jState(view, names, w, params.length));
            }
            double[] wHand = Arrays.copyOfRange(params, 0, w);
            double[] bHand = Arrays.copyOfRange(params, w, params.length);
            double[] g = meanGradient(wHand, bHand);
            new Step(uw, c.onWeights()).take(wHand, Arrays.copyOfRange(g, 0, w));
            new Step(ub, c.onBiases()).take(bHand, Arrays.copyOfRange(g, w, g.length));

            net.fit(Nd4j.createFromArray(X), Nd4j.createFromArray(Y));
            double[] after = net.params().toDoubleVector();
            double[] viewAfter = stateView(net);
            worst = Math.max(worst, relative(wHand, Arrays.copyOfRange(after, 0, w)));
            worst = Math.max(worst, relative(bHand, Arrays.copyOfRange(after, w, after.length)));
            Map<String, double[]> dw = dl4jState(viewAfter, names, 0, w);
            Map<String, double[]> db = dl4jState(viewAfter, names, w, after.length);
            for (String n : names) {
                worst = Math.max(worst, relative(uw.state().get(n), dw.get(n)));
                worst = Math.max(worst, relative(ub.state().get(n), db.get(n)));
            }
        }
        return worst;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachStepMatchesDl4jWithinTheStepBound(Case c) {
        double worst = lockStep(c, c.weights());
        assertTrue(worst <= STEP_BOUND, c.name() + ": a tensor differs from DL4J's by " + worst
                + " of its largest entry, above the step bound " + STEP_BOUND);
    }

    /** Planted: the textbook Adam (ε on √v̂) where DL4J runs its own must break the step bound. */
    @Test
    void theTextbookAdamInPlaceOfDl4jsIsCaught() {
        Case adam = cases().map(a -> (Case) a.get()[0]).filter(c -> c.name().equals("Adam")).findFirst()
                .orElseThrow();
        double worst = lockStep(adam, () -> new TextbookAdam(N_IN * N_OUT, 0.01, 0.9, 0.999, 1e-8));
        assertTrue(worst > 100 * STEP_BOUND, "the textbook Adam passed for DL4J's: " + worst);
    }

    /**
     * NumPy's DL4J-form Adam (η 0.01, β₁ 0.9, β₂ 0.999, ε 1e-8) and Nesterov momentum (η 0.05, μ 0.9), 20 free steps
     * from the same start: W column by column then b, printed by {@code updaters_reference.py} (beside this test).
     */
    private static final double[] NUMPY_ADAM = {0.4497463908982133, -0.09534041991809561, -0.3829635067088611,
        -0.006557901257876161, 0.5868456653840997, -0.02709389342182017, -0.11593968155957536, 0.09190850448676369};
    private static final double[] NUMPY_NESTEROVS = {0.4052691924960093, -0.5689975184266266, -0.847962167976987,
        0.5447691133491931, 0.6371967920427313, -0.0007451358969672948, 0.17446749356831764, -0.08266244939411446};

    @Test
    void bothEnginesMatchNumpysAdamAndMomentumFromTheSameStart() {
        for (String name : List.of("Adam", "Nesterovs")) {
            double[] expected = name.equals("Adam") ? NUMPY_ADAM : NUMPY_NESTEROVS;
            Case c = cases().map(a -> (Case) a.get()[0]).filter(k -> k.name().equals(name)).findFirst()
                    .orElseThrow();
            MultiLayerNetwork net = network(c);
            int w = N_IN * N_OUT;
            double[] wHand = W0.clone();
            double[] bHand = B0.clone();
            Step sw = new Step(c.weights().get(), List.of());
            Step sb = new Step(c.biases().get(), List.of());
            for (int t = 0; t < STEPS; t++) {
                double[] g = meanGradient(wHand, bHand);
                sw.take(wHand, Arrays.copyOfRange(g, 0, w));
                sb.take(bHand, Arrays.copyOfRange(g, w, g.length));
                net.fit(Nd4j.createFromArray(X), Nd4j.createFromArray(Y));
            }
            double[] hand = new double[expected.length];
            System.arraycopy(wHand, 0, hand, 0, w);
            System.arraycopy(bHand, 0, hand, w, bHand.length);
            double scale = Arrays.stream(expected).map(Math::abs).max().orElseThrow();
            assertArrayEquals(expected, hand, FREE_RUN_BOUND * scale, name + ": the hand side is not NumPy's");
            assertArrayEquals(expected, net.params().toDoubleVector(), FREE_RUN_BOUND * scale,
                    name + ": DL4J is not NumPy's");
        }
    }
}
