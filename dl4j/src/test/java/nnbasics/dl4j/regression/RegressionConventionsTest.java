package nnbasics.dl4j.regression;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.api.preprocessor.NormalizerStandardize;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

/**
 * Pins the DL4J 1.0.0-M2.1 conventions this package relies on. Each test fails with a message naming the
 * convention, so that an upgrade that changes one is caught here rather than as a silent drift between the
 * hand-written and the DL4J twins.
 */
class RegressionConventionsTest {

    /** The same sums in a different order: rounding only. */
    private static final double ROUNDING_RELATIVE = 1e-13;
    /** Population and sample σ of the ten areas differ by a factor √(10/9) ≈ 1.054; this is far below that. */
    private static final double SIGMA_RELATIVE = 1e-12;

    // ---- loss and gradient ------------------------------------------------------------------------------

    @Test
    void lossMseDividesByNOut() {
        DataSet houses = HousePrices.threeHousesByArea();
        INDArray x = houses.getFeatures();
        INDArray labels = Nd4j.hstack(houses.getLabels(), houses.getLabels().mul(0.5)); // two outputs: y and y/2
        MultiLayerNetwork network = network(1, 2, 1.0, true);
        network.getParam("0_W").assign(Nd4j.create(new double[][] {{0.2, 0.1}}));
        network.getParam("0_b").assign(Nd4j.createFromArray(100.0, 50.0));

        double[][] features = x.toDoubleMatrix();
        double[][] y = labels.toDoubleMatrix();
        double[][] w = {{0.2, 0.1}};
        double[] b = {100, 50};
        int examples = y.length;
        int outputs = 2;
        double sum = 0;
        double[] sumGradient = new double[outputs];
        for (int i = 0; i < examples; i++) {
            for (int k = 0; k < outputs; k++) {
                double residual = features[i][0] * w[0][k] + b[k] - y[i][k];
                sum += residual * residual;
                sumGradient[k] += 2 * residual * features[i][0] / outputs;     // Σ_i 2(ŷ−y)·x / nOut
            }
        }
        double expected = sum / (examples * outputs);                           // L = Σ_i Σ_k (ŷ−y)² / (N·nOut)
        assertRelative(expected, network.score(new DataSet(x, labels), false),
                "LossMSE must divide by N·nOut (upgrade guard: if it stops dividing by nOut, MSE differs from the guide's mean)");

        network.setInput(x);
        network.setLabels(labels);
        network.computeGradientAndScore();
        double[] gradient = network.gradient().getGradientFor("0_W").toDoubleVector();
        for (int k = 0; k < outputs; k++) {
            assertRelative(sumGradient[k], gradient[k],
                    "LossMSE gradient must be 2(ŷ−y)/nOut summed over examples, output " + k
                    + " (upgrade guard: a change of LossMSE's gradient scaling)");
        }
    }

    @Test
    void layerGradientIsASumOverExamples() {
        DataSet houses = HousePrices.threeHousesByArea();
        MultiLayerNetwork network = network(1, 1, 1.0, true);
        setOneOutput(network, 0.1, 150);
        network.setInput(houses.getFeatures());
        network.setLabels(houses.getLabels());
        network.computeGradientAndScore();

        double[] x = HousePrices.valuesOf(houses.getFeatures());
        double[] y = HousePrices.valuesOf(houses.getLabels());
        double sumW = 0;
        double sumB = 0;
        for (int i = 0; i < x.length; i++) {
            double residual = 0.1 * x[i] + 150 - y[i];
            sumW += 2 * residual * x[i];                                        // Σ_i 2(ŷ−y)x, NOT divided by N
            sumB += 2 * residual;
        }
        assertRelative(sumW, network.gradient().getGradientFor("0_W").getDouble(0),
                "the layer's ∂/∂W must be a SUM over the examples (upgrade guard: if backprop starts averaging, "
                + "the updater's division by N would make every rate N times too small)");
        assertRelative(sumB, network.gradient().getGradientFor("0_b").getDouble(0),
                "the layer's ∂/∂b must be a SUM over the examples");
    }

    @Test
    void theUpdaterDividesTheGradientByTheMinibatchSize() {
        DataSet houses = HousePrices.threeHousesByArea();
        double rate = 1e-8;
        MultiLayerNetwork network = network(1, 1, rate, true);
        setOneOutput(network, 0.1, 150);
        network.setInput(houses.getFeatures());
        network.setLabels(houses.getLabels());
        network.computeGradientAndScore();
        double[] summedGradient = network.gradient().gradient().dup().toDoubleVector(); // [∂W, ∂b], sums over examples
        double[] before = network.params().dup().toDoubleVector();
        long n = houses.getFeatures().size(0);

        network.fit(houses.getFeatures(), houses.getLabels());

        double[] after = network.params().toDoubleVector();
        for (int p = 0; p < before.length; p++) {
            assertRelative(before[p] - rate * summedGradient[p] / n, after[p],
                    "one fit step must move parameter " + p + " by η·(summed gradient)/N (upgrade guard: the "
                    + "minibatch division moving out of BaseMultiLayerUpdater, or miniBatch(true) changing meaning)");
        }
    }

    @Test
    void scoreAfterFitIsTheLossBeforeTheUpdate() {
        DataSet houses = HousePrices.threeHousesByArea();
        MultiLayerNetwork network = network(1, 1, 1e-8, true);
        setOneOutput(network, 0.1, 150);
        double before = network.score(houses, false);
        network.fit(houses.getFeatures(), houses.getLabels());
        double after = network.score(houses, false);
        assertEquals(before, network.score(), 0,
                "net.score() after fit must be the loss at the parameters fit started from (upgrade guard: "
                + "RegressionTrainer.step() returns it as the pre-update loss, like the hand-written twin)");
        assertTrue(after < before, "the step should have lowered the loss: before " + before + ", after " + after);
    }

    @Test
    void fitWithFeaturesAndLabelsDoesExactlyOneIteration() {
        DataSet houses = HousePrices.threeHousesByArea();
        double rate = 1e-8;
        MultiLayerNetwork network = network(1, 1, rate, true);
        setOneOutput(network, 0.1, 150);
        long n = houses.getFeatures().size(0);
        for (int call = 1; call <= 3; call++) {
            network.setInput(houses.getFeatures());
            network.setLabels(houses.getLabels());
            network.computeGradientAndScore();
            double[] summedGradient = network.gradient().gradient().dup().toDoubleVector();
            double[] before = network.params().dup().toDoubleVector();
            network.fit(houses.getFeatures(), houses.getLabels());
            assertEquals(call, network.getIterationCount(),
                    "fit(features, labels) must count exactly one iteration per call (upgrade guard: epochs or "
                    + "several iterations per call would break step() = one update)");
            double[] after = network.params().toDoubleVector();
            for (int p = 0; p < before.length; p++) {
                assertRelative(before[p] - rate * summedGradient[p] / n, after[p],
                        "fit(features, labels) call " + call + " must apply exactly one update to parameter " + p);
            }
        }
    }

    // ---- parameters -------------------------------------------------------------------------------------

    @Test
    void parameterLayoutIsWeightsColumnMajorThenBias() {
        MultiLayerNetwork network = network(3, 2, 1.0, true);
        assertEquals(List.of("0_W", "0_b"), List.copyOf(network.paramTable().keySet()),
                "parameter keys and order (upgrade guard: LinearModel reads \"0_W\" and \"0_b\")");
        INDArray w = network.getParam("0_W");
        assertArrayEquals(new long[] {3, 2}, w.shape(), "\"0_W\" must have shape [nIn, nOut]");
        assertEquals('f', w.ordering(), "\"0_W\" must be stored in 'f' (column-major) order");
        INDArray b = network.getParam("0_b");
        assertEquals(1, b.rank(), "\"0_b\" must be rank 1 (it was [1, nOut] before M2; upgrade guard)");
        assertArrayEquals(new long[] {2}, b.shape(), "\"0_b\" must have shape [nOut]");

        w.assign(Nd4j.create(new double[][] {{11, 12}, {21, 22}, {31, 32}}));   // W[j][k] = 10·(j+1) + (k+1)
        b.assign(Nd4j.createFromArray(1.0, 2.0));
        assertArrayEquals(new double[] {11, 21, 31, 12, 22, 32, 1, 2}, network.params().toDoubleVector(), 0,
                "params() must hold W column by column, then b (upgrade guard: setParams/params() layout)");
    }

    // ---- NormalizerStandardize --------------------------------------------------------------------------

    @Test
    void normalizerStandardizeUsesThePopulationStandardDeviation() {
        INDArray features = HousePrices.tenHouses().getFeatures();
        NormalizerStandardize normalizer = new NormalizerStandardize();
        normalizer.fit(new DataSet(features, Nd4j.zeros(DataType.DOUBLE, features.size(0), 1)));

        double[][] x = features.toDoubleMatrix();
        int n = x.length;
        double[] sigma = normalizer.getStd().toDoubleVector();
        for (int j = 0; j < x[0].length; j++) {
            double mean = 0;
            for (double[] row : x) {
                mean += row[j] / n;
            }
            double squares = 0;
            for (double[] row : x) {
                squares += (row[j] - mean) * (row[j] - mean);
            }
            double population = Math.sqrt(squares / n);                         // divide by N
            double sample = Math.sqrt(squares / (n - 1));                       // divide by N − 1
            assertEquals(population, sigma[j], population * SIGMA_RELATIVE,
                    "NormalizerStandardize's σ of column " + j + " must be the POPULATION σ (÷N), not the sample σ "
                    + sample + " (÷(N−1)); the hand-written Standardizer divides by N (upgrade guard)");
            assertEquals(mean, normalizer.getMean().getDouble(0, j), Math.abs(mean) * SIGMA_RELATIVE,
                    "NormalizerStandardize's mean of column " + j);
        }
    }

    @Test
    void normalizerStandardizeReplacesAZeroDeviationByEpsThreshold() {
        INDArray features = Nd4j.create(new double[][] {{1, 3}, {2, 3}, {4, 3}});  // column 2 is constant
        NormalizerStandardize normalizer = new NormalizerStandardize();
        normalizer.fit(new DataSet(features, Nd4j.zeros(DataType.DOUBLE, 3, 1)));
        assertEquals(Nd4j.EPS_THRESHOLD, normalizer.getStd().getDouble(0, 1), 0,
                "a constant column gets σ = Nd4j.EPS_THRESHOLD (1e−5), with no exception (upgrade guard: "
                + "Standardizer rejects constant columns itself because ND4J does not)");
    }

    // ---- helpers ----------------------------------------------------------------------------------------

    /** A bare one-layer identity + MSE network with plain Sgd(rate) on W and b, built here independently of the class under test. */
    private static MultiLayerNetwork network(int nIn, int nOut, double rate, boolean hasBias) {
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder()
                .seed(1)
                .dataType(DataType.DOUBLE)
                .updater(new Sgd(rate))
                .list()
                .layer(new OutputLayer.Builder(LossFunction.MSE).nIn(nIn).nOut(nOut)
                        .activation(Activation.IDENTITY).hasBias(hasBias).build())
                .build());
        network.init();
        return network;
    }

    private static void setOneOutput(MultiLayerNetwork network, double w, double b) {
        network.getParam("0_W").assign(w);
        network.getParam("0_b").assign(b);
    }

    private static void assertRelative(double expected, double actual, String message) {
        double relative = Math.abs(expected - actual) / Math.max(Math.abs(expected), Double.MIN_NORMAL);
        assertTrue(relative <= ROUNDING_RELATIVE, message + ": expected " + expected + ", got " + actual
                + " (relative difference " + relative + ")");
    }
}
