package nnbasics.compare.proof;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nnbasics.compare.Difference;
import nnbasics.compare.Engine;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.compare.proof.PlainNetworkEngine.Hidden;
import nnbasics.compare.proof.PlainNetworkEngine.Plant;
import nnbasics.compare.regression.RegressionTwins;
import nnbasics.handwritten.classification.ClassificationData;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.RegressionData;
import org.junit.jupiter.api.Test;

/**
 * The proof that the step proof catches errors: a plain copy of a hand-written engine ({@link PlainNetworkEngine},
 * {@link PlainRegressionEngine}) with one wrong derivation planted runs in lock-step against the real DL4J engine,
 * built as the Twins classes build it, on the project's data files; the step proof flags it at the first update
 * where the error can show, and names the tensor. Every case first runs the same copy unplanted on the same data from
 * the same start, and it must pass: the planted tests cannot pass because the copy is wrong in some other way.
 *
 * <p>Where each error can first show is derived beside its test, from the formula, not read off the run. A gradient
 * error cannot show in {@code loss} or {@code P}: the step proof computes them at DL4J's own state, before the step.
 * It shows in the parameters after the update, in the layer whose gradient it spoils — the proof localises it.
 *
 * <p>The bound is the step proof's, {@link Tolerances#step} of the longest sum of one update (1e−12 here).
 */
class PlantedErrorsTest {

    /** Few updates: every error here shows at the first that can show it, and the tests stay fast. */
    private static final int STEPS = 5;
    /** Long enough for the ReLU test to look for z = 0 along a trajectory that has none (each update ~1 ms). */
    private static final int RELU_STEPS = 20;
    /** The seed of the drawn starts, fixed up-front as in NetworkLockStepTest. */
    private static final long SEED = 1;
    /** η of the network runs, NetworkLockStepTest's. */
    private static final double RATE = 0.5;
    /** η on raw iris (features up to 7.9, not standardised). */
    private static final double IRIS_RATE = 0.1;
    /** A value computed in one update from the same numbers on both sides: a few roundings of u = 1.1e−16. */
    private static final double ONE_UPDATE_ROUNDING = 1e-12;
    /**
     * The most a float32 rounding of the inputs may move one update: each input moves by at most u_float = 2⁻²⁴
     * ≈ 6e−8 of itself; a step is a few products and sums of terms of the size of each tensor's scale, so its
     * results move by a few u_float of that scale. 16·u_float ≈ 1e−6: order 1 would be a wrong model, not a rounding.
     */
    private static final double FLOAT_ROUNDING_AT_MOST = 16 * Tolerances.FLOAT_UNIT_ROUNDOFF;

    private static final Path HOUSES = TestData.file("houses-labelled.csv");
    private static final List<String> HOUSE_FEATURES = List.of("area", "bathrooms");
    private static final Path IRIS = TestData.file("iris.csv");
    private static final List<String> IRIS_FEATURES =
            List.of("sepal_length", "sepal_width", "petal_length", "petal_width");

    private static final Set<String> FIRST_LAYER = Set.of("W1", "b1");
    private static final Set<String> PARAMETERS = Set.of("W1", "b1", "W2", "b2");

    // ---- the cases --------------------------------------------------------------------------------------------

    /** One network case: the file, how it is read, the architecture and the start both engines take. */
    private record Case(Path file, List<String> features, String label, boolean standardize, Hidden hidden,
                        NetworkStart start, double rate) {

        int[] sizes() {
            List<double[][]> w = start.weights();
            int[] sizes = new int[w.size() + 1];
            for (int l = 0; l < w.size(); l++) {
                sizes[l] = w.get(l).length;
                sizes[l + 1] = w.get(l)[0].length;
            }
            return sizes;
        }

        private NetworkTwins twins() {
            ClassificationData raw = ClassificationData.from(Table.read(file), features, label, null);
            return NetworkTwins.of(file, features, label, raw.classes(), EngineChoice.BOTH, standardize,
                    activation(), start, rate);
        }

        HiddenActivation activation() {
            return hidden == Hidden.TANH ? HiddenActivation.TANH : HiddenActivation.RELU;
        }

        /** A fresh DL4J engine, built as NetworkTwins builds it (DataVec, ND4J's standardiser). */
        Engine dl4j() {
            return twins().dl4j().engine();
        }

        /** A plain copy on the rows the hand-written side trains on (Table, the hand-written Standardizer). */
        PlainNetworkEngine plain(Plant plant) {
            ClassificationData train = twins().hand().train();
            return new PlainNetworkEngine(train.features(), train.labels(), start.weights(), start.biases(), hidden,
                    rate, plant);
        }

        /** The step proof's bound: n·u for the longest sum of one update (rows, or a layer's inputs + 1). */
        double bound() {
            int rows = ClassificationData.from(Table.read(file), features, label, null).size();
            return Tolerances.step(NetworkTwins.sumTerms(rows, sizes()));
        }
    }

    /** The houses (10 rows) standardised, 2 → hidden → 2, the drawn start of seed 1. */
    private static Case houses(Hidden hidden, int units) {
        int[] sizes = {2, units, 2};
        HiddenActivation f = hidden == Hidden.TANH ? HiddenActivation.TANH : HiddenActivation.RELU;
        return new Case(HOUSES, HOUSE_FEATURES, "label", true, hidden, NetworkTwins.start(sizes, f, SEED), RATE);
    }

    // ---- the runs ---------------------------------------------------------------------------------------------

    /** The unplanted copy passes at every update: what the planted one is measured against. */
    private static StepProofs.Run assertCorrectCopyPasses(Case c, int steps) {
        StepProofs.Run run = StepProofs.run(c.plain(Plant.NONE), c.dl4j(), steps);
        assertEquals(steps, run.updates().size());
        assertTrue(run.firstAbove(c.bound()).isEmpty(), "the correct copy fails the step proof: "
                + run.firstAbove(c.bound()).map(Difference::describe).orElse("") + " above " + c.bound());
        return run;
    }

    /** The planted copy's step proof: the first update above the bound, which must exist. */
    private static Difference firstFlagged(Case c, Plant plant, int steps) {
        StepProofs.Run run = StepProofs.run(c.plain(plant), c.dl4j(), steps);
        Difference first = run.firstAbove(c.bound()).orElseThrow(() -> new AssertionError(
                plant + " was not caught in " + steps + " updates: worst " + run.worst().describe()));
        return first;
    }

    private static void report(String what, Difference planted, StepProofs.Run correct) {
        System.out.println("planted " + what + ": step proof " + planted.describe() + "; the correct copy: "
                + correct.worst().describe());
    }

    /**
     * The step proof of update 1, tensor by tensor: some tensor of {@code spoilt} is above the bound, every other
     * within it.
     */
    private static void assertOnlyIn(Set<String> spoilt, Case c, Plant plant) {
        Map<String, Double> byTensor = StepProofs.firstUpdateByTensor(c.plain(plant), c.dl4j());
        assertTrue(spoilt.stream().anyMatch(t -> byTensor.get(t) > c.bound()),
                plant + " shows in none of " + spoilt + ": " + byTensor);
        for (Map.Entry<String, Double> e : byTensor.entrySet()) {
            if (!spoilt.contains(e.getKey())) {
                assertTrue(e.getValue() <= c.bound(), plant + " shows in " + e.getKey() + " (" + e.getValue()
                        + "), which it cannot spoil: " + byTensor);
            }
        }
    }

    // ---- the tests --------------------------------------------------------------------------------------------

    /**
     * tanh′ = 1 − tanh instead of 1 − tanh². The hidden δ becomes g·(1 − t) instead of g·(1 − t²): off by
     * g·t·(1 − t), not 0 as soon as a hidden unit has 0 < |t| and g ≠ 0 — at the drawn start already. So update 1,
     * in W1 or b1 (the only layer whose gradient uses f′); W2, b2, the loss and P are untouched.
     */
    @Test
    void tanhDerivativeWithoutTheSquareIsCaughtAtUpdateOneInTheFirstLayer() {
        Case c = houses(Hidden.TANH, 4);
        StepProofs.Run correct = assertCorrectCopyPasses(c, STEPS);
        Difference planted = firstFlagged(c, Plant.TANH_PRIME_WITHOUT_SQUARE, STEPS);
        report("tanh′ = 1 − tanh", planted, correct);
        assertEquals(1, planted.step(), planted.describe());
        assertTrue(FIRST_LAYER.contains(planted.tensor()), planted.describe());
        assertOnlyIn(FIRST_LAYER, c, Plant.TANH_PRIME_WITHOUT_SQUARE);
    }

    /**
     * A missing 1/N: every update N = 10 times DL4J's, off by (N − 1)·η·∂θ in every layer from update 1 (the
     * gradient of the mean cross-entropy at a start with p ≠ y is not 0). Parameters only: the loss and P are
     * computed at DL4J's state.
     */
    @Test
    void aMissingOneOverNIsCaughtAtUpdateOneInTheParameters() {
        Case c = houses(Hidden.TANH, 4);
        StepProofs.Run correct = assertCorrectCopyPasses(c, STEPS);
        Difference planted = firstFlagged(c, Plant.NO_ONE_OVER_N, STEPS);
        report("no 1/N", planted, correct);
        assertEquals(1, planted.step(), planted.describe());
        assertTrue(PARAMETERS.contains(planted.tensor()), planted.describe());
        assertOnlyIn(PARAMETERS, c, Plant.NO_ONE_OVER_N);
    }

    /**
     * ∂b1 summed over the units of a row instead of over the rows of a unit, on 10 houses and 10 hidden units (the
     * square case where the wrong axis has the right length and nothing throws). Σ_k δ1[j][k] and Σ_i δ1[i][j] are
     * different numbers for a general δ1, so update 1 — and only b1: W1's gradient and the output layer's are right.
     */
    @Test
    void aBiasGradientSummedOverTheWrongAxisIsCaughtAtUpdateOneInB1() {
        Case c = houses(Hidden.TANH, 10);
        assertEquals(10, c.plain(Plant.NONE).features().length, "the square case: as many rows as hidden units");
        StepProofs.Run correct = assertCorrectCopyPasses(c, STEPS);
        Difference planted = firstFlagged(c, Plant.BIAS_SUMMED_OVER_UNITS, STEPS);
        report("∂b1 over the wrong axis", planted, correct);
        assertEquals(1, planted.step(), planted.describe());
        assertEquals("b1", planted.tensor(), planted.describe());
        assertOnlyIn(Set.of("b1"), c, Plant.BIAS_SUMMED_OVER_UNITS);
    }

    /**
     * ReLU′(0) = 1 differs from DL4J's ReLU′(0) = 0 only where a hidden pre-activation is exactly 0. DL4J's value:
     * {@code ActivationReLU.backprop} (nd4j-api 1.0.0-M2.1, read with javap) runs {@code RectifiedLinearDerivative}
     * (libnd4j's relu_bp: {@code x > 0 ? ε : 0}); pinned by DenseConventionsTest.reluDerivativeAtZeroIsZero, and
     * again here by the correct copy (z > 0 ? 1 : 0) passing on a start where z = 0.
     *
     * <p>The first update where it can show is found by an independent computation: z = x·W1 + b1 at DL4J's state
     * before each update, from the run's records, looking for an exact 0. From the drawn He start there is none in
     * 20 updates, and the planted copy passes every one of them (it cannot show); from the same start with hidden
     * unit 0's column and bias set to 0, z = 0 for unit 0 on every row before update 1, and the planted copy is
     * flagged there, in W1 or b1 (unit 0's incoming weights, which DL4J leaves at 0).
     */
    @Test
    void reluDerivativeOneAtZeroIsCaughtAtTheFirstUpdateWithAZeroPreActivation() {
        Case drawn = houses(Hidden.RELU, 4);
        StepProofs.Run correctDrawn = assertCorrectCopyPasses(drawn, RELU_STEPS);
        assertEquals(-1, firstUpdateWithZero(drawn, correctDrawn), "the drawn start was meant to have no z = 0");
        StepProofs.Run plantedDrawn = StepProofs.run(drawn.plain(Plant.RELU_PRIME_ONE_AT_ZERO), drawn.dl4j(),
                RELU_STEPS);
        assertTrue(plantedDrawn.firstAbove(drawn.bound()).isEmpty(), "flagged where no z is 0: "
                + plantedDrawn.worst().describe());
        System.out.println("planted ReLU′(0) = 1, no z = 0 in " + RELU_STEPS + " updates: step proof "
                + plantedDrawn.worst().describe());

        Case dead = deadUnit(drawn, 0);
        StepProofs.Run correct = assertCorrectCopyPasses(dead, STEPS);
        int expected = firstUpdateWithZero(dead, correct);
        assertEquals(1, expected, "unit 0's z = 0·x + 0 is exactly 0 before update 1");
        Difference planted = firstFlagged(dead, Plant.RELU_PRIME_ONE_AT_ZERO, STEPS);
        report("ReLU′(0) = 1", planted, correct);
        assertEquals(expected, planted.step(), planted.describe());
        assertTrue(FIRST_LAYER.contains(planted.tensor()), planted.describe());
        assertOnlyIn(FIRST_LAYER, dead, Plant.RELU_PRIME_ONE_AT_ZERO);
    }

    /** The start of the float32 case, written out so that float32_inputs.py (beside this test) takes the same. */
    private static final double[][] IRIS_START_W1 = {
        {0.2, -0.1, 0.05, -0.3}, {-0.25, 0.15, 0.1, 0.2}, {0.1, 0.3, -0.2, -0.05}, {0.3, -0.2, 0.25, 0.1}};
    private static final double[] IRIS_START_B1 = {0, 0.1, -0.1, 0};
    private static final double[][] IRIS_START_W2 = {
        {0.5, -0.4, 0.2}, {-0.3, 0.6, -0.1}, {0.4, 0.1, -0.5}, {-0.2, -0.3, 0.6}};
    private static final double[] IRIS_START_B2 = {0, 0, 0};
    /**
     * The step proof of update 1 with float32 inputs, from float32_inputs.py (NumPy, beside this test): P, at the
     * start (the other tensors: loss 1.13e−9, W1 1.90e−9, b1 3.09e−10, W2 2.17e−10, b2 2.60e−11).
     */
    private static final double FLOAT32_STEP_PROOF = 3.434078038940354e-08;
    /**
     * How closely the engines reproduce that value: it is a difference of numbers of order 1 computed in double by
     * each side in its own order (a few 1e−16 apart), so it is known to about 1e−16 / 3.4e−8 ≈ 3e−9 of itself.
     */
    private static final double FLOAT32_RELATIVE_AGREEMENT = 1e-6;

    /**
     * The inputs rounded to float32: iris's decimals (5.1, 3.5, …) are not floats, so each moves by up to 2⁻²⁴ of
     * itself (5.1 → 5.099999904632568). Wrong data, not a wrong derivation: it shows at update 1, in whatever the
     * step computes from x — the loss and P at DL4J's own state too, and most in P (float32_inputs.py) — by about one
     * float rounding: above the double bound, far below order 1.
     */
    @Test
    void inputsRoundedToFloatAreCaughtAtUpdateOneByAboutOneFloatRounding() {
        NetworkStart start = new NetworkStart(List.of(IRIS_START_W1, IRIS_START_W2),
                List.of(IRIS_START_B1, IRIS_START_B2));
        Case c = new Case(IRIS, IRIS_FEATURES, "species", false, Hidden.TANH, start, IRIS_RATE);
        double[][] rounded = c.plain(Plant.FLOAT32_INPUTS).features();
        double[][] exact = c.plain(Plant.NONE).features();
        assertTrue(!java.util.Arrays.deepEquals(rounded, exact), "iris's inputs must not all be floats already");
        StepProofs.Run correct = assertCorrectCopyPasses(c, STEPS);
        Difference planted = firstFlagged(c, Plant.FLOAT32_INPUTS, STEPS);
        report("float32 inputs", planted, correct);
        assertEquals(1, planted.step(), planted.describe());
        assertEquals("P", planted.tensor(), planted.describe());
        assertEquals(FLOAT32_STEP_PROOF, planted.value(), FLOAT32_STEP_PROOF * FLOAT32_RELATIVE_AGREEMENT,
                planted.describe());
        assertTrue(planted.value() <= FLOAT_ROUNDING_AT_MOST, "more than a float rounding: " + planted.describe());
        System.out.println("float32 inputs, update 1 by tensor: "
                + StepProofs.firstUpdateByTensor(c.plain(Plant.FLOAT32_INPUTS), c.dl4j()));
    }

    /**
     * The gradient of ½·MSE in a linear model whose loss is the MSE without ½ (the guide's section 5: the houses,
     * area and bathrooms → price, the rates 5e−9, 0.005, 0.5 of README's `--lr 5e-9,0.005,0.5`, from zero). Every
     * update is half DL4J's: off by η·∂θ/2 in w and b from update 1 (at zero the gradient −(2/N)Σ y·[x, 1] ≠ 0).
     *
     * <p>In closed form, from θ = 0 DL4J's first update is u = η ∘ (2/N) Σ_i y_i·[x_i, 1] and the planted copy's u/2;
     * w and b share one scale, max |u| (DL4J's, the larger), so the step proof of update 1 is exactly
     * max |u/2| / max |u| = ½, in the tensor that holds the largest |u_j|.
     */
    @Test
    void theGradientOfHalfMseIsCaughtAtUpdateOneInTheWeights() {
        Table table = Table.read(TestData.file("houses.csv"));
        double[][] x = table.numericColumns(HOUSE_FEATURES);
        double[] y = table.numericColumn("price");
        double[] rates = {5e-9, 0.005};
        double biasRate = 0.5;
        double bound = Tolerances.step(x.length + x[0].length + 1);   // the 10 rows, then the features and the bias
        List<Difference> results = new ArrayList<>();
        for (PlainRegressionEngine.Plant plant : PlainRegressionEngine.Plant.values()) {
            Engine dl4j = RegressionTwins.of(new RegressionData(x, y), LinearModel.zero(2),
                    new LearningRates(rates, biasRate), false).dl4j().engine();
            Engine plain = new PlainRegressionEngine(x, y, new double[2], 0, rates, biasRate, plant);
            StepProofs.Run run = StepProofs.run(plain, dl4j, STEPS);
            results.add(plant == PlainRegressionEngine.Plant.NONE ? run.worst()
                    : run.firstAbove(bound).orElseThrow(() -> new AssertionError("½·MSE not caught: "
                            + run.worst().describe())));
        }
        Difference correct = results.get(0);
        Difference planted = results.get(1);
        System.out.println("planted ½·MSE gradient: step proof " + planted.describe() + "; the correct copy: "
                + correct.describe());
        assertTrue(!correct.exceeds(bound), "the correct copy fails: " + correct.describe());
        assertEquals(1, planted.step(), planted.describe());
        assertEquals(0.5, planted.value(), ONE_UPDATE_ROUNDING, "½ in closed form: " + planted.describe());
        assertEquals(largestFirstUpdate(x, y, rates, biasRate), planted.tensor(), planted.describe());
    }

    // ---- independent computations -----------------------------------------------------------------------------

    /** w or b: which holds the largest |u_j| of DL4J's first update from zero, u = η ∘ (2/N) Σ_i y_i·[x_i, 1]. */
    private static String largestFirstUpdate(double[][] x, double[] y, double[] rates, double biasRate) {
        double sumY = 0;
        double[] sumYx = new double[rates.length];
        for (int i = 0; i < y.length; i++) {
            sumY += y[i];
            for (int j = 0; j < rates.length; j++) {
                sumYx[j] += y[i] * x[i][j];
            }
        }
        double largestW = 0;
        for (int j = 0; j < rates.length; j++) {
            largestW = Math.max(largestW, Math.abs(rates[j] * 2 * sumYx[j] / y.length));
        }
        return Math.abs(biasRate * 2 * sumY / y.length) > largestW ? "b" : "w";
    }

    /** The same start with hidden unit {@code u}'s incoming column of W1 and its bias set to 0. */
    private static Case deadUnit(Case c, int u) {
        List<double[][]> w = c.start().weights();
        List<double[]> b = c.start().biases();
        for (double[] row : w.get(0)) {
            row[u] = 0;
        }
        b.get(0)[u] = 0;
        return new Case(c.file(), c.features(), c.label(), c.standardize(), c.hidden(), new NetworkStart(w, b),
                c.rate());
    }

    /**
     * The first update (1, 2, …) before which some hidden pre-activation z = x·W1 + b1 is exactly 0, at DL4J's state
     * from the run's records (W1 flat row-major [input][unit], then b1), on the rows the plain copy trains on; −1 if
     * none.
     */
    private static int firstUpdateWithZero(Case c, StepProofs.Run run) {
        double[][] x = c.plain(Plant.NONE).features();
        int inputs = c.sizes()[0];
        int units = c.sizes()[1];
        for (int k = 0; k < run.dl4jStates().size(); k++) {
            double[] theta = run.dl4jStates().get(k);
            for (double[] row : x) {
                for (int u = 0; u < units; u++) {
                    double z = theta[inputs * units + u];                 // b1[u]
                    for (int j = 0; j < inputs; j++) {
                        z += row[j] * theta[j * units + u];               // + Σ_j x_j·W1[j][u]
                    }
                    if (z == 0) {
                        return k + 1;
                    }
                }
            }
        }
        return -1;
    }
}
