package nnbasics.compare.regression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.Engine;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.Tensor;
import nnbasics.compare.TwinDifference;
import nnbasics.compare.StepRecord;
import nnbasics.compare.TestData;
import nnbasics.handwritten.data.Table;
import nnbasics.handwritten.features.Standardizer;
import nnbasics.handwritten.regression.LearningRates;
import nnbasics.handwritten.regression.LinearModel;
import nnbasics.handwritten.regression.MeanSquaredError;
import nnbasics.handwritten.regression.NormalEquations;
import nnbasics.handwritten.regression.RegressionData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The proof for the guide's sections 1–6: the hand-written and the DL4J engine start from the same parameters, step
 * together, and stay within {@link #TWIN_TOLERANCE} of each other (loss and every parameter) at every step; the end
 * point is the least-squares solution of the normal equations.
 *
 * <p>Sections 4 and 5 (the widget's per-parameter rates from zero) are not run here: the guide runs exactly those
 * two lock-steps, and {@code GuideCommandTest} reads them from its one run of the guide — both engines within 1e−12
 * at every step, the guide's 447.29 and 1406.05, and both engines' parameters after the 10,000 steps on gradient
 * descent's own closed form θ* − (I − PH)^k θ*, which reaches the normal equations' θ* within 1e−6 by 20,000
 * (derivations.md §4).
 */
class RegressionLockStepTest {

    /**
     * Both engines compute the same sums in double precision but in a different order (a BLAS gemm against a Java
     * loop), so each step differs by a few ulps (~1e-16); gradient descent is a contraction, so the differences do
     * not grow. 1e-12 leaves four orders of magnitude of room and still catches any difference in the formulas.
     */
    static final double TWIN_TOLERANCE = 1e-12;

    /** The bar for "converged to the closed form", relative, per parameter. */
    static final double CLOSED_FORM_TOLERANCE = 1e-6;

    /**
     * The 10,000 for the models that converge long before: section 1 in about 500 steps, section 6's z-scores
     * in a few hundred (their Hessian's condition number is (1 + r)/(1 − r) ≈ 4.5 for the houses' area and bathrooms,
     * correlation r = 0.63, and near 1 for the generator's independent columns). Past convergence a step changes
     * nothing the bound could catch: the differences of a contraction do not grow, and every step is still compared.
     */
    static final int FAST_STEPS = 10_000;

    private static Table houses;

    @BeforeAll
    static void readHouses() {
        houses = Table.read(TestData.file("houses.csv"));
    }

    /** Prices in $1000, as the guide quotes them. */
    private static double[] pricesInThousands(int rows) {
        double[] price = houses.numericColumn("price");
        double[] y = new double[rows];
        for (int i = 0; i < rows; i++) {
            y[i] = price[i] / 1000.0;
        }
        return y;
    }

    private static double[][] features(int rows, String... names) {
        double[][] all = houses.numericColumns(List.of(names));
        return java.util.Arrays.copyOf(all, rows);
    }

    private static LockStepResult lockStep(Engine hand, Engine dl4j, int steps) {
        return LockStep.run(hand, dl4j, steps, DivergenceGuard.none(), record -> assertTwins(record));
    }

    private static void assertTwins(StepRecord record) {
        if (record.maxRelativeDifference() > TWIN_TOLERANCE) {
            throw new AssertionError("step " + record.step() + ": engines differ by " + record.maxRelativeDifference()
                    + " (hand loss " + record.handLoss() + ", dl4j loss " + record.dl4jLoss() + ", hand "
                    + java.util.Arrays.toString(record.handParameters()) + ", dl4j "
                    + java.util.Arrays.toString(record.dl4jParameters()) + ")");
        }
    }

    private static void assertClosedForm(LinearModel expected, double[] parameters, String engine) {
        double[] closed = Tensor.flat(Parameters.tensors(expected.weights(), expected.bias()));
        double difference = TwinDifference.once(List.of(new Tensor("theta", closed)),
                List.of(new Tensor("theta", parameters))).value();
        assertTrue(difference <= CLOSED_FORM_TOLERANCE, engine + " ends " + difference + " away from the closed form "
                + java.util.Arrays.toString(closed) + ": " + java.util.Arrays.toString(parameters));
    }

    @Test
    void section1OneWeightWithoutBias() {
        double[][] x = features(3, "area");
        double[] y = pricesInThousands(3);
        RegressionData data = new RegressionData(x, y);
        // no widget in the guide for this model: the section-4 weight rate (1e-8 on ½·MSE) converges in ~500 steps
        LearningRates rates = LearningRates.fromHalfMse(new double[] {1e-8}, 1.0).withoutBias();
        Engine hand = new HandRegressionEngine(data, LinearModel.zero(1), rates);
        Engine dl4j = RegressionTwins.dl4jEngine(data, LinearModel.zero(1), rates); // no bias parameter at all

        LockStepResult result = lockStep(hand, dl4j, FAST_STEPS);

        assertEquals(0.0, result.last().dl4jParameters()[1], 0.0, "DL4J's model has no bias");
        LinearModel closed = NormalEquations.solveWithoutBias(data); // w = Σxy / Σx²
        assertClosedForm(closed, result.last().handParameters(), "hand");
        assertClosedForm(closed, result.last().dl4jParameters(), "dl4j");
    }

    @Test
    void section6StandardisedFeaturesOfTheHouses() {
        assertStandardisedTwins(features(10, "area", "bathrooms"), pricesInThousands(10), 0.1);
    }

    @Test
    void section6FiveStandardisedFeaturesFromASeededGenerator() {
        // any number of features: 40 rows × 5 features, y = x·(3, −2, 0.5, 1, 4) + 7 + noise, seed 6
        Random random = new Random(6);
        double[] truth = {3, -2, 0.5, 1, 4};
        double[][] x = new double[40][5];
        double[] y = new double[40];
        for (int i = 0; i < x.length; i++) {
            y[i] = 7 + random.nextGaussian();
            for (int j = 0; j < 5; j++) {
                x[i][j] = (j + 1) * 10 * random.nextDouble();
                y[i] += truth[j] * x[i][j];
            }
        }
        assertStandardisedTwins(x, y, 0.05);
    }

    /** Each engine standardises with its own tool; both train on z-scores; both end at the raw closed form. */
    private static void assertStandardisedTwins(double[][] x, double[] y, double rate) {
        int p = x[0].length;
        List<String> names = new java.util.ArrayList<>();
        for (int j = 1; j <= p; j++) {
            names.add("x" + j);
        }
        FitRequest request = new FitRequest(csv(names, x, y), "y", names, new RegressionData(x, y), y.length,
                nnbasics.compare.EngineChoice.BOTH, Method.GD, filled(p, rate), rate, Double.toString(rate), FAST_STEPS,
                true);
        java.util.concurrent.atomic.AtomicInteger records = new java.util.concurrent.atomic.AtomicInteger();
        FitResult result = RegressionFit.fit(request, record -> {
            assertTwins(record);
            records.incrementAndGet();
        });

        assertEquals(FAST_STEPS + 1, records.get(), "a record for the start and after every step");
        assertTrue(result.agreement().trajectory().value() <= TWIN_TOLERANCE, "max difference "
                + result.agreement().trajectory().describe());
        RegressionData raw = new RegressionData(x, y);
        LinearModel closed = NormalEquations.solve(raw);
        assertClosedForm(closed, Tensor.flat(Parameters.tensors(result.hand().weights(), result.hand().bias())),
                "hand");
        assertClosedForm(closed, Tensor.flat(Parameters.tensors(result.dl4j().weights(), result.dl4j().bias())),
                "dl4j");
        assertEquals(MeanSquaredError.loss(closed, raw), result.dl4j().mse(),
                CLOSED_FORM_TOLERANCE * MeanSquaredError.loss(closed, raw), "dl4j's MSE is the optimum's");
        // the standardiser itself is exercised: the z-scores have a spread of 1
        assertEquals(1.0, stdOfFirstColumn(Standardizer.fit(x).transform(x)), 1e-12);
    }

    /**
     * The examples as a CSV file for the DL4J side to read with DataVec; {@link Double#toString} prints the shortest
     * decimal that parses back to the same double, so both sides train on the same numbers.
     */
    private static java.nio.file.Path csv(List<String> names, double[][] x, double[] y) {
        StringBuilder s = new StringBuilder(String.join(",", names)).append(",y\n");
        for (int i = 0; i < x.length; i++) {
            for (double v : x[i]) {
                s.append(v).append(',');
            }
            s.append(y[i]).append('\n');
        }
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile(tempDir, "twins-", ".csv");
            java.nio.file.Files.writeString(file, s);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @org.junit.jupiter.api.io.TempDir
    static java.nio.file.Path tempDir;

    private static double stdOfFirstColumn(double[][] z) {
        double sum = 0;
        for (double[] row : z) {
            sum += row[0] * row[0];
        }
        return Math.sqrt(sum / z.length);
    }

    private static double[] filled(int n, double value) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, value);
        return a;
    }
}
