package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import nnbasics.compare.Difference;
import nnbasics.compare.DivergenceGuard;
import nnbasics.compare.Engine;
import nnbasics.compare.LockStep;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.Tensor;
import nnbasics.compare.Tolerances;
import nnbasics.compare.network.Dl4jNetworkEngine;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.NetworkTensors;
import nnbasics.compare.regression.Dl4jRegressionEngine;
import nnbasics.dl4j.regression.LearningRates;
import nnbasics.dl4j.regression.LinearModel;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

/**
 * How a user checks a model of their own against DL4J, using only the library's public API (this test sits in a
 * package of its own, as a user's code would; README shows it):
 *
 * <ol>
 *   <li>implement {@link Engine}: {@code step}, {@code loss}, {@code parameters} named as the DL4J twin names
 *       them, and {@code startingFrom}, the same model at someone else's parameters;</li>
 *   <li>run it with {@link LockStep#run} beside the DL4J twin from the same start. At every update your engine takes
 *       one step from DL4J's own state, and that step is compared with DL4J's: the <i>step proof</i>;</li>
 *   <li>hold the step proof to {@link Tolerances#step}: two correct engines differ only by the order of their sums.
 *       A wrong derivation is flagged at the first update where it changes a number, with the tensor it spoils.</li>
 * </ol>
 *
 * Two mistakes are shown as a user would meet them: the gradient of ½·MSE in a linear regression, and tanh′ = 1 − tanh
 * in a network. Each is one character away from the correct engine, which passes.
 */
class CheckYourOwnEngineTest {

    // ---- a linear regression ----------------------------------------------------------------------------------

    /** The guide's first three houses, docs/guide.md and data/houses.csv: area (sq ft) and price ($1000). */
    static final double[][] AREA = {{2104}, {1600}, {2400}};
    static final double[] PRICE = {399.9, 329.9, 369.0};
    /** The guide's section-4 rates on MSE without ½ (1e−8 and 1 on ½·MSE; README's `--lr 5e-9,0.5`). */
    static final double WEIGHT_RATE = 5e-9;
    static final double BIAS_RATE = 0.5;
    static final int STEPS = 1000;

    /** A user's linear regression, ŷ = w·x + b, by full-batch gradient descent on L = (1/N) Σ (ŷ − y)². */
    static final class MyLinearRegression implements Engine {
        private final double[][] x;
        private final double[] y;
        private final double gradientFactor;
        private double w;
        private double b;

        /** @param gradientFactor 2, as d(e²)/de = 2e; 1 is the gradient of ½·MSE, the bug to be found */
        MyLinearRegression(double[][] x, double[] y, double gradientFactor) {
            this.x = x;
            this.y = y;
            this.gradientFactor = gradientFactor;
        }

        @Override
        public String name() {
            return "mine";
        }

        /** L = (1/N) Σ (w·x + b − y)². */
        @Override
        public double loss() {
            double sum = 0;
            for (int i = 0; i < y.length; i++) {
                double e = w * x[i][0] + b - y[i];
                sum += e * e;
            }
            return sum / y.length;
        }

        /** w −= η_w·(2/N) Σ e·x,  b −= η_b·(2/N) Σ e; returns the loss before, as DL4J's score after fit. */
        @Override
        public double step() {
            double before = loss();
            double gw = 0;
            double gb = 0;
            for (int i = 0; i < y.length; i++) {
                double e = w * x[i][0] + b - y[i];
                gw += gradientFactor * e * x[i][0] / y.length;
                gb += gradientFactor * e / y.length;
            }
            w -= WEIGHT_RATE * gw;
            b -= BIAS_RATE * gb;
            return before;
        }

        /** The same model at another engine's w and b: the step proof's one step from DL4J's state. */
        @Override
        public Engine startingFrom(List<Tensor> parameters) {
            MyLinearRegression copy = new MyLinearRegression(x, y, gradientFactor);
            copy.w = Engine.values(parameters, "w")[0];
            copy.b = Engine.values(parameters, "b")[0];
            return copy;
        }

        /** Named and grouped as the DL4J twin names its tensors: w and b, one layer. */
        @Override
        public List<Tensor> parameters() {
            return Tensor.layer("w", new double[] {w}, "b", new double[] {b}, "layer");
        }
    }

    private static Engine dl4jRegression() {
        DataSet data = new DataSet(Nd4j.create(AREA), Nd4j.create(PRICE, new long[] {PRICE.length, 1}));
        return new Dl4jRegressionEngine(data, LinearModel.zero(1), new LearningRates(new double[] {WEIGHT_RATE}, BIAS_RATE));
    }

    /** The step proof's bound: the terms of one update's sums, the 3 rows, then 1 feature and the bias. */
    static final double REGRESSION_BOUND = Tolerances.step(AREA.length + 2);

    @Test
    void aCorrectLinearRegressionPassesTheStepProof() {
        LockStepResult result = LockStep.run(new MyLinearRegression(AREA, PRICE, 2), dl4jRegression(), STEPS,
                DivergenceGuard.none(), record -> { });
        Difference worst = result.stepProof();
        System.out.println("my linear regression against DL4J, every update from DL4J's state: " + worst.describe());
        assertEquals(STEPS, result.steps());
        assertTrue(!worst.exceeds(REGRESSION_BOUND), worst.describe());
    }

    /**
     * The gradient of ½·MSE on a loss without ½: every update is half DL4J's. From w = b = 0 DL4J's first update is
     * u = η ∘ (2/N) Σ y·[x, 1], mine u/2; w and b share one scale, max |u|, so the step proof of update 1 is
     * max |u/2| / max |u| = ½, in b: η_b·(2/N) Σ y ≈ 366 against η_w·(2/N) Σ y·x ≈ 0.0076.
     */
    @Test
    void theGradientOfHalfMseIsFlaggedAtTheFirstUpdateInB() {
        Difference first = firstAbove(new MyLinearRegression(AREA, PRICE, 1), dl4jRegression(), STEPS,
                REGRESSION_BOUND);
        assertNotNull(first, "½·MSE was not caught");
        System.out.println("½·MSE in my linear regression: " + first.describe());
        assertEquals(1, first.step(), first.describe());
        assertEquals("b", first.tensor(), first.describe());
        assertEquals(0.5, first.value(), ONE_UPDATE_ROUNDING, first.describe());
    }

    /** The ½ above is computed from the same numbers in one update on both sides: a few roundings of 1.1e−16. */
    static final double ONE_UPDATE_ROUNDING = 1e-12;

    // ---- a network --------------------------------------------------------------------------------------------

    /** η of gradient descent on the mean cross-entropy. */
    static final double NETWORK_RATE = 0.5;
    static final int NETWORK_STEPS = 100;
    /** My start: W1 [input][unit], b1, W2 [unit][class], b2 (any start will do; both engines take it). */
    static final double[][] W1 = {{0.5, -0.3, 0.8}, {-0.4, 0.6, 0.2}};
    static final double[] B1 = {0.1, -0.1, 0};
    static final double[][] W2 = {{0.7, -0.5}, {-0.6, 0.4}, {0.3, 0.9}};
    static final double[] B2 = {0, 0};

    /**
     * A user's network, 2 inputs → 3 tanh units → 2 classes with softmax, by full-batch gradient descent on
     * L = −(1/N) Σ_i log p_{i,y_i}:
     * <pre>
     *   z1 = x·W1 + b1, t = tanh z1, z2 = t·W2 + b2, p = softmax z2
     *   δ2 = p − y,  δ1 = (δ2·W2ᵀ) ⊙ tanh′,  tanh′ = 1 − t²
     *   W2 −= η·(1/N) Σ tᵀδ2,  b2 −= η·(1/N) Σ δ2,  W1 −= η·(1/N) Σ xᵀδ1,  b1 −= η·(1/N) Σ δ1
     * </pre>
     */
    static final class MyNetwork implements Engine {
        private final double[][] x;
        private final int[] y;
        /** tanh′ written from t = tanh z: t -> 1 - t * t; t -> 1 - t is the bug to be found. */
        private final DoubleUnaryOperator tanhPrime;
        private final double[][] w1;
        private final double[] b1;
        private final double[][] w2;
        private final double[] b2;

        MyNetwork(double[][] x, int[] y, DoubleUnaryOperator tanhPrime, double[][] w1, double[] b1, double[][] w2,
                  double[] b2) {
            this.x = x;
            this.y = y;
            this.tanhPrime = tanhPrime;
            this.w1 = copy(w1);
            this.b1 = b1.clone();
            this.w2 = copy(w2);
            this.b2 = b2.clone();
        }

        @Override
        public String name() {
            return "my-network";
        }

        /** t = tanh(x·W1 + b1) of every row. */
        private double[][] hidden() {
            double[][] t = new double[x.length][b1.length];
            for (int i = 0; i < x.length; i++) {
                for (int u = 0; u < b1.length; u++) {
                    double z = b1[u];
                    for (int j = 0; j < x[i].length; j++) {
                        z += x[i][j] * w1[j][u];
                    }
                    t[i][u] = Math.tanh(z);
                }
            }
            return t;
        }

        /** p = softmax(t·W2 + b2) of every row. */
        private double[][] probabilities(double[][] t) {
            double[][] p = new double[t.length][b2.length];
            for (int i = 0; i < t.length; i++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int k = 0; k < b2.length; k++) {
                    double z = b2[k];
                    for (int u = 0; u < b1.length; u++) {
                        z += t[i][u] * w2[u][k];
                    }
                    p[i][k] = z;
                    max = Math.max(max, z);
                }
                double sum = 0;
                for (int k = 0; k < b2.length; k++) {
                    p[i][k] = Math.exp(p[i][k] - max);
                    sum += p[i][k];
                }
                for (int k = 0; k < b2.length; k++) {
                    p[i][k] /= sum;
                }
            }
            return p;
        }

        /** L = −(1/N) Σ_i log p_{i,y_i}. */
        @Override
        public double loss() {
            double[][] p = probabilities(hidden());
            double sum = 0;
            for (int i = 0; i < p.length; i++) {
                sum -= Math.log(p[i][y[i]]);
            }
            return sum / p.length;
        }

        @Override
        public double step() {
            double before = loss();
            int n = x.length;
            double[][] t = hidden();
            double[][] delta2 = probabilities(t);
            for (int i = 0; i < n; i++) {
                delta2[i][y[i]] -= 1;                                        // δ2 = p − y
            }
            double[][] delta1 = new double[n][b1.length];
            for (int i = 0; i < n; i++) {
                for (int u = 0; u < b1.length; u++) {
                    double back = 0;
                    for (int k = 0; k < b2.length; k++) {
                        back += delta2[i][k] * w2[u][k];
                    }
                    delta1[i][u] = back * tanhPrime.applyAsDouble(t[i][u]);   // δ1 = (δ2·W2ᵀ) ⊙ tanh′
                }
            }
            descend(w2, b2, t, delta2);
            descend(w1, b1, x, delta1);
            return before;
        }

        /** W −= η·(1/N) Σ_i aᵢᵀδᵢ,  b −= η·(1/N) Σ_i δᵢ. */
        private static void descend(double[][] w, double[] b, double[][] a, double[][] delta) {
            int n = a.length;
            for (int k = 0; k < b.length; k++) {
                for (int j = 0; j < w.length; j++) {
                    double g = 0;
                    for (int i = 0; i < n; i++) {
                        g += a[i][j] * delta[i][k];
                    }
                    w[j][k] -= NETWORK_RATE * g / n;
                }
                double g = 0;
                for (int i = 0; i < n; i++) {
                    g += delta[i][k];
                }
                b[k] -= NETWORK_RATE * g / n;
            }
        }

        @Override
        public Engine startingFrom(List<Tensor> parameters) {
            List<double[][]> w = NetworkTensors.weights(parameters);
            List<double[]> b = NetworkTensors.biases(parameters);
            return new MyNetwork(x, y, tanhPrime, w.get(0), b.get(0), w.get(1), b.get(1));
        }

        /** W1, b1, W2, b2, W flat [input][unit], as the DL4J twin names them. */
        @Override
        public List<Tensor> parameters() {
            return NetworkTensors.of(List.of(w1, w2), List.of(b1, b2));
        }

        /** The probabilities of the training rows, compared with DL4J's: P. */
        @Override
        public List<Tensor> outputs() {
            return List.of(new Tensor("P", Tensor.rows(probabilities(hidden()))));
        }

        private static double[][] copy(double[][] a) {
            double[][] c = new double[a.length][];
            for (int i = 0; i < a.length; i++) {
                c[i] = a[i].clone();
            }
            return c;
        }
    }

    /** data/houses-labelled.csv: area in 1000 sq ft, bathrooms; class 1 = good, 0 = bad. */
    static final double[][] HOUSES = new double[10][];
    static final int[] LABELS = new int[10];

    static {
        List<String> lines = lines(Path.of(System.getProperty("nnbasics.dataDir", "../data"), "houses-labelled.csv"));
        for (int i = 0; i < HOUSES.length; i++) {
            String[] cells = lines.get(i + 1).split(",");                        // area,bathrooms,label
            HOUSES[i] = new double[] {Double.parseDouble(cells[0]) / 1000, Double.parseDouble(cells[1])};
            LABELS[i] = cells[2].equals("good") ? 1 : 0;
        }
    }

    /** DL4J's twin: the same rows (one-hot labels), the same start, the same rate. */
    private static Engine dl4jNetwork() {
        double[][] oneHot = new double[LABELS.length][2];
        for (int i = 0; i < LABELS.length; i++) {
            oneHot[i][LABELS[i]] = 1;
        }
        DataSet data = new DataSet(Nd4j.create(HOUSES), Nd4j.create(oneHot));
        return new Dl4jNetworkEngine(data, List.of(W1, W2), List.of(B1, B2), HiddenActivation.TANH, NETWORK_RATE);
    }

    /** The step proof's bound: the terms of one update's chain of sums, 10 rows, 2 inputs + 1, 3 units + 1. */
    static final double NETWORK_BOUND = Tolerances.step(HOUSES.length + 3 + 4);

    @Test
    void aCorrectNetworkPassesTheStepProof() {
        MyNetwork mine = new MyNetwork(HOUSES, LABELS, t -> 1 - t * t, W1, B1, W2, B2);
        LockStepResult result = LockStep.run(mine, dl4jNetwork(), NETWORK_STEPS, DivergenceGuard.none(), record -> { });
        Difference worst = result.stepProof();
        System.out.println("my network against DL4J, every update from DL4J's state: " + worst.describe());
        assertTrue(!worst.exceeds(NETWORK_BOUND), worst.describe());
    }

    /**
     * tanh′ = 1 − tanh: δ1 is off by (δ2·W2ᵀ)·t·(1 − t), not 0 at my start, so update 1 — in the first layer only:
     * W2 and b2 do not use tanh′, and the loss and P are computed at DL4J's state, before the step.
     */
    @Test
    void tanhDerivativeWithoutTheSquareIsFlaggedAtTheFirstUpdateInTheFirstLayer() {
        MyNetwork mine = new MyNetwork(HOUSES, LABELS, t -> 1 - t, W1, B1, W2, B2);
        Difference first = firstAbove(mine, dl4jNetwork(), NETWORK_STEPS, NETWORK_BOUND);
        assertNotNull(first, "tanh′ = 1 − tanh was not caught");
        System.out.println("tanh′ = 1 − tanh in my network: " + first.describe());
        assertEquals(1, first.step(), first.describe());
        assertTrue(Set.of("W1", "b1").contains(first.tensor()), first.describe());
    }

    // ---- reading the step proof ---------------------------------------------------------------------------------

    /**
     * Runs mine beside DL4J and returns the first update whose step proof exceeds the bound (null if none): each
     * record the observer gets carries the step proof of the next update, with its tensor and update number.
     */
    static Difference firstAbove(Engine mine, Engine dl4j, int steps, double bound) {
        Difference[] first = {null};
        LockStep.run(mine, dl4j, steps, DivergenceGuard.none(), record -> {
            if (first[0] == null && record.stepProof().exceeds(bound)) {
                first[0] = record.stepProof();
            }
        });
        return first[0];
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
