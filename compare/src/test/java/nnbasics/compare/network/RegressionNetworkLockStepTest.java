package nnbasics.compare.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nnbasics.compare.EngineChoice;
import nnbasics.compare.LockStepResult;
import nnbasics.compare.TestData;
import nnbasics.compare.Tolerances;
import nnbasics.compare.regression.FitRequest;
import nnbasics.compare.regression.Method;
import nnbasics.handwritten.data.NumericTable;
import nnbasics.handwritten.network.NetworkStart;
import nnbasics.handwritten.regression.RegressionData;
import org.junit.jupiter.api.Test;

/**
 * The step proof for regression networks ({@code fit --hidden}) on the housing-style datasets of the issue: the
 * guide's ten Portland houses ({@code houses.csv}, price from area and bathrooms), the 47 Portland houses of
 * {@code portland-houses.csv} (price from size and bedrooms) and the food trucks (profit from population).
 * Each engine reads the file its own way and standardises features and target with its own tool; both start from
 * the same drawn W and b; at every step the hand-written engine's step from DL4J's state agrees with DL4J's (loss,
 * ŷ of every row, every W and b) within the documented bound. Seeds and rates fixed up-front (seed 1, the
 * command's default; rate 0.1, its {@code --lr auto}).
 */
class RegressionNetworkLockStepTest {

    private static final long SEED = 1;
    private static final double RATE = 0.1;
    private static final int STEPS = 1000;

    /** The step proof's bound for chains under 4,503 terms (docs/twin-difference.md), as every other model. */
    private static final double STEP_BOUND = 1e-12;

    /**
     * Raw-unit predictions of the two sides after training: each maps ŷ back with its own σ_y, μ_y (hand: its
     * Standardizer; DL4J: revertLabels) from networks within the trajectory's few ulps of each other, relative to
     * the target's size (prices of order 1e5): 1e−9 relative is four orders above what either map adds.
     */
    private static final double RAW_RELATIVE = 1e-9;

    private static RegressionNetworkTwins run(String file, List<String> features, String target,
                                              HiddenActivation activation, int... hidden) {
        List<String> columns = new ArrayList<>(features);
        columns.add(target);
        NumericTable table = NumericTable.read(TestData.file(file), columns, bytes -> { });
        RegressionData raw = RegressionData.ofColumns(table.numericColumns(features), table.numericColumn(target));
        int[] sizes = new int[hidden.length + 2];
        sizes[0] = features.size();
        System.arraycopy(hidden, 0, sizes, 1, hidden.length);
        sizes[sizes.length - 1] = 1;
        FitRequest request = new FitRequest(TestData.file(file), target, features, raw, raw.size(), EngineChoice.BOTH,
                Method.GD, new double[0], RATE, "0.1", STEPS, true);
        NetworkStart start = NetworkTwins.start(sizes, activation, SEED);
        RegressionNetworkTwins twins = RegressionNetworkTwins.of(request, activation, start, RATE, bytes -> { });
        String architecture = twins.hand().engine().trainer().architecture();
        assertEquals(architecture, twins.dl4j().engine().trainer().architecture(), "one network on both sides");
        assertEquals(RegressionNetworkTwins.architecture(sizes, activation), architecture);
        String what = file + ", " + architecture;
        int[] proven = {0};
        LockStepResult result = twins.run(STEPS, record -> {
            proven[0] += record.stepProof().step() == record.step() + 1 ? 1 : 0;
            if (record.stepProof().exceeds(STEP_BOUND)) {
                throw new AssertionError(what + ": from DL4J's state at step " + record.step() + " the steps differ by "
                        + record.stepProof().describe() + ", above " + STEP_BOUND);
            }
        });
        System.out.println(what + ": step proof " + result.stepProof().describe() + "; trajectory "
                + result.trajectory().describe() + "; final loss " + result.last().handLoss());
        assertEquals(STEPS, proven[0], what + ": every update proven");
        assertTrue(Tolerances.step(NetworkTwins.sumTerms(raw.size(), sizes)) == STEP_BOUND,
                "the command line's bound for these sizes is the floor");
        double[] hand = twins.hand().predict(raw.features());
        double[] dl4j = twins.dl4j().predict(twins.dl4j().rawFeatures());
        for (int i = 0; i < hand.length; i++) {
            assertEquals(hand[i], dl4j[i], RAW_RELATIVE * Math.abs(hand[i]) + RAW_RELATIVE,
                    what + ", row " + i + ": ŷ in raw units by each side's own map back");
        }
        return twins;
    }

    @Test
    void theFoodTrucksInLockStepForEveryActivation() {
        for (HiddenActivation f : List.of(HiddenActivation.TANH, HiddenActivation.RELU, HiddenActivation.SIGMOID)) {
            run("food-trucks.csv", List.of("population"), "profit", f, 8);
        }
    }

    @Test
    void theFortySevenPortlandHousesInLockStep() {
        run("portland-houses.csv", List.of("size", "bedrooms"), "price", HiddenActivation.TANH, 8);
    }

    @Test
    void thePortlandHousesWithTwoHiddenLayersInLockStep() {
        RegressionNetworkTwins twins = run("houses.csv", List.of("area", "bathrooms"), "price",
                HiddenActivation.TANH, 8, 4);
        // the network is trained on z-scores of the price: its training MSE, in those units, is below the
        // variance of z (1, by construction) — it learned something — and the raw-unit MSE is that times σ_y²
        double loss = twins.hand().engine().loss();
        assertTrue(loss < 1, "MSE on z-scores " + loss);
        double sigma = twins.hand().target().standardDeviations()[0];
        assertEquals(loss * sigma * sigma, twins.hand().rawMse(), 1e-9 * twins.hand().rawMse(),
                "the raw MSE is σ_y² times the standardised one (ŷ_raw − y = σ_y (ŷ − z_y))");
    }
}
