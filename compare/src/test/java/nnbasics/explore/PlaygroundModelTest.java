package nnbasics.explore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.StepObserver;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.classification.ClassifyRequest;
import nnbasics.compare.classification.ClassifyResult;
import nnbasics.compare.classification.Loss;
import nnbasics.compare.classification.SoftmaxFit;
import nnbasics.guide.GuideData;
import nnbasics.compare.network.HiddenActivation;
import nnbasics.compare.network.LayersFile;
import nnbasics.compare.network.NetworkFit;
import nnbasics.compare.network.NetworkRequest;
import nnbasics.compare.network.NetworkResult;
import nnbasics.compare.network.NetworkTwins;
import nnbasics.handwritten.network.NetworkStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The playground's model driven as its buttons drive it: both engines in lock-step, every step proven within the
 * step proof's documented bound, the same numbers as the command line's own path ({@code classify --standardize --hidden}, {@link NetworkFit}),
 * the resets, the saved weights read back by {@code --init}'s reader, a user's CSV, bad CSVs, no hidden layer and two.
 */
class PlaygroundModelTest {

    /**
     * The step proof's bound on these data, from the derivation in {@code docs/twin-difference.md} ("a sum of n terms
     * carries an error of about n·ε·Σ|terms|", ε = 2⁻⁵³): max(1e−12, 2n·2⁻⁵³), n the terms of one full-batch update's
     * chain of sums (the rows plus each layer's inputs and bias). The houses have 10 rows, the 30 flowers below 30,
     * the widths at most 8 + 1: 2n·2⁻⁵³ ≤ 1.3e−14, so the documented floor 1e−12 holds for every run here.
     */
    private static final double STEP_PROOF_BOUND = 1e-12;
    /** The most terms one entry of an update sums in these runs (30 flowers), for the check that the floor holds. */
    private static final int LONGEST_SUM = 30;
    /**
     * The trajectory of a calm run (every run here but the next one's: a single tanh layer for 300 steps, a convex
     * softmax regression, sigmoid layers at rate 0.1): {@code docs/hidden-layers.md} measures calm runs below 2e−15
     * over 2,000 steps and their one-ulp control near 1e−15; the networks' floor 1e−10 ({@code NETWORK_FLOOR}) is
     * the bound it documents for them.
     */
    private static final double CALM_TRAJECTORY = 1e-10;
    /** The seed and rate of the documented houses runs (issue 10, {@code docs/hidden-layers.md}). */
    private static final long SEED = 1;
    private static final double RATE = 0.5;
    /**
     * Two ways of computing one probability from the same W and b (the maps' forward pass and the network's, sums
     * of a few products in another order): a few ulps of numbers of order 1.
     */
    private static final double ROUNDING = 1e-15;
    /** Presses of 1, 10 and 100 steps, in an order a user might click: 300 steps. */
    private static final int[] PRESSES = {1, 10, 100, 100, 10, 10, 10, 10, 10, 10, 10, 10, 9};

    @TempDir
    Path tmp;

    private final GuideData guide = GuideData.load(TestData.dir());
    private final PlaygroundData houses = PlaygroundData.houses(guide);

    private static int press(PlaygroundModel model, int... presses) {
        int total = 0;
        for (int count : presses) {
            model.step(count);
            total += count;
        }
        return total;
    }

    @Test
    void fourTanhUnitsOnTheHousesMatchTheClassifyPathBitForBit() {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(4), HiddenActivation.TANH, RATE, SEED);
        int steps = press(model, PRESSES);
        assertEquals(300, steps);
        assertEquals(steps, model.steps());
        assertEquals(steps + 1, model.differences().size(), "one trajectory difference per step, the start included");
        assertEquals(steps, model.stepProofs().size(), "one step proof per update, across the presses' seams");
        System.out.println("playground, houses, " + model.architecture() + ", " + steps + " steps in "
                + PRESSES.length + " presses: step proof " + model.stepWorst().describe() + ", trajectory "
                + model.worst().describe());
        assertTrue(LONGEST_SUM * 0x1p-53 < STEP_PROOF_BOUND, "the documented floor is the bound for sums this short");
        assertEquals(STEP_PROOF_BOUND, model.stepBound(), 0.0, "docs/twin-difference.md: max(1e-12, n·2^-53)");
        assertTrue(model.stepWorst().value() <= STEP_PROOF_BOUND, model.stepWorst().describe());
        assertFalse(model.stepProofFails());

        // the other path: classify --standardize --hidden 4 --activation tanh --seed 1 --lr 0.5 --steps 300, in one go
        int[] sizes = {2, 4, 2};
        NetworkRequest request = new NetworkRequest(houses.file(), null, houses.features(), houses.label(),
                houses.raw().classes(), EngineChoice.BOTH, sizes, HiddenActivation.TANH,
                NetworkTwins.start(sizes, HiddenActivation.TANH, SEED), "seed 1", RATE, "0.5", steps, true);
        nnbasics.compare.Trace trace = new nnbasics.compare.Trace();
        NetworkResult classify = NetworkFit.fit(request, trace);
        assertDeepEquals(classify.hand().weights(), model.handWeights(), "hand-written W, presses against one run");
        assertDeepEquals(classify.hand().biases(), model.handBiases(), "hand-written b");
        assertDeepEquals(classify.dl4j().weights(), model.dl4jWeights(), "DL4J W, presses against one run");
        assertDeepEquals(classify.dl4j().biases(), model.dl4jBiases(), "DL4J b");
        assertEquals(classify.agreement().trajectory().value(), model.worst().value(), 0.0,
                "the same trajectory: the presses measure the same states as one run");
        assertEquals(classify.agreement().step(), model.stepWorst(), "the same step proof, its tensor and update");
        double[] proofs = trace.stepProof();
        double[] differences = trace.difference();
        for (int k = 0; k < steps; k++) {
            assertEquals(proofs[k], model.stepProofs().get(k), 0.0, "the step proof of update " + (k + 1));
        }
        for (int k = 0; k <= steps; k++) {
            assertEquals(differences[k], model.differences().get(k), 0.0, "the trajectory at step " + k);
        }
        assertEquals("./nnbasics classify --data " + houses.file() + " --features area,bathrooms --label label "
                + "--standardize --hidden 4 --activation tanh --seed 1 --lr 0.5 --steps 300", model.classifyCommand());
    }

    /**
     * A rate that diverges (relu units at rate 1000): the presses stop where {@code classify} stops the same run, at
     * the same step (the command's own path, {@link NetworkFit}, is the reference), the model goes back to the start
     * and says why, and nothing the window would draw is infinite or NaN (XChart refuses to paint such a point).
     */
    @Test
    void aDivergingRateStopsWhereClassifyStopsAndDrawsNothingNonFinite() {
        double rate = 1000;
        int[] sizes = {2, 4, 2};
        NetworkRequest request = new NetworkRequest(houses.file(), null, houses.features(), houses.label(),
                houses.raw().classes(), EngineChoice.BOTH, sizes, HiddenActivation.RELU,
                NetworkTwins.start(sizes, HiddenActivation.RELU, SEED), "seed 1", rate, "1000", 100, true);
        nnbasics.compare.DivergenceException classify = assertThrows(nnbasics.compare.DivergenceException.class,
                () -> NetworkFit.fit(request, StepObserver.NONE));
        assertTrue(classify.step() > 10 && classify.step() < 100, "diverges within the presses, past the first: "
                + classify.getMessage());

        PlaygroundModel model = new PlaygroundModel(houses, List.of(4), HiddenActivation.RELU, rate, SEED);
        for (int press = 0; press < 10 && model.divergence() == null; press++) {
            model.step(10);                                              // presses of 10: their seams in between
        }
        assertEquals("training diverged at step " + classify.step() + ": " + classify.getMessage()
                .replaceFirst("^training diverged at step \\d+: ", "")
                .replace("; try a smaller --lr or --standardize", "; back at the start (step 0): choose a smaller rate"),
                model.divergence());
        assertEquals(0, model.steps(), "back at the start");
        assertEquals(List.of(), model.handLosses(), "no step logged");
        assertTrue(Double.isFinite(model.handLoss()), "the start's loss");
        for (double[][] w : model.handWeights()) {
            for (double[] row : w) {
                assertTrue(Arrays.stream(row).allMatch(Double::isFinite), "the start's W");
            }
        }
        // the charts of the window, painted as the window paints them: no exception from XChart
        org.knowm.xchart.BitmapEncoder.getBufferedImage(PlaygroundCharts.loss(model.handLosses(), model.dl4jLosses(),
                model.handLoss()));
        org.knowm.xchart.BitmapEncoder.getBufferedImage(PlaygroundCharts.difference(model.stepProofs(),
                model.differences(), model.stepBound()));

        model.setRate(RATE);                                              // a smaller rate trains, and clears it
        model.step(10);
        assertEquals(null, model.divergence());
        assertEquals(10, model.steps());
    }

    @Test
    void resetSameRepeatsTheRunBitForBitAndResetNewDrawsAnotherStart() {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(4), HiddenActivation.TANH, RATE, SEED);
        NetworkStart start = model.start();
        press(model, 100, 10, 10);
        List<double[][]> first = model.handWeights();
        List<double[]> firstBiases = model.handBiases();
        List<Double> firstLosses = model.handLosses();

        model.resetSame();
        assertEquals(0, model.steps());
        assertDeepEquals(start.weights(), model.handWeights(), "back at the start");
        press(model, 10, 10, 100);                               // other presses, the same 120 steps
        assertDeepEquals(first, model.handWeights(), "the same start gives the same W, bit for bit");
        assertDeepEquals(firstBiases, model.handBiases(), "and the same b");
        assertEquals(firstLosses, model.handLosses(), "and the same losses at every step");

        model.resetNew();
        assertEquals(SEED + 1, model.seed());
        assertFalse(Arrays.deepEquals(start.weights().toArray(), model.start().weights().toArray()),
                "a new start draws other W");
        press(model, 100, 10, 10);
        assertFalse(Arrays.deepEquals(first.toArray(), model.handWeights().toArray()), "and trains to others");
        assertTrue(model.classifyCommand().contains("--seed 2"), model.classifyCommand());
    }

    @Test
    void savedWeightsReadBackByTheInitReaderGiveTheSameNetwork() throws IOException {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(4), HiddenActivation.TANH, RATE, SEED);
        press(model, 100);
        Path file = tmp.resolve("weights.json");
        Files.writeString(file, "an older file, replaced");
        model.saveWeights(file);
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left beside it");
        }
        NetworkStart read = LayersFile.read(file, model.sizes(), model.architecture());
        assertDeepEquals(model.handWeights(), read.weights(), "W through JSON and back");
        assertDeepEquals(model.handBiases(), read.biases(), "b through JSON and back");
        double[][] z = model.standardizer().transform(houses.raw().features());
        assertDeepEquals(List.of(model.handNetwork().probabilities(z)),
                List.of(nnbasics.handwritten.network.Network.of(read, HiddenActivation.TANH.hand()).probabilities(z)),
                "the same network: the same probabilities");
    }

    /**
     * The playground's model folder is {@code classify --save}'s: {@code Prediction} (what {@code predict} runs)
     * reads both files and scores the houses with both engines, and DL4J's probabilities are the playground's own
     * DL4J engine's on the same raw rows (the zip holds that network and its normaliser).
     */
    @Test
    void theSavedModelIsScoredByPredictAsThePlaygroundScoresIt() {
        for (List<Integer> hidden : List.of(List.of(4), List.<Integer>of())) {
            PlaygroundModel model = new PlaygroundModel(houses, hidden, HiddenActivation.TANH, RATE, SEED);
            press(model, 100);
            Path folder = tmp.resolve("model-" + hidden.size());
            model.saveModel(folder);
            nnbasics.compare.model.Prediction p = nnbasics.compare.model.Prediction.of(folder, houses.file(),
                    nnbasics.compare.EngineChoice.BOTH);
            assertTrue(p.agree(), hidden + ": both engines agree on the kept model, " + p.difference());
            double[][] expected = model.dl4jProbabilities(houses.raw().features());
            for (int i = 0; i < expected.length; i++) {
                for (int k = 0; k < expected[i].length; k++) {
                    assertEquals(expected[i][k], p.dl4j()[i][k], 0.0, hidden + ": row " + i + ", class " + k);
                }
            }
        }
    }

    @Test
    void trainsOnAUsersCsv() throws IOException {
        // two iris features (petal length and width) of every fifth flower: 30 rows, 10 of each species
        List<String> lines = Files.readAllLines(TestData.file("iris.csv"));
        List<String> mine = new ArrayList<>(List.of("petal length,petal width,species"));
        for (int i = 1; i < lines.size(); i += 5) {
            String[] cells = lines.get(i).split(",");
            mine.add(cells[2] + "," + cells[3] + "," + cells[4]);
        }
        Path csv = tmp.resolve("my flowers.csv");
        Files.write(csv, mine);
        assertEquals(List.of("petal length", "petal width", "species"), PlaygroundData.guessColumns(csv),
                "the numeric columns as features, the text column as label");
        PlaygroundData data = PlaygroundData.csv(csv, List.of("petal length", "petal width"), "species");
        assertEquals(List.of("setosa", "versicolor", "virginica"), data.raw().classes());
        PlaygroundModel model = new PlaygroundModel(data, List.of(3), HiddenActivation.RELU, RATE, SEED);
        double before = model.handLoss();
        press(model, 100, 100);
        System.out.println("playground, " + data.describe() + ", " + model.architecture() + ", 200 steps: loss "
                + before + " → " + model.handLoss() + ", " + model.correct() + " of 30 right, twin difference "
                + model.worst().describe() + ", step proof " + model.stepWorst().describe());
        assertEquals(STEP_PROOF_BOUND, model.stepBound(), 0.0, "30 rows: the documented floor");
        assertTrue(model.stepWorst().value() <= STEP_PROOF_BOUND, model.stepWorst().describe());
        assertTrue(model.worst().value() <= CALM_TRAJECTORY, model.worst().describe());
        assertTrue(model.handLoss() < before / 2, "it learns: loss " + before + " → " + model.handLoss());
        assertEquals(model.handLoss(), model.dl4jLoss(), CALM_TRAJECTORY * before, "both engines' losses");
        PlaygroundMaps maps = PlaygroundMaps.of(model, 20, 15);
        assertTrue(maps.largestGap() <= CALM_TRAJECTORY, "P on the map, hand against DL4J: " + maps.largestGap());
        assertTrue(model.classifyCommand().contains("--features 'petal length,petal width'"), model.classifyCommand());
    }

    @Test
    void aBadCsvIsOneLineNamingWhatIsWrong() throws IOException {
        Path badCell = write("bad-cell.csv", "x,y,label", "1,2,a", "3,oops,b", "5,6,a");
        Path oneClass = write("one-class.csv", "x,y,label", "1,2,a", "3,4,a");
        Path constant = write("constant.csv", "x,y,label", "1,2,a", "1,4,b", "1,5,a");
        Path ragged = write("ragged.csv", "x,y,label", "1,2,a", "3,4");
        assertOneLine(badCell, List.of("x", "y"), "label", "bad-cell.csv", ":3", "oops");
        assertOneLine(oneClass, List.of("x", "y"), "label", "one-class.csv", "two classes");
        assertOneLine(constant, List.of("x", "y"), "label", "constant.csv", "\"x\"", "constant");
        assertOneLine(ragged, List.of("x", "y"), "label", "ragged.csv", "3");
        assertOneLine(badCell, List.of("x", "z"), "label", "bad-cell.csv", "no column", "z");
        assertOneLine(badCell, List.of("x"), "label", "--features", "two");
        assertOneLine(tmp.resolve("missing.csv"), List.of("x", "y"), "label", "missing.csv", "no such file");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(tmp.resolve(name), List.of(lines));
    }

    private static void assertOneLine(Path file, List<String> features, String label, String... expected) {
        PlaygroundDataException e = assertThrows(PlaygroundDataException.class,
                () -> PlaygroundData.csv(file, features, label), file.getFileName().toString());
        String message = e.getMessage();
        assertFalse(message.contains("\n"), "one line: " + message);
        assertFalse(message.matches(".*\\b(java|org|nnbasics)\\.[a-z]+.*") || message.contains("Exception"),
                "no Java class name: " + message);
        for (String part : expected) {
            assertTrue(message.contains(part), "\"" + message + "\" names " + part);
        }
    }

    /**
     * No hidden layer is softmax regression from zero: the same as {@code classify} without {@code --hidden}
     * (another model class, {@link SoftmaxFit}), to rounding; and issue 10's result, 7 of the 10 houses after
     * 2,000 steps at rate 0.5.
     */
    @Test
    void noHiddenUnitIsSoftmaxRegression() {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(), HiddenActivation.TANH, RATE, SEED);
        assertEquals("2 → 2 softmax", model.architecture());
        assertEquals(Math.log(2), model.handLoss(), ROUNDING, "zero start: P = ½ for every house, L = ln 2");
        press(model, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100,
                100);
        assertEquals(2000, model.steps());
        assertTrue(model.stepWorst().value() <= STEP_PROOF_BOUND, model.stepWorst().describe());
        assertTrue(model.worst().value() <= CALM_TRAJECTORY, model.worst().describe());
        assertEquals(7, model.correct(), "issue 10: softmax regression gets 7 of the 10 houses");
        ClassifyResult classify = SoftmaxFit.fit(new ClassifyRequest(houses.file(), null, houses.features(),
                houses.label(), houses.raw().classes(), EngineChoice.HAND, Loss.CROSS_ENTROPY, RATE, "0.5", 2000, true),
                StepObserver.NONE);
        double[][] p = model.handProbabilities(houses.raw().features());
        for (int i = 0; i < p.length; i++) {
            for (int k = 0; k < 2; k++) {
                // the same arithmetic in another order of sums: a few ulps, below the bound of the convex models
                assertEquals(classify.hand().probabilities()[i][k], p[i][k], Tolerances.GUIDE_MODELS,
                        "house " + (i + 1) + ", class " + k + ": classify without --hidden");
            }
        }
        assertFalse(model.classifyCommand().contains("--hidden"), model.classifyCommand());
    }

    @Test
    void twoHiddenLayersTrainInLockStep() {
        // rate 0.1: at 0.5 this trajectory magnifies one ulp to order 1 (NetworkLockStepTest's control)
        PlaygroundModel model = new PlaygroundModel(houses, List.of(3, 2), HiddenActivation.SIGMOID, 0.1, SEED);
        assertEquals("2 → 3 sigmoid → 2 sigmoid → 2 softmax", model.architecture());
        press(model, 100, 100);
        assertEquals(STEP_PROOF_BOUND, model.stepBound(), 0.0, "10 rows, layers of at most 3 + 1 inputs");
        assertTrue(model.stepWorst().value() <= STEP_PROOF_BOUND, model.stepWorst().describe());
        assertTrue(model.worst().value() <= CALM_TRAJECTORY, model.worst().describe());
        PlaygroundMaps maps = PlaygroundMaps.of(model, 8, 6);
        assertEquals(2, maps.units().size(), "a map per hidden layer");
        assertEquals(3, maps.units().get(0).length);
        assertEquals(2, maps.units().get(1).length);
        for (double[][] layer : maps.units()) {
            for (double[] unit : layer) {
                for (double a : unit) {
                    assertTrue(a > 0 && a < 1, "a sigmoid unit lies in (0, 1): " + a);
                }
            }
        }
        assertTrue(model.classifyCommand().contains("--hidden 3,2 --activation sigmoid --seed 1 --lr 0.1 --steps 200"),
                model.classifyCommand());
    }

    /**
     * The hidden maps' forward pass against the network's own: with the output layer's formula on top of the
     * hidden activations, the probabilities are {@code Network.probabilities}'.
     */
    @Test
    void theUnitMapsAreTheNetworksHiddenLayer() {
        PlaygroundModel model = new PlaygroundModel(houses, List.of(4), HiddenActivation.TANH, RATE, SEED);
        model.step(10);
        PlaygroundMaps maps = PlaygroundMaps.of(model, 6, 5);
        List<double[][]> w = model.handWeights();
        List<double[]> b = model.handBiases();
        for (int cell = 0; cell < 30; cell++) {
            double[] z = b.get(1).clone();
            for (int j = 0; j < 4; j++) {
                for (int k = 0; k < 2; k++) {
                    z[k] += maps.units().get(0)[j][cell] * w.get(1)[j][k];
                }
            }
            double p1 = 1 / (1 + Math.exp(z[0] - z[1]));       // softmax of two logits: σ(z1 − z0)
            assertEquals(maps.hand()[cell][1], p1, ROUNDING, "cell " + cell);
        }
    }

    private static void assertDeepEquals(List<?> expected, List<?> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": layers");
        for (int l = 0; l < expected.size(); l++) {
            Object e = expected.get(l);
            Object a = actual.get(l);
            if (e instanceof double[][] em) {
                assertArrayEquals(em, (double[][]) a, what + ", layer " + (l + 1));
            } else {
                assertArrayEquals((double[]) e, (double[]) a, 0.0, what + ", layer " + (l + 1));
            }
        }
    }
}
